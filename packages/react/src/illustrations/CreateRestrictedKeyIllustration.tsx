import { textSize } from './canvas';
import { DashboardChrome } from './DashboardChrome';
import type { IllustrationProps } from './IllustrationProps';
import { createRestrictedButton } from './pictureLayout';
import { Card, Label, Placeholder, ScreenButton } from './ScreenParts';
import { look } from './stripeLook';

/** The API keys page: Standard keys, then Restricted keys with its Create button. */
export default function CreateRestrictedKeyIllustration({ messages, mode }: IllustrationProps) {
  const button = createRestrictedButton(messages);
  return (
    <DashboardChrome messages={messages}>
      <Label x={234} y={86} size={textSize.title} bold>
        {messages.illoApiKeys}
      </Label>
      <Label x={234} y={124} bold>
        {messages.illoStandardKeys}
      </Label>
      <Card x={226} y={134} w={356} h={84} />
      <Label x={242} y={162} fill={look.secondary}>
        {messages.illoPublishableKey}
      </Label>
      <Label x={566} y={162} anchor="end" fill={look.muted} mono>
        {`pk_${mode}_51Hx…`}
      </Label>
      <path d="M226 176.5h356" stroke={look.line} />
      <Label x={242} y={203} fill={look.secondary}>
        {messages.illoSecretKey}
      </Label>
      <Label x={566} y={203} anchor="end" fill={look.muted} mono>
        {`sk_${mode}_••••`}
      </Label>
      <Label x={234} y={262} bold>
        {messages.illoRestrictedKeys}
      </Label>
      <Card x={226} y={274} w={356} h={100} />
      <Placeholder x={250} y={294} w={200} />
      <ScreenButton x={button.x} y={button.y} label={messages.illoCreateRestrictedKey} plus />
    </DashboardChrome>
  );
}
