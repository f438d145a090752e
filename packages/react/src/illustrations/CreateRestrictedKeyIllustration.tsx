import { DashboardChrome } from './DashboardChrome';
import type { IllustrationProps } from './IllustrationProps';
import { createRestrictedButton } from './pictureLayout';
import { Card, Label, Placeholder, ScreenButton } from './ScreenParts';
import { StandardKeysCard } from './StandardKeysCard';

/** The API keys page: Standard keys, then Restricted keys with its Create button. */
export default function CreateRestrictedKeyIllustration({ messages, mode }: IllustrationProps) {
  const button = createRestrictedButton(messages);
  return (
    <DashboardChrome messages={messages}>
      <StandardKeysCard messages={messages} mode={mode} />
      <Label x={234} y={262} bold>
        {messages.illoRestrictedKeys}
      </Label>
      <Card x={226} y={274} w={356} h={100} />
      <Placeholder x={250} y={294} w={200} />
      <ScreenButton x={button.x} y={button.y} label={messages.illoCreateRestrictedKey} plus />
    </DashboardChrome>
  );
}
