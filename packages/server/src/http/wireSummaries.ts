import type { ChargeSummary, RefundSummary } from '@pelago/connect-core';

/**
 * A charge for the wire: exactly the {@link ChargeSummary} fields, picked one by one so that
 * Stripe's raw object (and anything else added beside the summary) never leaves the server.
 */
export function toChargeSummary(charge: ChargeSummary): ChargeSummary {
  return {
    id: charge.id,
    amount: charge.amount,
    amountRefunded: charge.amountRefunded,
    amountRefundable: charge.amountRefundable,
    currency: charge.currency,
    status: charge.status,
    refunded: charge.refunded,
    disputed: charge.disputed,
    captured: charge.captured,
    description: charge.description,
    created: charge.created,
    receiptEmail: charge.receiptEmail,
    cardBrand: charge.cardBrand,
    cardLast4: charge.cardLast4,
    metadata: { ...charge.metadata },
  };
}

/** A refund for the wire: exactly the {@link RefundSummary} fields. */
export function toRefundSummary(refund: RefundSummary): RefundSummary {
  return {
    id: refund.id,
    chargeId: refund.chargeId,
    amount: refund.amount,
    currency: refund.currency,
    status: refund.status,
    reason: refund.reason,
    pendingReason: refund.pendingReason,
    failureReason: refund.failureReason,
    note: refund.note,
    created: refund.created,
  };
}
