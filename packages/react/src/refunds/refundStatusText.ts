import type {
  RefundFailureReason,
  RefundPendingReason,
  RefundStatus,
  RefundSummary,
} from '@pelago/connect-core';
import type { RefundMessageKey } from './enRefunds';
import type { BadgeTone } from './StatusBadge';

export const refundStatusBadge: Record<RefundStatus, { text: RefundMessageKey; tone: BadgeTone }> =
  {
    succeeded: { text: 'refundSucceeded', tone: 'success' },
    pending: { text: 'refundPending', tone: 'pending' },
    failed: { text: 'refundFailed', tone: 'danger' },
    canceled: { text: 'refundCanceled', tone: 'neutral' },
    requires_action: { text: 'refundRequiresAction', tone: 'attention' },
    unknown: { text: 'refundUnknown', tone: 'neutral' },
  };

const pendingText: Record<RefundPendingReason, RefundMessageKey> = {
  processing: 'pendingProcessing',
  insufficient_funds: 'pendingInsufficientFunds',
  charge_pending: 'pendingChargePending',
};

const failureText: Record<RefundFailureReason, RefundMessageKey> = {
  lost_or_stolen_card: 'failedLostOrStolenCard',
  expired_or_canceled_card: 'failedExpiredOrCanceledCard',
  charge_for_pending_refund_disputed: 'failedChargeDisputed',
  insufficient_funds: 'failedInsufficientFunds',
  declined: 'failedDeclined',
  merchant_request: 'failedMerchantRequest',
  unknown: 'failedUnknown',
};

/** The sentences that explain a refund's status: why it waits, why it failed, what to do. */
export function refundStatusDetails(refund: RefundSummary): RefundMessageKey[] {
  switch (refund.status) {
    case 'pending':
      return [refund.pendingReason ? pendingText[refund.pendingReason] : 'pendingUnknown'];
    case 'failed':
      return [failureText[refund.failureReason ?? 'unknown'] ?? 'failedUnknown', 'failedMoneyBack'];
    case 'requires_action':
      return ['requiresActionBody'];
    case 'unknown':
      return ['unknownStatusBody'];
    default:
      return [];
  }
}

export const refundReasonText: Record<NonNullable<RefundSummary['reason']>, RefundMessageKey> = {
  duplicate: 'reasonDuplicate',
  fraudulent: 'reasonFraudulent',
  requested_by_customer: 'reasonRequestedByCustomer',
  expired_uncaptured_charge: 'reasonExpiredUncapturedCharge',
};
