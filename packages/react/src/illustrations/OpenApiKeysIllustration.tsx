import { Bar, DashboardSketch, muted, Panel } from './DashboardSketch';
import type { IllustrationProps } from './IllustrationProps';

/** The side menu with Developers open and API keys under it. */
export default function OpenApiKeysIllustration({ messages }: IllustrationProps) {
  return (
    <DashboardSketch messages={messages} menuOpen highlight="apiKeys">
      <Bar x={88} y={34} w={110} h={8} fill={muted} opacity={0.35} />
      <Panel x={88} y={52} w={224} h={56} />
      <Panel x={88} y={118} w={224} h={56} />
      <g fill={muted} opacity=".35">
        <Bar x={96} y={64} w={120} />
        <Bar x={96} y={78} w={90} />
        <Bar x={96} y={92} w={150} />
        <Bar x={96} y={130} w={110} />
        <Bar x={96} y={144} w={140} />
      </g>
    </DashboardSketch>
  );
}
