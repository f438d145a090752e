import { type KeyKind, parseStripeKey, redactKeysInText } from '@pelago/connect-core';

/**
 * Whether `text` holds a Stripe key or something shaped like one (`rk_…`, `sk_live_…`,
 * `whsec_…`, a Dashboard-masked key). Used on the key's name, which is stored in plain text:
 * a key pasted into the name field must never reach a store.
 */
export function looksLikeStripeKey(text: string): boolean {
  if (redactKeysInText(text) !== text) return true;
  const { kind } = parseStripeKey(text);
  return kind !== undefined && SECRET_KINDS.includes(kind);
}

/** The message for a name refused by {@link looksLikeStripeKey}. */
export const KEY_IN_NAME_MESSAGE =
  'That looks like a Stripe key, not a name. Paste the key into the key field.';

// Account ids are not secret, and `unknown` is anything else.
const SECRET_KINDS: readonly KeyKind[] = [
  'restricted',
  'secret',
  'publishable',
  'webhook_secret',
  'ephemeral',
];
