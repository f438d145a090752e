import { keyMessages } from './keyMessages';
import type { KeyKind, KeyMode, ParsedKey, ParseStripeKeyOptions } from './keyTypes';

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

/**
 * Strips what surrounds a key when it is copied from somewhere, then every whitespace character
 * left inside (line breaks from wrapped emails, spaces). Every step is linear in the length.
 */
function normalisePaste(raw: string): string {
  let text = raw.replace(INVISIBLE, '').replace(QUOTED_PRINTABLE_BREAK, '');
  for (let round = 0; round < 8; round += 1) {
    const before = text;
    text = stripWrapping(text.trim());
    text = stripLabel(text);
    text = text.replace(BEARER, '').replace(CURL_USER, '');
    if (text === before) break;
  }
  return text.replace(WHITESPACE, '');
}

/** Zero-width space/non-joiner/joiner, word joiner, byte-order mark and soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** A quoted-printable soft line break (`=` at the end of a line) left by some mail clients. */
const QUOTED_PRINTABLE_BREAK = /=\r?\n/g;

const WHITESPACE = /\s+/g;

const BEARER = /^bearer(?:\s+|:)/i;

/** `curl -u rk_test_…:` as in Stripe's API reference (the trailing colon goes with punctuation). */
const CURL_USER = /^-u\s*/;

/** Quotes and brackets that may wrap a key; also trailing sentence punctuation. */
const WRAPPERS = new Set([...'\'"`‘’‚‛“”„‟«»‹›「」『』<>()[]{}']);
const TRAILING_PUNCTUATION = new Set([...'.,;:!?']);

function stripWrapping(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && WRAPPERS.has(text.charAt(start))) start += 1;
  while (end > start) {
    const char = text.charAt(end - 1);
    if (!WRAPPERS.has(char) && !TRAILING_PUNCTUATION.has(char)) break;
    end -= 1;
  }
  return text.slice(start, end);
}

/**
 * Removes a leading `NAME=`, `NAME: `, `export NAME=` or `"name": ` label (env files, JSON,
 * HTTP headers such as `Authorization:`). A Stripe key never contains `=` or `:`.
 */
function stripLabel(text: string): string {
  const match = LABEL.exec(text);
  if (!match) return text;
  if (KNOWN_PREFIX.test(match[1] ?? '')) return text;
  return text.slice(match[0].length);
}

const LABEL = /^(?:export\s+)?([A-Za-z_][\w.-]{0,63})["'`]?\s*[=:]\s*/;

const KNOWN_PREFIX = /^(?:[a-z]{2}_(?:test|live)_|whsec_|acct_)/i;

interface Recognised {
  kind: KeyKind;
  mode?: KeyMode;
  /** The prefix as it should be written, e.g. `rk_live_`. */
  prefix: string;
}

/** Tells keys apart by prefix, ignoring case so that a damaged prefix is still recognised. */
function recognise(text: string): Recognised {
  const head = text.slice(0, 8).toLowerCase();
  const match = /^(rk|sk|pk|ek)_(?:(test|live)_)?/.exec(head);
  if (match) {
    const mode = match[2] as KeyMode | undefined;
    const kind = KIND_BY_TYPE[match[1] as 'rk' | 'sk' | 'pk' | 'ek'];
    return mode ? { kind, mode, prefix: `${match[1]}_${mode}_` } : { kind, prefix: `${match[1]}_` };
  }
  if (head.startsWith('whsec_')) return { kind: 'webhook_secret', prefix: 'whsec_' };
  if (head.startsWith('acct_')) return { kind: 'account_id', prefix: 'acct_' };
  return { kind: 'unknown', prefix: '' };
}

const KIND_BY_TYPE: Record<'rk' | 'sk' | 'pk' | 'ek', KeyKind> = {
  rk: 'restricted',
  sk: 'secret',
  pk: 'publishable',
  ek: 'ephemeral',
};

/** Masking the Dashboard uses in its keys list: asterisks, bullets, dots or an ellipsis. */
const HIDDEN_FORM = /[*•●·…]|\.\.\./;

const ALPHANUMERIC_ONLY = /^[A-Za-z0-9]+$/;
