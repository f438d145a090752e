/**
 * Shows which key this is without showing the key: the prefix (`rk_live_`, `sk_test_`, `whsec_`,
 * `acct_`, …), an ellipsis, and at most the last 4 characters, e.g. `rk_live_…9xQ2`.
 *
 * Short or odd input reveals proportionally less: never more than a quarter of the part after
 * the prefix, never more than 4 characters, and only letters and digits. So the whole secret is
 * never shown, whatever is passed in. Anything that is not a string gives `'…'`.
 */
export function redactKey(key: string): string {
  const text = typeof key === 'string' ? key.trim() : '';
  const prefix = KEY_PREFIX.exec(text)?.[0] ?? '';
  const secret = text.slice(prefix.length);
  return `${prefix}…${visibleTail(secret, Math.min(MAX_VISIBLE, Math.floor(secret.length / 4)))}`;
}

/**
 * Rewrites every Stripe key inside free text to its {@link redactKey} form. Handles whole keys
 * and the redacted forms Stripe writes in its own error messages, such as
 * `Invalid API Key provided: rk_test_****************abcd` or
 * `The provided key 'rk_test_***...abcd' does not have…`, which become `rk_test_…abcd`.
 * Account ids (`acct_…`) are left as they are: they are not secret and help support.
 */
export function redactKeysInText(text: string): string {
  if (typeof text !== 'string') return '';
  return text.replace(KEY_IN_TEXT, (match, prefix: string) => {
    let body = match.slice(prefix.length);
    // Dots at the very end are the sentence's punctuation, not part of the key.
    let punctuation = '';
    while (body.endsWith('.')) {
      body = body.slice(0, -1);
      punctuation += '.';
    }
    if (MASK_CHAR.test(body)) {
      // Already masked by Stripe (or by someone): its visible tail is the real end of a long key.
      return `${prefix}…${visibleTail(body, MAX_VISIBLE)}${punctuation}`;
    }
    return `${redactKey(prefix + body)}${punctuation}`;
  });
}

const MAX_VISIBLE = 4;

/** Prefixes of Stripe keys and ids: `xx_test_`/`xx_live_` (rk, sk, pk, ek, …), `whsec_`, `acct_`. */
const KEY_PREFIX = /^(?:[a-z]{2,5}_(?:test|live)_|whsec_|acct_)/;

// One character class with a single quantifier: linear time on any input.
const KEY_IN_TEXT = /((?:rk|sk|pk|ek)_(?:test|live)_|whsec_)[A-Za-z0-9*•●·….]*/g;

const MASK_CHAR = /[*•●·….]/;

/** The last letters and digits of `text`, at most `count` of them. */
function visibleTail(text: string, count: number): string {
  let tail = '';
  for (let i = text.length - 1; i >= 0 && tail.length < count; i -= 1) {
    const char = text.charAt(i);
    if (!ALPHANUMERIC.test(char)) break;
    tail = char + tail;
  }
  return tail;
}

const ALPHANUMERIC = /^[A-Za-z0-9]$/;
