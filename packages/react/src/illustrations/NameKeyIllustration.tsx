import { Bar, DashboardSketch, ink, muted, Panel, paper, primary } from './DashboardSketch';
import type { IllustrationProps } from './IllustrationProps';

/** The restricted key form with the key name field. */
export default function NameKeyIllustration({ messages, keyName }: IllustrationProps) {
  return (
    <DashboardSketch messages={messages} menuOpen>
      <text x="88" y="42" fill={ink} fontSize="11" fontWeight="700">
        {messages.illoCreateRestrictedKey}
      </text>
      <text x="88" y="62" fill={ink}>
        {messages.illoKeyName}
      </text>
      <rect x="88" y="68" width="160" height="18" rx="4" fill={paper} stroke={primary} />
      <text x="94" y="80" fill={ink} fontFamily="ui-monospace, monospace">
        {keyName || 'Acme_Pelago'}
      </text>
      <text x="88" y="108" fill={ink} fontWeight="600">
        {messages.illoPermissions}
      </text>
      <Panel x={88} y={116} w={224} h={20} />
      <Panel x={88} y={140} w={224} h={20} />
      <g fill={muted} opacity=".35">
        <Bar x={96} y={123} w={60} />
        <Bar x={96} y={147} w={48} />
      </g>
    </DashboardSketch>
  );
}
