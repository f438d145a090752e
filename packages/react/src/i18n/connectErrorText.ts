import { type ConnectErrorCode, connectErrorMessages } from '@pelago/connect-core';
import type { MessageKey, Messages } from './en';

/**
 * The catalogue message for each error code. The form refuses wrong pastes itself, so the
 * server's refusals of a paste share one message (English keeps the server's own words);
 * codes an integrator cannot fix from the page (a request the kit built wrongly, a missing
 * route) share another; money codes, which key forms never meet, share Stripe's generic one.
 */
export const errorMessageKeys: Record<ConnectErrorCode, MessageKey> = {
  empty: 'errorMalformed',
  not_a_stripe_key: 'errorMalformed',
  secret_key: 'errorMalformed',
  publishable_key: 'errorMalformed',
  malformed: 'errorMalformed',
  wrong_mode: 'errorWrongMode',
  publishable_key_invalid: 'errorPublishableKeyInvalid',
  publishable_key_wrong_mode: 'errorPublishableKeyWrongMode',
  publishable_key_mismatch: 'errorPublishableKeyMismatch',
  key_invalid: 'errorKeyInvalid',
  key_expired: 'errorKeyExpired',
  permission_missing: 'errorPermissionMissing',
  key_not_connected: 'errorKeyNotConnected',
  key_unreadable: 'errorKeyUnreadable',
  amount_invalid: 'errorRequestFailed',
  currency_invalid: 'errorRequestFailed',
  card_declined: 'errorRequestFailed',
  charge_not_found: 'errorRequestFailed',
  refund_exceeds_charge: 'errorRequestFailed',
  charge_already_refunded: 'errorRequestFailed',
  charge_disputed: 'errorRequestFailed',
  charge_not_refundable: 'errorRequestFailed',
  charge_uncaptured: 'errorRequestFailed',
  request_in_progress: 'errorRequestFailed',
  refund_reason_invalid: 'errorRequestFailed',
  idempotency_conflict: 'errorRequestFailed',
  invalid_request: 'errorRequestFailed',
  rate_limited: 'errorRateLimited',
  stripe_unavailable: 'errorStripeUnavailable',
  network_error: 'errorNetwork',
  timeout: 'errorTimeout',
  unauthenticated: 'errorUnauthenticated',
  forbidden: 'errorForbidden',
  origin_not_allowed: 'errorForbidden',
  unsupported_media_type: 'errorInternal',
  payload_too_large: 'errorInternal',
  malformed_json: 'errorInternal',
  validation_failed: 'errorInternal',
  not_found: 'errorInternal',
  method_not_allowed: 'errorInternal',
  internal_error: 'errorInternal',
};

/** Core's English messages: the English catalogue's error texts are these very strings. */
const ENGLISH_DEFAULTS: ReadonlySet<string> = new Set(Object.values(connectErrorMessages));

/**
 * Messages about the pasted key itself, where the server's own words say more than the
 * catalogue can (which permission is missing, what kind of key it was).
 */
const KEY_PROBLEMS: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'errorMalformed',
  'errorWrongMode',
  'errorKeyInvalid',
  'errorKeyExpired',
  'errorPermissionMissing',
  'errorPublishableKeyInvalid',
  'errorPublishableKeyWrongMode',
  'errorPublishableKeyMismatch',
]);

/** The parts of an error the text is made from (a `ConnectError` or a `KeyProblem`). */
export interface ErrorLike {
  code: ConnectErrorCode;
  message?: string;
}

/**
 * The merchant-facing text for an error, in the catalogue's language. A translated or
 * overridden catalogue message wins. With the English defaults, each code keeps its own
 * wording from `connectErrorMessages`, and a key problem keeps the server's message, which
 * says which permission is missing (it never holds a whole key: `ConnectError` redacts it).
 */
export function connectErrorText(error: ErrorLike, messages: Messages): string {
  const key = errorMessageKeys[error.code] ?? 'errorInternal';
  const text = messages[key];
  if (!ENGLISH_DEFAULTS.has(text)) return text;
  if (KEY_PROBLEMS.has(key) && error.message?.trim()) return error.message;
  return connectErrorMessages[error.code] ?? text;
}

/** True for the server's refusals of the publishable key, shown on that field. */
export function isPublishableKeyError(code: ConnectErrorCode): boolean {
  return code.startsWith('publishable_key_');
}

/** A short title for an error of the key and connection flows, shown above its text. */
export function connectErrorTitleKey(code: ConnectErrorCode): MessageKey {
  switch (code) {
    case 'key_invalid':
      return 'errorTitleKeyUnknown';
    case 'key_expired':
      return 'errorTitleKeyExpired';
    case 'permission_missing':
      return 'errorTitlePermission';
    case 'rate_limited':
    case 'stripe_unavailable':
    case 'timeout':
      return 'errorTitleStripeBusy';
    case 'network_error':
      return 'errorTitleNetwork';
    case 'unauthenticated':
      return 'errorTitleSignedOut';
    case 'forbidden':
    case 'origin_not_allowed':
      return 'errorTitleNotAllowed';
    case 'key_unreadable':
    case 'key_not_connected':
      return 'errorTitleKeyUnusable';
    case 'publishable_key_invalid':
    case 'publishable_key_wrong_mode':
    case 'publishable_key_mismatch':
      return 'errorTitlePublishableKey';
    default:
      return KEY_PROBLEMS.has(errorMessageKeys[code]) ? 'errorTitleKeyUnusable' : 'errorTitleSite';
  }
}
