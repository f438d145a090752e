import type { KeyKind, KeyMode } from './keyTypes';

/** Where both kinds of key are in the Stripe Dashboard. */
export const API_KEYS_PAGE = 'Developers → API keys';

/**
 * What a pasted key of the wrong kind is, in one sentence. `wanted` ends the ephemeral key's
 * sentence ("not your API key" for a restricted key, "not your publishable key" for a
 * publishable one).
 */
export function otherKindSentence(kind: KeyKind, wanted: string): string {
  switch (kind) {
    case 'restricted':
      return 'This is a restricted key.';
    case 'secret':
      return 'This is a secret key.';
    case 'publishable':
      return 'This is a publishable key.';
    case 'webhook_secret':
      return (
        'This is a webhook signing secret (it starts with whsec_), not an API key: it only checks ' +
        'that events come from Stripe.'
      );
    case 'ephemeral':
      return (
        'This is an ephemeral key (it starts with ek_): a short-lived key made for one customer, ' +
        `not your ${wanted}.`
      );
    case 'account_id':
      return 'This is your Stripe account ID (it starts with acct_). It names your account but is not a key.';
    default:
      return 'This does not look like a Stripe key.';
  }
}

/** How a key of `prefix` starts in `mode`, or in either mode. */
export function keyPrefix(prefix: 'rk' | 'pk', mode: KeyMode | undefined): string {
  return mode ? `${prefix}_${mode}_` : `${prefix}_live_ (or ${prefix}_test_ in test mode)`;
}
