import { Bar, Button, DashboardSketch, line, muted, Panel } from './DashboardSketch';
import type { IllustrationProps } from './IllustrationProps';

/** The bottom of the form, with the Create key button. */
export default function CreateKeyIllustration({ messages }: IllustrationProps) {
  return (
    <DashboardSketch messages={messages}>
      <Panel x={88} y={34} w={224} h={20} />
      <Panel x={88} y={58} w={224} h={20} />
      <Panel x={88} y={82} w={224} h={20} />
      <Panel x={88} y={106} w={224} h={20} />
      <g fill={muted} opacity=".35">
        <Bar x={96} y={41} w={60} />
        <Bar x={96} y={65} w={44} />
        <Bar x={96} y={89} w={70} />
        <Bar x={96} y={113} w={52} />
      </g>
      <path d="M88 146.5h224" stroke={line} />
      <rect x="176" y="160" width="48" height="16" rx="4" fill="none" stroke={line} />
      <Button x={232} y={160} w={80} label={messages.illoCreateKey} />
    </DashboardSketch>
  );
}
