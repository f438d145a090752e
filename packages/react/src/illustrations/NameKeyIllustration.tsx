import { textSize } from './canvas';
import { DashboardChrome } from './DashboardChrome';
import type { IllustrationProps } from './IllustrationProps';
import { dialogButtonsEnd, endButton, shorten } from './pictureLayout';
import {
  Dialog,
  Label,
  Placeholder,
  Radio,
  ScreenButton,
  ScreenField,
  WrappedLabel,
} from './ScreenParts';
import { look } from './stripeLook';

/** The name and website form, with "Customize permissions for this key" chosen. */
export default function NameKeyIllustration({
  messages: m,
  keyName,
  websiteUrl,
}: IllustrationProps) {
  const next = endButton(m.illoContinue, dialogButtonsEnd, 344);
  return (
    <DashboardChrome messages={m}>
      <Placeholder x={234} y={72} w={120} h={16} />
      <Dialog x={160} y={24} w={320} h={364}>
        <Label x={184} y={58} size={textSize.title} bold>
          {m.illoCreateRestrictedKey}
        </Label>
        <Label x={184} y={88} bold fill={look.secondary}>
          {m.illoKeyName}
        </Label>
        <ScreenField x={184} y={96} w={272} {...(keyName ? { value: shorten(keyName, 26) } : {})} />
        <Label x={184} y={152} bold fill={look.secondary}>
          {m.illoWebsiteUrl}
        </Label>
        <ScreenField
          x={184}
          y={160}
          w={272}
          {...(websiteUrl ? { value: shorten(websiteUrl, 27) } : {})}
        />
        <rect x="184" y="208" width="272" height="40" rx="8" fill={look.page} stroke={look.line} />
        <Radio cx={206} cy={228} />
        <Placeholder x={226} y={223} w={180} />
        <rect
          x="184"
          y="256"
          width="272"
          height="76"
          rx="8"
          fill={look.chrome}
          stroke={look.primary}
          strokeWidth="2"
        />
        <Radio cx={206} cy={276} checked />
        {/* Room for three lines: the longest translations need them. */}
        <WrappedLabel text={m.illoCustomize} x={226} y={281} width={220} lineHeight={20} bold />
        <ScreenButton x={next.x} y={344} label={m.illoContinue} primary />
      </Dialog>
    </DashboardChrome>
  );
}
