import {
  type ChargeSummary,
  type RefundFailureReason,
  type RefundPendingReason,
  type RefundSummary,
  refundNoteMetadataKey,
} from '@pelago/connect-core';
import type Stripe from 'stripe';

/** A charge as the kit returns it, with Stripe's object beside it. */
export type ChargeResult = ChargeSummary & { raw: Stripe.Charge };

/** A refund as the kit returns it, with Stripe's object beside it. */
export type RefundResult = RefundSummary & { raw: Stripe.Refund };

/**
 * Trims a Stripe charge to the kit's {@link ChargeSummary}. What is left to refund is 0 when the
 * charge failed, was never captured (it is released, not refunded) or is disputed.
 */
export function toChargeResult(charge: Stripe.Charge): ChargeResult {
  const refundable =
    charge.status === 'succeeded' && charge.captured && !charge.disputed
      ? Math.max(0, charge.amount - charge.amount_refunded)
      : 0;
  const card = charge.payment_method_details?.card;
  return {
    id: charge.id,
    amount: charge.amount,
    amountRefunded: charge.amount_refunded,
    amountRefundable: refundable,
    currency: charge.currency,
    status: chargeStatus(charge.status),
    refunded: charge.refunded,
    disputed: charge.disputed,
    captured: charge.captured,
    description: charge.description ?? null,
    created: isoDate(charge.created),
    receiptEmail: charge.receipt_email ?? null,
    cardBrand: card?.brand ?? null,
    cardLast4: card?.last4 ?? null,
    metadata: { ...charge.metadata },
    raw: charge,
  };
}

/**
 * Trims a Stripe refund to the kit's {@link RefundSummary}. Values Stripe may add later (a new
 * status or reason) arrive as `unknown` or null rather than as something the UI would misread.
 */
export function toRefundResult(refund: Stripe.Refund): RefundResult {
  const chargeId = typeof refund.charge === 'string' ? refund.charge : (refund.charge?.id ?? '');
  const status = refundStatus(refund.status);
  const pendingReason = refund.pending_reason ?? null;
  const failureReason = refund.failure_reason ?? null;
  const note = refund.metadata?.[refundNoteMetadataKey];
  return {
    id: refund.id,
    chargeId,
    amount: refund.amount,
    currency: refund.currency,
    status,
    reason: refundReasons.has(refund.reason ?? '')
      ? (refund.reason as RefundSummary['reason'])
      : null,
    pendingReason:
      status === 'pending' && pendingReasons.has(pendingReason ?? '')
        ? (pendingReason as RefundPendingReason)
        : null,
    failureReason:
      status === 'failed'
        ? failureReasons.has(failureReason ?? '')
          ? (failureReason as RefundFailureReason)
          : 'unknown'
        : null,
    note: typeof note === 'string' && note !== '' ? note : null,
    created: isoDate(refund.created),
    raw: refund,
  };
}

const refundReasons: ReadonlySet<string> = new Set([
  'duplicate',
  'fraudulent',
  'requested_by_customer',
  'expired_uncaptured_charge',
]);
const refundStatuses: ReadonlySet<string> = new Set([
  'pending',
  'requires_action',
  'succeeded',
  'failed',
  'canceled',
]);
const pendingReasons: ReadonlySet<string> = new Set([
  'processing',
  'insufficient_funds',
  'charge_pending',
]);
const failureReasons: ReadonlySet<string> = new Set([
  'lost_or_stolen_card',
  'expired_or_canceled_card',
  'charge_for_pending_refund_disputed',
  'insufficient_funds',
  'declined',
  'merchant_request',
  'unknown',
]);

function chargeStatus(status: string): ChargeSummary['status'] {
  return status === 'succeeded' || status === 'failed' ? status : 'pending';
}

function refundStatus(status: string | null): RefundSummary['status'] {
  return status && refundStatuses.has(status) ? (status as RefundSummary['status']) : 'unknown';
}

function isoDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}
