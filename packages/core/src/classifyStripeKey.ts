import type { KeyKind, KeyMode, KeyParseCode, ParseStripeKeyOptions } from './keyTypes';
import { MAX_KEY_LENGTH, MIN_KEY_SECRET_LENGTH } from './parseStripeKey';
import { ALPHANUMERIC_ONLY, HIDDEN_FORM, normalisePaste, recognise } from './pastedKey';

/**
 * Which explanation a refused paste needs, finer than its {@link KeyParseCode}: a `malformed`
 * key may be the hidden form, cut off, pasted twice… Each one has its own message in
 * `parseStripeKey` and in the React kit's catalogues.
 */
export type KeyRefusal =
  | 'empty'
  | 'not_text'
  | 'secret_key'
  | 'publishable_key'
  | 'other_kind'
  | 'bad_prefix'
  | 'hidden'
  | 'too_long'
  | 'pasted_twice'
  | 'bad_characters'
  | 'too_short'
  | 'wrong_mode';

/**
 * The outcome of {@link classifyStripeKey}: the cleaned-up restricted key, or why it was refused
 * as codes only, without any message.
 */
export type KeyClassification =
  | { ok: true; key: string; kind: 'restricted'; mode: KeyMode }
  | { ok: false; code: KeyParseCode; refusal: KeyRefusal; kind?: KeyKind; mode?: KeyMode };

/**
 * The same check as `parseStripeKey`, with the same cleaning-up and the same codes, but it
 * answers with a {@link KeyRefusal} instead of an English message. For interfaces that word
 * the refusal from their own catalogues, so that the English sentences are not shipped twice.
 * Never throws, whatever `input` is.
 *
 * @example
 * classifyStripeKey(`rk_test_${'•'.repeat(20)}`) // { ok: false, code: 'malformed', refusal: 'hidden', … }
 */
export function classifyStripeKey(
  input: unknown,
  options?: ParseStripeKeyOptions,
): KeyClassification {
  try {
    return classify(input, readExpectedMode(options));
  } catch {
    // Nothing below is expected to throw; a paste must never break a form.
    return { ok: false, code: 'not_a_stripe_key', refusal: 'not_text', kind: 'unknown' };
  }
}

// As in parseStripeKey: anything longer cannot be a key plus stray whitespace.
const MAX_INPUT_LENGTH = 4096;

function classify(input: unknown, expected: KeyMode | undefined): KeyClassification {
  if (input === undefined || input === null) return { ok: false, code: 'empty', refusal: 'empty' };
  if (typeof input !== 'string') {
    return { ok: false, code: 'not_a_stripe_key', refusal: 'not_text', kind: 'unknown' };
  }
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, code: 'malformed', refusal: 'too_long' };

  const text = normalisePaste(input);
  if (text === '') return { ok: false, code: 'empty', refusal: 'empty' };

  const { kind, mode, prefix } = recognise(text);
  const withMode = mode ? { mode } : {};
  if (kind === 'secret' || kind === 'publishable') {
    const code = kind === 'secret' ? 'secret_key' : 'publishable_key';
    return { ok: false, code, refusal: code, kind, ...withMode };
  }
  if (kind !== 'restricted') {
    return { ok: false, code: 'not_a_stripe_key', refusal: 'other_kind', kind, ...withMode };
  }

  const malformed = (refusal: KeyRefusal): KeyClassification => ({
    ok: false,
    code: 'malformed',
    refusal,
    kind: 'restricted',
    ...withMode,
  });
  if (!mode || !text.startsWith(prefix)) return malformed('bad_prefix');
  const secret = text.slice(prefix.length);
  if (HIDDEN_FORM.test(secret)) return malformed('hidden');
  if (text.length > MAX_KEY_LENGTH) return malformed('too_long');
  if (secret.includes('rk_test_') || secret.includes('rk_live_')) return malformed('pasted_twice');
  if (!ALPHANUMERIC_ONLY.test(secret)) return malformed('bad_characters');
  if (secret.length < MIN_KEY_SECRET_LENGTH) return malformed('too_short');

  if (expected && expected !== mode) {
    return { ok: false, code: 'wrong_mode', refusal: 'wrong_mode', kind: 'restricted', mode };
  }
  return { ok: true, key: text, kind: 'restricted', mode };
}

function readExpectedMode(options: ParseStripeKeyOptions | undefined): KeyMode | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const mode: unknown = options.mode;
  return mode === 'test' || mode === 'live' ? mode : undefined;
}
