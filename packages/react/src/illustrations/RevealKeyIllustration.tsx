import { textSize } from './canvas';
import { DashboardChrome } from './DashboardChrome';
import type { IllustrationProps } from './IllustrationProps';
import { dialogButtonsEnd, endButton, shorten } from './pictureLayout';
import { Dialog, Label, Placeholder, ScreenButton } from './ScreenParts';
import { look } from './stripeLook';

/** The window Stripe shows once the key exists: the key, its Copy button and Done. */
export default function RevealKeyIllustration({ messages: m, keyName, mode }: IllustrationProps) {
  const copy = endButton(m.illoCopy, dialogButtonsEnd, 154);
  const done = endButton(m.illoDone, dialogButtonsEnd, 296);
  return (
    <DashboardChrome messages={m}>
      <Placeholder x={234} y={72} w={120} h={16} />
      <Dialog x={160} y={50} w={320} h={290}>
        {keyName ? (
          <Label x={184} y={90} size={textSize.title} bold>
            {shorten(keyName, 22)}
          </Label>
        ) : (
          <Placeholder x={184} y={76} w={150} h={16} />
        )}
        <Placeholder x={184} y={108} w={250} />
        <Placeholder x={184} y={126} w={190} />
        <rect
          x="184"
          y="150"
          width="272"
          height="40"
          rx="6"
          fill={look.chrome}
          stroke={look.line}
        />
        {/* An obviously fake key: the picture never shows anything that looks usable. */}
        <Label x={196} y={176} mono>
          {`rk_${mode}_••••••`}
        </Label>
        <ScreenButton x={copy.x - 4} y={154} label={m.illoCopy} />
        <Placeholder x={184} y={232} w={240} />
        <Placeholder x={184} y={250} w={200} />
        <ScreenButton x={done.x} y={296} label={m.illoDone} primary />
      </Dialog>
    </DashboardChrome>
  );
}
