import {
  classifyStripeKey,
  type KeyClassification,
  type KeyKind,
  type KeyMode,
  type KeyParseCode,
  type KeyRefusal,
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
  /** Which explanation the refusal needs (finer than `code`); absent when `ok`. */
  refusal?: KeyRefusal;
  /** What the paste looks like (`'secret'`, `'webhook_secret'`…), when recognised. */
  kind?: KeyKind;
  /** The mode of the pasted key, when recognised. */
  mode?: KeyMode;
  /**
   * The explanation of the refusal in the provider's language, as `keyCheckMessage` words it
   * (`useKeyVerification` fills it in; its `problem` shows it once it should show).
   */
  reason?: string;
}

/** The check of an empty field. */
export const emptyKeyCheck: KeyCheck = { ok: false, code: 'empty' };

/** Checks a paste with `classifyStripeKey` and keeps everything but the key. */
export function checkKey(value: string, expectedMode: KeyMode | undefined): KeyCheck {
  const options = expectedMode ? { mode: expectedMode } : undefined;
  return summarise(classifyStripeKey(value, options));
}

/** Drops the key from a classification. */
export function summarise(result: KeyClassification): KeyCheck {
  if (result.ok) return { ok: true, kind: result.kind, mode: result.mode };
  const check: KeyCheck = { ok: false, code: result.code, refusal: result.refusal };
  if (result.kind) check.kind = result.kind;
  if (result.mode) check.mode = result.mode;
  return check;
}

/**
 * The explanation of a refused paste, in the catalogue's language: what was pasted, then what
 * to paste instead, shorter than `parseStripeKey`'s sentences because the form shows it under a
 * title. Code, refusal, kind and mode pick the message.
 */
export function keyCheckMessage(
  check: KeyCheck,
  messages: Messages,
  expectedMode: KeyMode | undefined,
): string {
  const { code, refusal, kind, mode } = check;
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
      if (refusal === 'not_text') return say('keyCheckNotText');
      const what = say(OTHER_KINDS[kind ?? 'unknown'] ?? 'keyCheckNotAKey');
      return `${what} ${say('keyCheckPasteInstead', { restricted: restricted(expectedMode) })}`;
    }
    case 'malformed': {
      const key = refusal && MALFORMED[refusal];
      return key
        ? say(key, { restricted: restricted(mode) })
        : connectErrorText({ code }, messages);
    }
    default:
      return connectErrorText({ code }, messages);
  }
}

/** The explanation of each way a restricted key can be damaged. */
const MALFORMED: Partial<Record<KeyRefusal, MessageKey>> = {
  hidden: 'keyCheckHidden',
  too_long: 'keyCheckTooLong',
  too_short: 'keyCheckTooShort',
  pasted_twice: 'keyCheckPastedTwice',
  bad_characters: 'keyCheckBadCharacters',
  bad_prefix: 'keyCheckBadPrefix',
};

const OTHER_KINDS: Partial<Record<KeyKind, MessageKey>> = {
  webhook_secret: 'keyCheckWebhookSecret',
  ephemeral: 'keyCheckEphemeralKey',
  account_id: 'keyCheckAccountId',
  unknown: 'keyCheckNotAKey',
};
