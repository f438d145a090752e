import type { ChargeSummary, RefundSummary } from '@pelago/connect-core';

/** A $50.00 Visa charge, nothing refunded yet, with any field replaced. */
export function chargeOf(overrides: Partial<ChargeSummary> = {}): ChargeSummary {
  const amount = overrides.amount ?? 5000;
  const amountRefunded = overrides.amountRefunded ?? 0;
  return {
    id: 'ch_test_50',
    amount,
    amountRefunded,
    amountRefundable: amount - amountRefunded,
    currency: 'usd',
    status: 'succeeded',
    refunded: false,
    disputed: false,
    captured: true,
    description: 'Spring conference, 1 ticket',
    created: '2026-03-12T14:05:00.000Z',
    receiptEmail: 'ada@example.com',
    cardBrand: 'visa',
    cardLast4: '4242',
    metadata: { order: 'ORD-1001' },
    ...overrides,
  };
}

let refundCount = 0;

/** A succeeded refund of `amount` on the $50.00 charge, with any field replaced. */
export function refundOf(overrides: Partial<RefundSummary> = {}): RefundSummary {
  refundCount += 1;
  return {
    id: `re_test_${refundCount}`,
    chargeId: 'ch_test_50',
    amount: 2000,
    currency: 'usd',
    status: 'succeeded',
    reason: 'requested_by_customer',
    pendingReason: null,
    failureReason: null,
    note: null,
    created: '2026-03-13T09:30:00.000Z',
    ...overrides,
  };
}

/** A charge after `refunds` were taken off it. */
export function chargeAfter(charge: ChargeSummary, ...refunds: RefundSummary[]): ChargeSummary {
  const refunded = charge.amountRefunded + refunds.reduce((sum, refund) => sum + refund.amount, 0);
  return {
    ...charge,
    amountRefunded: refunded,
    amountRefundable: charge.amount - refunded,
    refunded: refunded >= charge.amount,
  };
}
