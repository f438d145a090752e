import type { KeyMode } from '@pelago/connect-core';
import type { Messages } from '../i18n/en';
import { textSize } from './canvas';
import { Card, Label } from './ScreenParts';
import { look } from './stripeLook';

/**
 * The top of the API keys page: its title, then the Standard keys card with the publishable
 * key (shown, as Stripe shows it) and the secret key (hidden). `highlight` marks the
 * publishable key's row.
 */
export function StandardKeysCard({
  messages,
  mode,
  highlight,
}: {
  messages: Messages;
  mode: KeyMode;
  highlight?: boolean;
}) {
  return (
    <>
      <Label x={234} y={86} size={textSize.title} bold>
        {messages.illoApiKeys}
      </Label>
      <Label x={234} y={124} bold>
        {messages.illoStandardKeys}
      </Label>
      <Card x={226} y={134} w={356} h={84} />
      {highlight && <rect x="227" y="135" width="354" height="41" rx="7" fill={look.selected} />}
      <Label x={242} y={162} fill={highlight ? look.text : look.secondary} bold={highlight}>
        {messages.illoPublishableKey}
      </Label>
      <Label x={566} y={162} anchor="end" fill={highlight ? look.text : look.muted} mono>
        {`pk_${mode}_51Hx…`}
      </Label>
      <path d="M226 176.5h356" stroke={look.line} />
      <Label x={242} y={203} fill={look.secondary}>
        {messages.illoSecretKey}
      </Label>
      <Label x={566} y={203} anchor="end" fill={look.muted} mono>
        {`sk_${mode}_••••`}
      </Label>
    </>
  );
}
