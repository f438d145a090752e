import { textSize } from './canvas';
import { DashboardChrome } from './DashboardChrome';
import type { IllustrationProps } from './IllustrationProps';
import { listedKeyName } from './pictureLayout';
import { Card, Label, Placeholder } from './ScreenParts';
import { look } from './stripeLook';

/** The Restricted keys list with the key's row menu open on Edit key. */
export default function EditKeyIllustration({ messages: m, keyName }: IllustrationProps) {
  const name = listedKeyName(keyName);
  return (
    <DashboardChrome messages={m}>
      <Label x={234} y={86} size={textSize.title} bold>
        {m.illoApiKeys}
      </Label>
      <Label x={234} y={124} bold>
        {m.illoRestrictedKeys}
      </Label>
      <Card x={226} y={136} w={356} h={132} />
      {name.text ? (
        <Label x={name.x} y={name.y} bold>
          {name.text}
        </Label>
      ) : (
        <Placeholder x={name.x} y={name.y - 11} w={name.width} />
      )}
      <Dots y={158} active />
      <path d="M226 180.5h356M226 224.5h356" stroke={look.line} />
      <Placeholder x={242} y={197} w={110} />
      <Dots y={202} />
      <Placeholder x={242} y={241} w={90} />
      <Dots y={246} />
      <rect x="400" y="190" width="176" height="112" rx="8" fill="#000" opacity=".08" />
      <rect x="400" y="186" width="176" height="112" rx="8" fill={look.page} stroke={look.line} />
      <Placeholder x={416} y={204} w={90} />
      <rect x="408" y="224" width="160" height="32" rx="6" fill={look.selected} />
      <Label x={420} y={246} bold>
        {m.illoEditKey}
      </Label>
      <Placeholder x={416} y={272} w={70} />
    </DashboardChrome>
  );
}

/** The "•••" button at the end of a row. */
function Dots({ y, active }: { y: number; active?: boolean }) {
  return (
    <g>
      {active && <rect x="542" y={y - 12} width="30" height="24" rx="5" fill={look.selected} />}
      {[549, 557, 565].map((cx) => (
        <circle key={cx} cx={cx} cy={y} r="2.2" fill={look.secondary} />
      ))}
    </g>
  );
}
