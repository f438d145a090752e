import type {
  KeyMode,
  ParsedPublishableKey,
  ParseStripeKeyOptions,
  PublishableKeyParseCode,
} from './keyTypes';
import { MAX_KEY_LENGTH, MIN_KEY_SECRET_LENGTH } from './parseStripeKey';
import { ALPHANUMERIC_ONLY, HIDDEN_FORM, normalisePaste, recognise } from './pastedKey';
import { publishableKeyMessages as messages } from './publishableKeyMessages';

/**
 * Checks what a merchant pasted where a **publishable** key (`pk_live_…`, `pk_test_…`) is asked
 * for, with the same clean-up as {@link parseStripeKey} (whitespace, zero-width characters,
 * quotes, `Bearer `, `NAME=` labels). A restricted or secret key pasted here is refused
 * (`restricted_key`, `secret_key`) with a message that never repeats it, so the caller can drop
 * it without storing or sending it; a key of the other mode is `wrong_mode`. Never throws.
 *
 * Publishable keys are public by design: the accepted `key` may be stored in plain text, sent
 * to the browser and shown whole.
 *
 * @example
 * parsePublishableKey(' pk_test_… ', { mode: 'test' })  // { ok: true, key: 'pk_test_…', kind: 'publishable', mode: 'test' }
 * parsePublishableKey(restrictedKey).code                // 'restricted_key'
 */
export function parsePublishableKey(
  input: unknown,
  options?: ParseStripeKeyOptions,
): ParsedPublishableKey {
  try {
    return parse(input, readExpectedMode(options));
  } catch {
    return refused('not_a_stripe_key', messages.notText(), { kind: 'unknown' });
  }
}

// Work on at most this much raw input: anything longer cannot be a key plus stray whitespace.
const MAX_INPUT_LENGTH = 4096;

function parse(input: unknown, expected: KeyMode | undefined): ParsedPublishableKey {
  if (input === undefined || input === null) return refused('empty', messages.empty(expected));
  if (typeof input !== 'string') {
    return refused('not_a_stripe_key', messages.notText(), { kind: 'unknown' });
  }
  if (input.length > MAX_INPUT_LENGTH) return refused('malformed', messages.tooLong());

  const text = normalisePaste(input);
  if (text === '') return refused('empty', messages.empty(expected));

  const { kind, mode, prefix } = recognise(text);
  const about = { kind, ...(mode ? { mode } : {}) };
  switch (kind) {
    case 'secret':
      return refused('secret_key', messages.secretKey(mode, expected), about);
    case 'restricted':
      return refused('restricted_key', messages.restrictedKey(mode, expected), about);
    case 'publishable':
      break;
    default:
      return refused('not_a_stripe_key', messages.otherKind(kind, expected), about);
  }

  if (!mode || !text.startsWith(prefix)) return refused('malformed', messages.badPrefix(), about);
  const body = text.slice(prefix.length);
  if (HIDDEN_FORM.test(body)) return refused('malformed', messages.hidden(mode), about);
  if (text.length > MAX_KEY_LENGTH) return refused('malformed', messages.tooLong(), about);
  if (body.includes('pk_test_') || body.includes('pk_live_')) {
    return refused('malformed', messages.pastedTwice(), about);
  }
  if (!ALPHANUMERIC_ONLY.test(body)) {
    return refused('malformed', messages.badCharacters(mode), about);
  }
  if (body.length < MIN_KEY_SECRET_LENGTH) {
    return refused('malformed', messages.tooShort(mode), about);
  }
  if (expected && expected !== mode) {
    return refused('wrong_mode', messages.wrongMode(mode, expected), about);
  }
  return { ok: true, key: text, kind: 'publishable', mode };
}

function refused(
  code: PublishableKeyParseCode,
  message: string,
  about: Pick<Extract<ParsedPublishableKey, { ok: false }>, 'kind' | 'mode'> = {},
): ParsedPublishableKey {
  return { ok: false, code, message, ...about };
}

function readExpectedMode(options: ParseStripeKeyOptions | undefined): KeyMode | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const mode: unknown = options.mode;
  return mode === 'test' || mode === 'live' ? mode : undefined;
}
