import {
  type KeyKind,
  type KeyMode,
  type KeyParseCode,
  type ParsedKey,
  parseStripeKey,
} from '@pelago/connect-core';
import { connectErrorText } from '../i18n/connectErrorText';
import type { MessageKey, Messages } from '../i18n/en';
import { formatMessage } from '../i18n/formatMessage';

/**
 * What the local check found in the key field, without the key: safe to keep in React state,
 * to log and to show.
 */
export interface KeyCheck {
  /** True for a restricted key of the expected mode, ready to send. */
  ok: boolean;
  /** Why the paste is refused; absent when `ok`. */
  code?: KeyParseCode;
  /** What the paste looks like (`'secret'`, `'webhook_secret'`…), when recognised. */
  kind?: KeyKind;
  /** The mode of the pasted key, when recognised. */
  mode?: KeyMode;
  /** The English explanation from `parseStripeKey`; `keyCheckMessage` gives it in any language. */
  reason?: string;
}

/** The check of an empty field. */
export const emptyKeyCheck: KeyCheck = { ok: false, code: 'empty' };

/** Checks a paste with `parseStripeKey` and keeps everything but the key. */
export function checkKey(value: string, expectedMode: KeyMode | undefined): KeyCheck {
  return summarise(parseStripeKey(value, expectedMode ? { mode: expectedMode } : undefined));
}

/** Drops the key from a parse result. */
export function summarise(parsed: ParsedKey): KeyCheck {
  if (parsed.ok) return { ok: true, kind: parsed.kind, mode: parsed.mode };
  const check: KeyCheck = { ok: false, code: parsed.code, reason: parsed.message };
  if (parsed.kind) check.kind = parsed.kind;
  if (parsed.mode) check.mode = parsed.mode;
  return check;
}

/**
 * The explanation of a refused paste, in the catalogue's language (the English catalogue
 * holds `parseStripeKey`'s words). Code, kind and mode pick the message; for a malformed key,
 * which of its explanations applies is found by asking the parser about a sample of each case
 * and comparing its words, so the parser stays the one reference.
 */
export function keyCheckMessage(
  check: KeyCheck,
  messages: Messages,
  expectedMode: KeyMode | undefined,
): string {
  const { code, kind, mode, reason } = check;
  if (check.ok || !code) return '';
  const restricted = (of: KeyMode | undefined) => (of ? `rk_${of}_` : messages.keyPrefixEither);
  const say = (key: MessageKey, values?: Record<string, string>) =>
    formatMessage(messages[key], values);
  const typed = (key: MessageKey, type: string) =>
    say(key, {
      prefix: mode ? `${type}_${mode}_` : `${type}_`,
      restricted: restricted(expectedMode ?? mode),
    });

  switch (code) {
    case 'empty':
      return say('keyCheckEmpty', { restricted: restricted(expectedMode) });
    case 'secret_key':
      return typed('keyCheckSecretKey', 'sk');
    case 'publishable_key':
      return typed('keyCheckPublishableKey', 'pk');
    case 'wrong_mode':
      return say(mode === 'live' ? 'keyCheckLiveKeyInTestMode' : 'keyCheckTestKeyInLiveMode');
    case 'not_a_stripe_key': {
      if (reason !== undefined && reason === parserSays(NOT_TEXT)) return say('keyCheckNotText');
      const what = say(OTHER_KINDS[kind ?? 'unknown'] ?? 'keyCheckNotAKey');
      return `${what} ${say('keyCheckPasteInstead', { restricted: restricted(expectedMode) })}`;
    }
    case 'malformed': {
      const sample = mode ?? 'test';
      for (const [key, example] of MALFORMED) {
        if (reason === parserSays(example(sample))) {
          return say(key, { restricted: restricted(mode) });
        }
      }
      return connectErrorText({ code }, messages);
    }
    default:
      return connectErrorText({ code }, messages);
  }
}

function parserSays(sample: unknown): string | undefined {
  const parsed = parseStripeKey(sample);
  return parsed.ok ? undefined : parsed.message;
}

const NOT_TEXT = 42;
const BODY = 'a1B2'.repeat(5);

/** Each explanation of a malformed key, with a sample the parser explains that way. */
const MALFORMED: [MessageKey, (mode: KeyMode) => string][] = [
  ['keyCheckHidden', (mode) => `rk_${mode}_${'•'.repeat(12)}${BODY}`],
  ['keyCheckTooLong', (mode) => `rk_${mode}_${BODY.repeat(20)}`],
  ['keyCheckTooShort', (mode) => `rk_${mode}_a1`],
  ['keyCheckPastedTwice', (mode) => `rk_${mode}_${BODY}rk_${mode}_${BODY}`],
  ['keyCheckBadCharacters', (mode) => `rk_${mode}_${BODY}-${BODY}`],
  ['keyCheckBadPrefix', () => `rk_${BODY}`],
];

const OTHER_KINDS: Partial<Record<KeyKind, MessageKey>> = {
  webhook_secret: 'keyCheckWebhookSecret',
  ephemeral: 'keyCheckEphemeralKey',
  account_id: 'keyCheckAccountId',
  unknown: 'keyCheckNotAKey',
};
