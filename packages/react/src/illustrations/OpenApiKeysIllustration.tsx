import { DashboardChrome } from './DashboardChrome';
import type { IllustrationProps } from './IllustrationProps';
import { Card, Label, Placeholder } from './ScreenParts';
import { look } from './stripeLook';

/** The Dashboard with Developers (near the bottom of the side menu) open on API keys. */
export default function OpenApiKeysIllustration({ messages }: IllustrationProps) {
  return (
    <DashboardChrome messages={messages} developersActive>
      <Placeholder x={234} y={72} w={140} h={16} />
      <Card x={234} y={104} w={170} h={110} />
      <Placeholder x={250} y={124} w={90} />
      <Placeholder x={250} y={150} w={120} h={18} />
      <Card x={416} y={104} w={170} h={110} />
      <Placeholder x={432} y={124} w={70} />
      <Placeholder x={432} y={150} w={110} h={18} />
      <Card x={234} y={228} w={352} h={150} />
      <Placeholder x={250} y={250} w={160} />
      <Placeholder x={250} y={276} w={300} />
      <Placeholder x={250} y={300} w={260} />
      {/* The Developers menu opens above its entry. */}
      <rect x="20" y="194" width="216" height="150" rx="8" fill="#000" opacity=".08" />
      <rect x="20" y="190" width="216" height="150" rx="8" fill={look.page} stroke={look.line} />
      <Placeholder x={36} y={210} w={96} />
      <rect x="28" y="236" width="200" height="32" rx="6" fill={look.selected} />
      <Label x={40} y={258} bold>
        {messages.illoApiKeys}
      </Label>
      <Placeholder x={36} y={288} w={80} />
      <Placeholder x={36} y={314} w={110} />
    </DashboardChrome>
  );
}
