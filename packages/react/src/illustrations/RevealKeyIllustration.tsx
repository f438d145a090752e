import { Button, DashboardSketch, ink, Panel, surface } from './DashboardSketch';
import type { IllustrationProps } from './IllustrationProps';

/** The new key listed on the API keys page, its token revealed (an obviously fake one). */
export default function RevealKeyIllustration({ messages, keyName, mode }: IllustrationProps) {
  return (
    <DashboardSketch messages={messages} menuOpen highlight="apiKeys">
      <text x="88" y="42" fill={ink} fontSize="11" fontWeight="700">
        {messages.illoApiKeys}
      </text>
      <text x="88" y="62" fill={ink} fontWeight="600">
        {messages.illoRestrictedKeys}
      </text>
      <Panel x={88} y={70} w={224} h={46} />
      <text x="96" y="84" fill={ink} fontWeight="600">
        {keyName || 'Acme_Pelago'}
      </text>
      <rect x="96" y="92" width="116" height="16" rx="3" fill={surface} />
      <text x="101" y="103" fill={ink} fontFamily="ui-monospace, monospace" fontSize="7.5">
        {`rk_${mode}_••••••••••`}
      </text>
      <Button x={220} y={92} w={86} label={messages.illoRevealKey} outline />
    </DashboardSketch>
  );
}
