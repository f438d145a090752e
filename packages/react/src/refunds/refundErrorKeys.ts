import type { ConnectErrorCode } from '@pelago/connect-core';
import type { RefundMessageKey } from './enRefunds';

/**
 * The admin-facing message for the error codes a refund meets. Every other code (a request the
 * kit built wrongly, a server fault) gets {@link refundErrorKey}'s "try again: it will not be
 * refunded twice", since the refund may have gone through.
 */
const refundErrorKeys: Partial<Record<ConnectErrorCode, RefundMessageKey>> = {
  key_invalid: 'refundErrorKeyProblem',
  key_expired: 'refundErrorKeyProblem',
  key_unreadable: 'refundErrorKeyProblem',
  permission_missing: 'refundErrorPermissionMissing',
  key_not_connected: 'refundErrorNotConnected',
  amount_invalid: 'refundErrorAmountInvalid',
  currency_invalid: 'refundErrorAmountInvalid',
  charge_not_found: 'refundErrorNotFound',
  refund_exceeds_charge: 'refundErrorOverRefund',
  // The same words as the notice shown for such a charge.
  charge_already_refunded: 'notRefundableRefunded',
  charge_disputed: 'notRefundableDisputed',
  charge_not_refundable: 'refundErrorNotRefundable',
  charge_uncaptured: 'notRefundableUncaptured',
  refund_reason_invalid: 'refundErrorReasonInvalid',
  idempotency_conflict: 'refundErrorConflict',
  request_in_progress: 'refundErrorInProgress',
  rate_limited: 'refundErrorRateLimited',
  stripe_unavailable: 'refundErrorStripeUnavailable',
  network_error: 'refundErrorNetwork',
  timeout: 'refundErrorTimeout',
  unauthenticated: 'refundErrorUnauthenticated',
  forbidden: 'refundErrorForbidden',
  origin_not_allowed: 'refundErrorForbidden',
};

/** The message for a failed refund with `code`. */
export function refundErrorKey(code: ConnectErrorCode): RefundMessageKey {
  return refundErrorKeys[code] ?? 'refundErrorRefundFailed';
}

/** The message for a failure to load charges: the words about a refund do not fit there. */
export function loadErrorKey(code: ConnectErrorCode): RefundMessageKey {
  if (code === 'network_error' || code === 'timeout') return 'refundErrorLoadNetwork';
  const key = refundErrorKey(code);
  return loadKeys.has(key) ? key : 'refundErrorLoadFailed';
}

const loadKeys: ReadonlySet<RefundMessageKey> = new Set<RefundMessageKey>([
  'refundErrorKeyProblem',
  'refundErrorPermissionMissing',
  'refundErrorNotConnected',
  'refundErrorNotFound',
  'refundErrorUnauthenticated',
]);

/**
 * Refusals about the charge or the refund itself: sending the same refund again cannot change
 * the answer, so the panel offers to change the refund instead of trying again, and reloads
 * the charge to show what is left now.
 */
export const finalRefundRefusals: ReadonlySet<ConnectErrorCode> = new Set<ConnectErrorCode>([
  'refund_exceeds_charge',
  'charge_already_refunded',
  'charge_disputed',
  'charge_not_refundable',
  'charge_uncaptured',
  'charge_not_found',
  'refund_reason_invalid',
  'amount_invalid',
  'currency_invalid',
  'idempotency_conflict',
]);
