import { classifyStripeKey, type KeyMode } from '@pelago/connect-core';
import type { Messages } from '../i18n/en';
import { formatMessage } from '../i18n/formatMessage';

/** Why a paste in the publishable-key field is refused. */
export type PublishableKeyRefusal =
  | 'empty'
  | 'secret_key'
  | 'restricted_key'
  | 'not_publishable'
  | 'malformed'
  | 'wrong_mode';

/**
 * What the local check found in the publishable-key field. A publishable key is public, so an
 * accepted one is kept whole; a refused paste is described without its text.
 */
export type PublishableKeyCheck =
  | { ok: true; key: string; mode: KeyMode }
  | { ok: false; refusal: PublishableKeyRefusal; mode?: KeyMode };

/** The check of an empty field. */
export const emptyPublishableKeyCheck: PublishableKeyCheck = { ok: false, refusal: 'empty' };

/**
 * Checks a paste where a publishable key (`pk_test_…`, `pk_live_…`) is asked for, with core's
 * message-free `classifyStripeKey`: the same clean-up as the restricted key's field, and the
 * same refusals (a restricted or secret key, another kind of key, the hidden form, a cut-off
 * or doubled paste, the other mode). Never throws.
 */
export function checkPublishableKey(
  value: string,
  expectedMode: KeyMode | undefined,
): PublishableKeyCheck {
  const seen = classifyStripeKey(value);
  if (!seen.ok && seen.code === 'empty') return emptyPublishableKeyCheck;
  const withMode = seen.mode ? { mode: seen.mode } : {};
  if (seen.kind === 'restricted') return { ok: false, refusal: 'restricted_key', ...withMode };
  if (seen.kind === 'secret') return { ok: false, refusal: 'secret_key', ...withMode };
  if (seen.kind !== 'publishable') return { ok: false, refusal: 'not_publishable' };
  // A publishable key has a restricted key's format (prefix, then letters and digits), so the
  // restricted key's checks read it once its prefix is swapped; this keeps core's English
  // sentences (parsePublishableKey) out of the page.
  const asRestricted = classifyStripeKey(
    value.replace(INVISIBLE, '').replace(PREFIX, (prefix) => (prefix[0] === 'P' ? 'R' : 'r')),
    expectedMode ? { mode: expectedMode } : undefined,
  );
  if (asRestricted.ok) {
    return { ok: true, key: `pk${asRestricted.key.slice(2)}`, mode: asRestricted.mode };
  }
  return {
    ok: false,
    refusal: asRestricted.code === 'wrong_mode' ? 'wrong_mode' : 'malformed',
    ...withMode,
  };
}

// As core's paste clean-up: zero-width characters could hide inside the prefix.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// The `p` of every `pk_test_` / `pk_live_`, any case, so that a doubled paste stays doubled.
const PREFIX = /p(?=k_(?:test|live)_)/gi;

/** A refusal that means a secret was pasted: the field lets go of it at once. */
export function isSecretPaste(check: PublishableKeyCheck): boolean {
  return !check.ok && (check.refusal === 'secret_key' || check.refusal === 'restricted_key');
}

/**
 * The explanation of a refused paste in the publishable-key field, in the catalogue's
 * language: what was pasted, then what to paste instead. `''` when there is nothing to say.
 */
export function publishableKeyCheckMessage(
  check: PublishableKeyCheck,
  messages: Messages,
  expectedMode: KeyMode,
): string {
  if (check.ok) return '';
  return formatMessage(messages[REFUSAL_TEXT[check.refusal]], {
    publishable: `pk_${expectedMode}_`,
    prefix: `${check.refusal === 'secret_key' ? 'sk' : 'rk'}_${check.mode ?? expectedMode}_`,
  });
}

const REFUSAL_TEXT = {
  empty: 'pkCheckEmpty',
  secret_key: 'pkCheckSecretKey',
  restricted_key: 'pkCheckRestrictedKey',
  // Another kind of key or a damaged one: either way, the whole key is to be copied again.
  not_publishable: 'pkCheckMalformed',
  malformed: 'pkCheckMalformed',
  wrong_mode: 'pkCheckWrongMode',
} as const;
