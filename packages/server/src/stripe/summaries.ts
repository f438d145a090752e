import type { ChargeSummary, RefundReason, RefundSummary } from '@pelago/connect-core';
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

/** Trims a Stripe refund to the kit's {@link RefundSummary}. */
export function toRefundResult(refund: Stripe.Refund): RefundResult {
  const chargeId = typeof refund.charge === 'string' ? refund.charge : (refund.charge?.id ?? '');
  return {
    id: refund.id,
    chargeId,
    amount: refund.amount,
    currency: refund.currency,
    status: refundStatus(refund.status),
    reason: refundReasons.has(refund.reason ?? '') ? (refund.reason as RefundReason) : null,
    created: isoDate(refund.created),
    raw: refund,
  };
}

const refundReasons: ReadonlySet<string> = new Set([
  'duplicate',
  'fraudulent',
  'requested_by_customer',
]);
const refundStatuses: ReadonlySet<string> = new Set([
  'pending',
  'requires_action',
  'succeeded',
  'failed',
  'canceled',
]);

function chargeStatus(status: string): ChargeSummary['status'] {
  return status === 'succeeded' || status === 'failed' ? status : 'pending';
}

function refundStatus(status: string | null): RefundSummary['status'] {
  return status && refundStatuses.has(status) ? (status as RefundSummary['status']) : 'pending';
}

function isoDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}
