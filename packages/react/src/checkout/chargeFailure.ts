import { ConnectError, type ConnectErrorCode } from '@pelago/connect-core';
import type { CheckoutMessageKey } from './enCheckout';

/**
 * What kind of failure a payment met, which decides what the attendee can do next:
 * - `declined`: the bank said no; pay again with the same card corrected, or another one.
 * - `authentication_required`: the card needs a bank check (3-D Secure) this form cannot do.
 * - `card_check_failed`: Stripe.js could not reach Stripe to tokenize the card; nothing was sent.
 * - `retry`: the answer is unknown or the payment is still being processed; "Try again" sends
 *   the very same request (same card token, same idempotency key), so it charges at most once.
 * - `misconfigured`: the form or the server is set up wrongly (a token of another account, a
 *   request the server refused); the attendee cannot fix it.
 * - `unavailable`: the merchant's connection broke (key revoked, permission removed).
 */
export type ChargeFailureKind =
  | 'declined'
  | 'authentication_required'
  | 'card_check_failed'
  | 'retry'
  | 'misconfigured'
  | 'unavailable';

/** A failed payment: its kind, the attendee's message and the error as the client reported it. */
export interface ChargeFailure {
  kind: ChargeFailureKind;
  /** The attendee-facing message in the checkout catalogue. */
  messageKey: CheckoutMessageKey;
  error: ConnectError;
}

// Stripe's decline codes, grouped by what the attendee can do about them. A stolen or lost
// card, or one flagged as fraudulent, reads as a plain bank decline: saying more would help
// only a fraudster.
const declineMessages: Record<string, CheckoutMessageKey> = {
  insufficient_funds: 'declinedInsufficientFunds',
  expired_card: 'declinedExpiredCard',
  incorrect_cvc: 'declinedIncorrectCvc',
  invalid_cvc: 'declinedIncorrectCvc',
  processing_error: 'declinedProcessingError',
};

const retryMessages: Partial<Record<ConnectErrorCode, CheckoutMessageKey>> = {
  network_error: 'retryNetwork',
  timeout: 'retryTimeout',
  request_in_progress: 'retryInProgress',
  rate_limited: 'retryBusy',
  stripe_unavailable: 'retryBusy',
};

const unavailableCodes: ReadonlySet<ConnectErrorCode> = new Set<ConnectErrorCode>([
  'key_invalid',
  'key_expired',
  'key_unreadable',
  'permission_missing',
  'key_not_connected',
  'publishable_key_invalid',
  'publishable_key_wrong_mode',
  'publishable_key_mismatch',
]);

// Answers that say the request itself is wrong: sending it again cannot succeed, and none of
// them charged. `charge_not_found` / `invalid_request` are how "No such token" (a token made
// with another account's publishable key) reaches the browser.
const misconfiguredCodes: ReadonlySet<ConnectErrorCode> = new Set<ConnectErrorCode>([
  'invalid_request',
  'charge_not_found',
  'amount_invalid',
  'currency_invalid',
  'idempotency_conflict',
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'method_not_allowed',
  'forbidden',
  'origin_not_allowed',
  'unauthenticated',
]);

/**
 * How a failed `POST /charges` reads for the attendee. Anything not known to be final (a lost
 * answer, a timeout, a server fault) is `retry`: sending the same request again under the same
 * idempotency key is always safe, while a new key could charge twice.
 */
export function chargeFailureOf(error: ConnectError): ChargeFailure {
  if (error.code === 'card_declined') {
    const decline = error.declineCode ?? '';
    if (decline === 'authentication_required') {
      return { kind: 'authentication_required', messageKey: 'authenticationRequired', error };
    }
    return { kind: 'declined', messageKey: declineMessages[decline] ?? 'declinedGeneric', error };
  }
  if (unavailableCodes.has(error.code)) {
    return { kind: 'unavailable', messageKey: 'unavailableBody', error };
  }
  if (misconfiguredCodes.has(error.code)) {
    return { kind: 'misconfigured', messageKey: 'misconfigured', error };
  }
  return { kind: 'retry', messageKey: retryMessages[error.code] ?? 'retryUnknown', error };
}

/**
 * A payment whose answer was lost before the page was reloaded, found again in this tab: a
 * `retry` like the lost answer itself, worded for the attendee coming back to it.
 */
export function resumedFailure(): ChargeFailure {
  return {
    kind: 'retry',
    messageKey: 'retryResumed',
    // The lost answer's own error went with the page: a network error is what it was.
    error: new ConnectError('network_error', { status: 0 }),
  };
}

/** A Stripe.js error as `createToken` resolves it (`{ error }`). */
export interface StripeJsError {
  type: string;
  code?: string;
  decline_code?: string;
  message?: string;
}

/** Whether Stripe.js refused the card details themselves: the field shows why, inline. */
export function isCardDetailsError(error: StripeJsError): boolean {
  return error.type === 'validation_error' || error.type === 'card_error';
}

/**
 * A tokenization failure that is not about the card details: Stripe unreachable (nothing was
 * sent to the server, so nothing was charged), or Stripe refusing the publishable key.
 */
export function tokenFailureOf(error: StripeJsError): ChargeFailure {
  const message = error.message || 'Stripe.js could not tokenize the card.';
  if (error.type === 'invalid_request_error') {
    return {
      kind: 'misconfigured',
      messageKey: 'misconfigured',
      error: new ConnectError('invalid_request', { message, status: 0 }),
    };
  }
  const code: ConnectErrorCode =
    error.type === 'rate_limit_error'
      ? 'rate_limited'
      : error.type === 'api_error'
        ? 'stripe_unavailable'
        : 'network_error';
  return {
    kind: 'card_check_failed',
    messageKey: 'cardCheckFailed',
    error: new ConnectError(code, { message, status: 0, retryable: true }),
  };
}
