import { Bar, Button, DashboardSketch, ink, muted, Panel } from './DashboardSketch';
import type { IllustrationProps } from './IllustrationProps';

/** The API keys page with the Create restricted key button. */
export default function CreateRestrictedKeyIllustration({ messages }: IllustrationProps) {
  return (
    <DashboardSketch messages={messages} menuOpen highlight="apiKeys">
      <text x="88" y="42" fill={ink} fontSize="11" fontWeight="700">
        {messages.illoApiKeys}
      </text>
      <Panel x={88} y={52} w={224} h={40} />
      <text x="88" y="114" fill={ink} fontWeight="600">
        {messages.illoRestrictedKeys}
      </text>
      <Button x={200} y={103} w={112} label={messages.illoCreateRestrictedKey} />
      <Panel x={88} y={126} w={224} h={40} />
      <g fill={muted} opacity=".35">
        <Bar x={96} y={62} w={120} />
        <Bar x={96} y={76} w={160} />
        <Bar x={96} y={136} w={90} />
        <Bar x={96} y={150} w={140} />
      </g>
    </DashboardSketch>
  );
}
