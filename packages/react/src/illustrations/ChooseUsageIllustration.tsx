import { textSize } from './canvas';
import { DashboardChrome } from './DashboardChrome';
import type { IllustrationProps } from './IllustrationProps';
import { dialogButtonsEnd, endButton } from './pictureLayout';
import { Dialog, Placeholder, Radio, ScreenButton, WrappedLabel } from './ScreenParts';
import { look } from './stripeLook';

/** Stripe's question "How will you use this API key?", answered "another website". */
export default function ChooseUsageIllustration({ messages: m }: IllustrationProps) {
  const next = endButton(m.illoContinue, dialogButtonsEnd, 296);
  return (
    <DashboardChrome messages={m}>
      <Placeholder x={234} y={72} w={120} h={16} />
      <Dialog x={160} y={44} w={320} h={300}>
        <WrappedLabel text={m.illoHowUse} x={184} y={80} width={272} size={textSize.title} bold />
        <rect x="184" y="134" width="272" height="56" rx="8" fill={look.page} stroke={look.line} />
        <Radio cx={206} cy={162} />
        <Placeholder x={226} y={150} w={170} />
        <Placeholder x={226} y={168} w={120} />
        <rect
          x="184"
          y="202"
          width="272"
          height="72"
          rx="8"
          fill={look.chrome}
          stroke={look.primary}
          strokeWidth="2"
        />
        <Radio cx={206} cy={228} checked />
        <WrappedLabel text={m.illoAnotherWebsite} x={226} y={233} width={220} bold />
        <ScreenButton x={next.gapStart} y={296} label={m.illoCancel} alignEnd />
        <ScreenButton x={next.x} y={296} label={m.illoContinue} primary />
      </Dialog>
    </DashboardChrome>
  );
}
