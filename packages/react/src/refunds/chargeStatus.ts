import type { ChargeSummary } from '@pelago/connect-core';
import type { RefundMessageKey } from './enRefunds';

/** What the charge list says of a charge, the most pressing fact first. */
export type ChargeListStatus =
  | 'disputed'
  | 'failed'
  | 'pending'
  | 'uncaptured'
  | 'refunded'
  | 'partially_refunded'
  | 'succeeded';

export function chargeListStatus(charge: ChargeSummary): ChargeListStatus {
  if (charge.disputed) return 'disputed';
  if (charge.status === 'failed') return 'failed';
  if (charge.status === 'pending') return 'pending';
  if (!charge.captured) return 'uncaptured';
  if (charge.refunded || (charge.amountRefunded > 0 && charge.amountRefundable <= 0)) {
    return 'refunded';
  }
  if (charge.amountRefunded > 0) return 'partially_refunded';
  return 'succeeded';
}

export const chargeStatusText: Record<ChargeListStatus, RefundMessageKey> = {
  disputed: 'chargeDisputed',
  failed: 'chargeFailed',
  pending: 'chargePending',
  uncaptured: 'chargeUncaptured',
  refunded: 'chargeRefunded',
  partially_refunded: 'chargePartiallyRefunded',
  succeeded: 'chargeSucceeded',
};

/** Why a charge cannot be refunded, or `undefined` when it can. */
export type RefundBlocker = 'disputed' | 'uncaptured' | 'refunded' | 'failed';

export function refundBlocker(charge: ChargeSummary): RefundBlocker | undefined {
  if (charge.status === 'failed') return 'failed';
  if (charge.disputed) return 'disputed';
  if (!charge.captured) return 'uncaptured';
  if (charge.refunded || charge.amountRefundable <= 0) return 'refunded';
  return undefined;
}

export const refundBlockerText: Record<RefundBlocker, RefundMessageKey> = {
  disputed: 'notRefundableDisputed',
  uncaptured: 'notRefundableUncaptured',
  refunded: 'notRefundableRefunded',
  failed: 'notRefundableFailed',
};
