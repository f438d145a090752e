import { DashboardChrome } from './DashboardChrome';
import type { IllustrationProps } from './IllustrationProps';
import { Card, Label, Placeholder } from './ScreenParts';
import { StandardKeysCard } from './StandardKeysCard';
import { look } from './stripeLook';
import { textWidth } from './textMetrics';

/**
 * The API keys page back after the key was made: the Publishable key row of Standard keys
 * picked out, the mode the page shows at the top, the Restricted keys list below.
 */
export default function PublishableKeyIllustration({ messages: m, mode }: IllustrationProps) {
  const modeLabel = mode === 'live' ? m.modeLive : m.modeTest;
  const pillWidth = Math.ceil(textWidth(modeLabel, 16, true) + 24);
  return (
    <DashboardChrome messages={m}>
      <rect
        x={582 - pillWidth}
        y="66"
        width={pillWidth}
        height="28"
        rx="14"
        fill={mode === 'live' ? look.selected : '#fcedb9'}
        stroke={look.line}
      />
      <Label x={582 - pillWidth / 2} y={86} anchor="middle" bold>
        {modeLabel}
      </Label>
      <StandardKeysCard messages={m} mode={mode} highlight />
      <Label x={234} y={262} fill={look.secondary} bold>
        {m.illoRestrictedKeys}
      </Label>
      <Card x={226} y={274} w={356} h={84} />
      <Placeholder x={242} y={298} w={150} />
      <path d="M226 316.5h356" stroke={look.line} />
      <Placeholder x={242} y={334} w={110} />
    </DashboardChrome>
  );
}
