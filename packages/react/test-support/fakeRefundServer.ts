import {
  type ChargeSummary,
  ConnectError,
  type CreateRefundRequest,
  type RefundSummary,
} from '@pelago/connect-core';
import { chargeAfter, refundOf } from './refundFixtures';

/** What the fake server does with the next refund requests, in order. */
export type RefundAnswer =
  | 'refund'
  | 'refund-pending'
  | { fail: ConnectError }
  /** Makes the refund, then loses the answer (the browser sees a network error). */
  | 'refund-then-lose-answer';

/**
 * A stateful stand-in for the kit's server with one charge: `getCharge` shows the charge and
 * its refunds as they are now, `createRefund` refunds like Stripe does (one refund per
 * idempotency key, over-refunds refused), and `made` lists the refunds really made.
 */
export function fakeRefundServer(charge: ChargeSummary, refunds: RefundSummary[] = []) {
  let current = charge;
  const made: RefundSummary[] = [];
  const byKey = new Map<string, RefundSummary>();
  const answers: RefundAnswer[] = [];
  return {
    made,
    /** Queues what the next refund requests get; afterwards each one is made. */
    answer(...next: RefundAnswer[]) {
      answers.push(...next);
    },
    async getCharge(chargeId: string) {
      if (chargeId !== current.id) throw new ConnectError('charge_not_found');
      return { charge: current, refunds: [...made].reverse().concat(refunds) };
    },
    async createRefund(body: CreateRefundRequest) {
      const next = answers.shift() ?? 'refund';
      if (typeof next === 'object') throw next.fail;
      const replay = byKey.get(body.idempotencyKey);
      if (replay) return { refund: replay };
      if ((body.amount ?? current.amountRefundable) > current.amountRefundable) {
        throw new ConnectError('refund_exceeds_charge');
      }
      const refund = refundOf({
        chargeId: current.id,
        amount: body.amount ?? current.amountRefundable,
        reason: body.reason ?? null,
        note: body.note ?? null,
        ...(next === 'refund-pending'
          ? { status: 'pending' as const, pendingReason: 'insufficient_funds' as const }
          : {}),
      });
      byKey.set(body.idempotencyKey, refund);
      made.push(refund);
      current = chargeAfter(current, refund);
      if (next === 'refund-then-lose-answer') {
        throw new ConnectError('network_error', { status: 0 });
      }
      return { refund };
    },
  };
}
