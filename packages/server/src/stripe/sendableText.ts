/**
 * What Stripe can take as text. Parameters travel form-encoded as UTF-8: a lone UTF-16
 * surrogate has no UTF-8 form (the `stripe` package's encoder throws `URIError` on it), and a
 * NUL character is refused by Stripe and cut short by the C libraries between us and a log file.
 */

/** Metadata limits Stripe documents: 50 keys, keys of 40 characters, values of 500. */
export const metadataLimits = { keys: 50, keyLength: 40, valueLength: 500 } as const;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` holds nothing Stripe cannot receive (no lone surrogate, no NUL). */
export function isSendableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** The sentence that says why `field` was refused for holding unsendable characters. */
export function unsendableTextMessage(field: string): string {
  return `"${field}" holds a character that cannot be sent (a NUL character or half of a UTF-16 surrogate pair).`;
}

/**
 * Why a metadata object cannot be sent to Stripe, or null when it can: too many keys, an empty
 * or over-long key, a key with square brackets (Stripe's form encoding reads them as nesting),
 * a value that is not a string or is over-long, or unsendable characters.
 */
export function metadataProblem(field: string, metadata: object): string | null {
  const entries = Object.entries(metadata);
  if (entries.length > metadataLimits.keys) {
    return `"${field}" may hold at most ${metadataLimits.keys} keys.`;
  }
  for (const [key, value] of entries) {
    if (key === '' || key.length > metadataLimits.keyLength || /[[\]]/.test(key)) {
      return `"${field}" keys must be 1 to ${metadataLimits.keyLength} characters, without square brackets.`;
    }
    if (typeof value !== 'string') return `"${field}" values must be strings.`;
    if (value.length > metadataLimits.valueLength) {
      return `"${field}" values must be at most ${metadataLimits.valueLength} characters.`;
    }
    if (!isSendableText(key) || !isSendableText(value)) return unsendableTextMessage(field);
  }
  return null;
}
