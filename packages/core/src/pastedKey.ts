import type { KeyKind, KeyMode } from './keyTypes';

/*
 * What both key parsers share: cleaning up a paste and telling keys apart by prefix. Internal to
 * core (not exported from the package).
 */

/**
 * Strips what surrounds a key when it is copied from somewhere, then every whitespace character
 * left inside (line breaks from wrapped emails, spaces). Every step is linear in the length.
 */
export function normalisePaste(raw: string): string {
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

export interface Recognised {
  kind: KeyKind;
  mode?: KeyMode;
  /** The prefix as it should be written, e.g. `rk_live_`. */
  prefix: string;
}

/** Tells keys apart by prefix, ignoring case so that a damaged prefix is still recognised. */
export function recognise(text: string): Recognised {
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
export const HIDDEN_FORM = /[*•●·…]|\.\.\./;

/** What follows a key's prefix: letters and digits only. */
export const ALPHANUMERIC_ONLY = /^[A-Za-z0-9]+$/;
