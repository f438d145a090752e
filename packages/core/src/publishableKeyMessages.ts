import { API_KEYS_PAGE, keyPrefix, otherKindSentence } from './keyKindSentences';
import type { KeyKind, KeyMode } from './keyTypes';

/**
 * Merchant-facing explanations for a refused paste in the publishable-key field. Like
 * `keyMessages`, they name a prefix at most, never the pasted text, and say what to paste.
 */
export const publishableKeyMessages = {
  empty(expected?: KeyMode): string {
    return (
      `Paste your publishable key. It starts with ${publishablePrefix(expected)} and is on ` +
      `${API_KEYS_PAGE}, under “Standard keys”.`
    );
  },

  secretKey(mode: KeyMode | undefined, expected?: KeyMode): string {
    const prefix = mode ? `sk_${mode}_` : 'sk_';
    return (
      `This is a secret key (it starts with ${prefix}). A secret key can do anything on your ` +
      'Stripe account, so it was not accepted and was not sent anywhere. The publishable key is ' +
      `just above it on ${API_KEYS_PAGE}, under “Standard keys”: it starts with ` +
      `${publishablePrefix(expected ?? mode)}.`
    );
  },

  restrictedKey(mode: KeyMode | undefined, expected?: KeyMode): string {
    const prefix = mode ? `rk_${mode}_` : 'rk_';
    return (
      `This is a restricted key (it starts with ${prefix}). It goes in the restricted key field, ` +
      'not here, so it was not accepted. This field takes the publishable key, which is public: ' +
      `on ${API_KEYS_PAGE}, under “Standard keys”, copy the key that starts with ` +
      `${publishablePrefix(expected ?? mode)}.`
    );
  },

  otherKind(kind: KeyKind, expected?: KeyMode): string {
    const what = otherKindSentence(kind, 'publishable key');
    return (
      `${what} Paste your publishable key instead: in the Stripe Dashboard open ` +
      `${API_KEYS_PAGE}; it is under “Standard keys” and starts with ${publishablePrefix(expected)}.`
    );
  },

  badPrefix(): string {
    return (
      'This looks like a publishable key, but its beginning is damaged: it must start with ' +
      'pk_live_ or pk_test_ in lowercase. Copy the key again from the Stripe Dashboard.'
    );
  },

  hidden(mode: KeyMode | undefined): string {
    return (
      'This is a shortened form of the key (with dots or asterisks in the middle), so it cannot ' +
      `be used. Copy the whole key that starts with ${publishablePrefix(mode)} from ` +
      `${API_KEYS_PAGE}, under “Standard keys”.`
    );
  },

  tooLong(): string {
    return (
      'This is much longer than a Stripe key. Paste only the publishable key itself, without ' +
      'anything around it.'
    );
  },

  tooShort(mode: KeyMode | undefined): string {
    return (
      'This key is too short: part of it seems to be missing. Copy the whole publishable key ' +
      `again (it starts with ${publishablePrefix(mode)}) and paste it without editing.`
    );
  },

  pastedTwice(): string {
    return 'The key seems to be pasted twice. Clear the field and paste the publishable key once.';
  },

  badCharacters(mode: KeyMode | undefined): string {
    return (
      'This key contains characters a Stripe key never has: after the prefix there are only ' +
      'letters and digits. Copy the publishable key again with its copy button and paste it ' +
      `without editing. It starts with ${publishablePrefix(mode)}.`
    );
  },

  wrongMode(mode: KeyMode, expected: KeyMode): string {
    if (expected === 'test') {
      return (
        `This is a live publishable key (it starts with pk_${mode}_), but this connection is in ` +
        'test mode. In the Stripe Dashboard, switch to test mode, open ' +
        `${API_KEYS_PAGE} and paste the publishable key that starts with pk_test_.`
      );
    }
    return (
      `This is a test publishable key (it starts with pk_${mode}_), but this connection takes ` +
      'real payments. In the Stripe Dashboard, switch test mode off, open ' +
      `${API_KEYS_PAGE} and paste the publishable key that starts with pk_live_.`
    );
  },

  notText(): string {
    return 'Paste your publishable key as text. It starts with pk_live_ (or pk_test_ in test mode).';
  },
};

function publishablePrefix(mode: KeyMode | undefined): string {
  return keyPrefix('pk', mode);
}
