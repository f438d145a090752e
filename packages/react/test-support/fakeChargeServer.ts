import { type ChargeSummary, ConnectError, type CreateChargeRequest } from '@pelago/connect-core';
import { offlineTokenBehaviour } from '@pelago/connect-testing/fake-stripe-js';
import { chargeOf } from './refundFixtures';

/** What the fake server does with the next charge requests, in order. */
export type ChargeAnswer =
  | 'charge'
  /** Charges, then loses the answer (the browser sees a network error). */
  | 'charge-then-lose-answer'
  /** Fails before reaching Stripe: nothing is charged or stored under the key. */
  | { fail: ConnectError };

const declines: Record<string, string> = {
  tok_chargeDeclined: 'generic_decline',
  tok_chargeDeclinedInsufficientFunds: 'insufficient_funds',
  tok_chargeDeclinedIncorrectCvc: 'incorrect_cvc',
  tok_chargeDeclinedExpiredCard: 'expired_card',
  authentication_required: 'authentication_required',
};

const cards: Record<string, [string, string]> = {
  tok_visa: ['visa', '4242'],
  tok_mastercard: ['mastercard', '4444'],
};

/**
 * A stand-in for the kit's server charging like Stripe does: one answer per idempotency key
 * (a replay gets the first answer, a decline included; other parameters under a used key are
 * refused), declines by the offline token's test card, and `made` lists the charges really made.
 */
export function fakeChargeServer() {
  let count = 0;
  const made: ChargeSummary[] = [];
  const requests: CreateChargeRequest[] = [];
  const answers: ChargeAnswer[] = [];
  const byKey = new Map<string, { source: string; charge?: ChargeSummary; error?: ConnectError }>();
  return {
    made,
    requests,
    /** Queues what the next charge requests get; afterwards each one is answered normally. */
    answer(...next: ChargeAnswer[]) {
      answers.push(...next);
    },
    async createCharge(body: CreateChargeRequest) {
      requests.push(structuredClone(body));
      const next = answers.shift() ?? 'charge';
      if (typeof next === 'object') throw next.fail;
      const key = body.idempotencyKey ?? `none_${requests.length}`;
      const replay = byKey.get(key);
      if (replay) {
        if (replay.source !== body.source) throw new ConnectError('idempotency_conflict');
        if (replay.error) throw replay.error;
        return { charge: replay.charge as ChargeSummary };
      }
      const behaviour = offlineTokenBehaviour(body.source) ?? 'tok_visa';
      const declineCode = declines[behaviour];
      if (declineCode) {
        const error = new ConnectError('card_declined', {
          message: 'Your card was declined.',
          declineCode,
        });
        byKey.set(key, { source: body.source, error });
        throw error;
      }
      count += 1;
      const [brand, last4] = cards[behaviour] ?? ['visa', '4242'];
      const charge = chargeOf({
        id: `ch_test_paid${count}`,
        amount: body.amount,
        currency: body.currency,
        description: body.description ?? null,
        receiptEmail: body.receiptEmail ?? null,
        metadata: body.metadata ?? {},
        cardBrand: brand,
        cardLast4: last4,
      });
      byKey.set(key, { source: body.source, charge });
      made.push(charge);
      if (next === 'charge-then-lose-answer') {
        throw new ConnectError('network_error', { status: 0, retryable: true });
      }
      return { charge };
    },
  };
}
