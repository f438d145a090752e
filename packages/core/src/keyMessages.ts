import { API_KEYS_PAGE, keyPrefix, otherKindSentence } from './keyKindSentences';
import type { KeyKind, KeyMode } from './keyTypes';

/**
 * Merchant-facing explanations for every refused paste. They name the key's prefix at most,
 * never the pasted text, and always say what to paste instead.
 */
export const keyMessages = {
  empty(expected?: KeyMode): string {
    return `Paste your restricted key. It starts with ${restrictedPrefix(expected)}.`;
  },

  secretKey(mode: KeyMode | undefined, expected?: KeyMode): string {
    const prefix = mode ? `sk_${mode}_` : 'sk_';
    return (
      `This is a secret key (it starts with ${prefix}). A secret key can do anything on your ` +
      'Stripe account, so it was not accepted and was not sent anywhere. In the Stripe ' +
      `Dashboard, open ${API_KEYS_PAGE}, click “Create restricted key”, give it write access to ` +
      `Charges and Refunds, and paste that key instead. It starts with ${restrictedPrefix(expected ?? mode)}.`
    );
  },

  publishableKey(mode: KeyMode | undefined, expected?: KeyMode): string {
    const prefix = mode ? `pk_${mode}_` : 'pk_';
    return (
      `This is your publishable key (it starts with ${prefix}). It is public and cannot take ` +
      'payments or refunds. Your restricted key is further down the same API keys page, under ' +
      '“Restricted keys”: click Reveal next to it, copy it and paste it here. It starts with ' +
      `${restrictedPrefix(expected ?? mode)}.`
    );
  },

  otherKind(kind: KeyKind, expected?: KeyMode): string {
    const what = otherKindSentence(kind, 'API key');
    return (
      `${what} Paste your restricted key instead: in the Stripe Dashboard open ` +
      `${API_KEYS_PAGE}; it is under “Restricted keys” and starts with ${restrictedPrefix(expected)}.`
    );
  },

  hidden(mode: KeyMode | undefined): string {
    return (
      'This is the hidden form of the key, as the API keys list shows it (with dots or ' +
      'asterisks in the middle), so it cannot be used. In the Stripe Dashboard, find the key ' +
      `under “Restricted keys”, click Reveal, then copy the whole key that starts with ${restrictedPrefix(mode)}.`
    );
  },

  tooLong(): string {
    return (
      'This is much longer than a Stripe key. Paste only the key itself, without anything ' +
      'around it.'
    );
  },

  tooShort(mode: KeyMode | undefined): string {
    return (
      'This key is too short: part of it seems to be missing. Copy the whole key again from ' +
      `the Stripe Dashboard (it starts with ${restrictedPrefix(mode)}) and paste it without editing.`
    );
  },

  pastedTwice(): string {
    return 'The key seems to be pasted twice. Clear the field and paste the key once.';
  },

  badCharacters(mode: KeyMode | undefined): string {
    return (
      'This key contains characters a Stripe key never has: after the prefix there are only ' +
      'letters and digits. Copy the key again from the Stripe Dashboard with its copy button ' +
      `and paste it without editing. It starts with ${restrictedPrefix(mode)}.`
    );
  },

  badPrefix(): string {
    return (
      'This looks like a restricted key, but its beginning is damaged: it must start with ' +
      'rk_live_ or rk_test_ in lowercase. Copy the key again from the Stripe Dashboard.'
    );
  },

  wrongMode(mode: KeyMode, expected: KeyMode): string {
    if (expected === 'test') {
      return (
        `This is a live key (it starts with rk_${mode}_), but this connection is in test mode. ` +
        'In the Stripe Dashboard, switch to test mode (the “Test mode” toggle), open ' +
        `${API_KEYS_PAGE} and paste the restricted key that starts with rk_test_.`
      );
    }
    return (
      `This is a test key (it starts with rk_${mode}_), but this connection takes real ` +
      'payments. In the Stripe Dashboard, switch test mode off to see your live data, open ' +
      `${API_KEYS_PAGE} and paste the restricted key that starts with rk_live_.`
    );
  },

  notText(): string {
    return 'Paste your restricted key as text. It starts with rk_live_ (or rk_test_ in test mode).';
  },
};

function restrictedPrefix(mode: KeyMode | undefined): string {
  return keyPrefix('rk', mode);
}
