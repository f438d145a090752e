import { keyMessages } from './keyMessages';
import type { KeyMode, ParsedKey, ParseStripeKeyOptions } from './keyTypes';
import { ALPHANUMERIC_ONLY, HIDDEN_FORM, normalisePaste, recognise } from './pastedKey';

/**
 * Checks what a merchant pasted into the key field and cleans it up. Accepts only restricted
 * keys (`rk_live_…`, `rk_test_…`); refuses anything else with a code and a message that says
 * what was pasted and what to paste instead. Never throws, whatever `input` is.
 *
 * It removes what copying from emails, chats and config files adds: surrounding and inner
 * whitespace and line breaks (a key wrapped across lines), zero-width characters and soft
 * hyphens, straight/curly/back quotes and brackets, trailing punctuation, a `Bearer ` or
 * `Authorization: Bearer ` prefix, curl's `-u`, and `NAME=`/`name: ` labels such as `STRIPE_KEY=`.
 *
 * @example
 * parseStripeKey('  "rk_test_…"\n')            // { ok: true, key: 'rk_test_…', kind: 'restricted', mode: 'test' }
 * parseStripeKey(secretKey).code               // 'secret_key'
 * parseStripeKey(liveKey, { mode: 'test' })    // { ok: false, code: 'wrong_mode', mode: 'live', … }
 */
export function parseStripeKey(input: unknown, options?: ParseStripeKeyOptions): ParsedKey {
  try {
    return parse(input, readExpectedMode(options));
  } catch {
    // Nothing above is expected to throw; a paste must never break the form.
    return { ok: false, code: 'not_a_stripe_key', message: keyMessages.notText(), kind: 'unknown' };
  }
}

/** Longest string a Stripe key may be (Stripe promises no length; 255 is far above today's ~107). */
export const MAX_KEY_LENGTH = 255;

/** Shortest part after `rk_live_`/`rk_test_` that can be a whole key. */
export const MIN_KEY_SECRET_LENGTH = 16;

// Work on at most this much raw input: anything longer cannot be a key plus stray whitespace.
const MAX_INPUT_LENGTH = 4096;

function parse(input: unknown, expected: KeyMode | undefined): ParsedKey {
  if (input === undefined || input === null) {
    return { ok: false, code: 'empty', message: keyMessages.empty(expected) };
  }
  if (typeof input !== 'string') {
    return { ok: false, code: 'not_a_stripe_key', message: keyMessages.notText(), kind: 'unknown' };
  }
  if (input.length > MAX_INPUT_LENGTH) {
    return { ok: false, code: 'malformed', message: keyMessages.tooLong() };
  }

  const text = normalisePaste(input);
  if (text === '') return { ok: false, code: 'empty', message: keyMessages.empty(expected) };

  const { kind, mode, prefix } = recognise(text);
  const withMode = mode ? { mode } : {};

  switch (kind) {
    case 'secret':
      return {
        ok: false,
        code: 'secret_key',
        message: keyMessages.secretKey(mode, expected),
        kind,
        ...withMode,
      };
    case 'publishable':
      return {
        ok: false,
        code: 'publishable_key',
        message: keyMessages.publishableKey(mode, expected),
        kind,
        ...withMode,
      };
    case 'restricted':
      break;
    default:
      return {
        ok: false,
        code: 'not_a_stripe_key',
        message: keyMessages.otherKind(kind, expected),
        kind,
        ...withMode,
      };
  }

  const malformed = (message: string): ParsedKey => ({
    ok: false,
    code: 'malformed',
    message,
    kind: 'restricted',
    ...withMode,
  });

  if (!mode || !text.startsWith(prefix)) return malformed(keyMessages.badPrefix());
  const secret = text.slice(prefix.length);
  if (HIDDEN_FORM.test(secret)) return malformed(keyMessages.hidden(mode));
  if (text.length > MAX_KEY_LENGTH) return malformed(keyMessages.tooLong());
  if (secret.includes('rk_test_') || secret.includes('rk_live_')) {
    return malformed(keyMessages.pastedTwice());
  }
  if (!ALPHANUMERIC_ONLY.test(secret)) return malformed(keyMessages.badCharacters(mode));
  if (secret.length < MIN_KEY_SECRET_LENGTH) return malformed(keyMessages.tooShort(mode));

  if (expected && expected !== mode) {
    return {
      ok: false,
      code: 'wrong_mode',
      message: keyMessages.wrongMode(mode, expected),
      kind: 'restricted',
      mode,
    };
  }
  return { ok: true, key: text, kind: 'restricted', mode };
}

function readExpectedMode(options: ParseStripeKeyOptions | undefined): KeyMode | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const mode: unknown = options.mode;
  return mode === 'test' || mode === 'live' ? mode : undefined;
}
