import {
  type ChargeSummary,
  ConnectError,
  type ConnectErrorCode,
  type CreateRefundRequest,
  type CreateRefundResponse,
  formatMoney,
  type GetChargeResponse,
  type ListChargesQuery,
  type ListChargesResponse,
  type RefundFailureReason,
  type RefundPendingReason,
  type RefundSummary,
} from '@pelago/connect-core';
import type { ConnectClient, RequestOptions } from '@pelago/connect-react';
import { wait } from './wait';

/** The charges and refunds routes a story can script. */
export type FakeRefundsMethod = 'listCharges' | 'getCharge' | 'createRefund';

/** What one `createRefund` call meets, taken in order from {@link FakeRefundsScript.refundOutcomes}. */
export type FakeRefundOutcome =
  /** The server's rules decide (the default once the list is used up). */
  | 'normal'
  /** The refund is made, then its answer is lost: the browser sees a network failure. */
  | 'answerLost'
  /** The call fails with this code and nothing is refunded. */
  | ConnectErrorCode;

/** How the fake charges and refunds routes behave in one story. */
export interface FakeRefundsScript {
  /** The merchant's charges, newest first. Default: {@link sampleCharges}. */
  charges?: ChargeSummary[];
  /** Refunds already made, any order. Default: {@link sampleRefunds}. */
  refunds?: RefundSummary[];
  /** How long each answer takes, in milliseconds. Default 250. */
  delay?: number;
  /** Routes whose answer never comes (to show loading states). */
  hang?: FakeRefundsMethod[];
  /** Routes that always fail with a code. */
  fail?: Partial<Record<FakeRefundsMethod, ConnectErrorCode>>;
  /**
   * What successive refund requests meet; after the list, the server's rules. A refusal that
   * says the charge changed comes with that change, as if made in the Stripe Dashboard
   * meanwhile: `charge_already_refunded` refunds the rest, `charge_disputed` opens a dispute,
   * `refund_exceeds_charge` refunds all but $10.00 (or the currency's 1000 minor units).
   */
  refundOutcomes?: FakeRefundOutcome[];
  /**
   * The state a new refund is in: `succeeded` (default), `pending` with Stripe's reason, or
   * `failed` with Stripe's reason (a failed refund gives its amount back to what is left).
   */
  newRefunds?:
    | { status: 'succeeded' }
    | { status: 'pending'; pendingReason: RefundPendingReason }
    | { status: 'failed'; failureReason: RefundFailureReason };
}

/** A charges or refunds request as the fake server saw it. */
export interface FakeRefundsRequest {
  method: FakeRefundsMethod;
  chargeId?: string;
  query?: ListChargesQuery;
  amount?: number;
  reason?: string;
  note?: string;
  idempotencyKey?: string;
}

/** The charges and refunds half of a fake `ConnectClient`, with what it received. */
export interface FakeRefundsServer
  extends Pick<ConnectClient, 'listCharges' | 'getCharge' | 'createRefund'> {
  /** Every charges or refunds request received, in order. A refused amount never shows up here. */
  readonly chargeRequests: FakeRefundsRequest[];
  /** How many refunds each charge has now, by charge id (to prove a retry refunded once). */
  refundCount(chargeId: string): number;
}

/** When the sample charges were made: fixed, so stories read the same every day. */
const day = (offset: number, time = '14:05:00') => {
  const date = new Date(Date.UTC(2026, 10, 28 - offset));
  return `${date.toISOString().slice(0, 10)}T${time}Z`;
};

function charge(fields: Partial<ChargeSummary> & Pick<ChargeSummary, 'id' | 'amount'>) {
  const amountRefunded = fields.amountRefunded ?? 0;
  const summary: ChargeSummary = {
    currency: 'usd',
    status: 'succeeded',
    refunded: false,
    disputed: false,
    captured: true,
    description: null,
    created: day(0),
    receiptEmail: null,
    cardBrand: 'visa',
    cardLast4: '4242',
    metadata: {},
    ...fields,
    amountRefunded,
    amountRefundable: 0,
  };
  // As the server says: nothing is left to refund on a disputed or uncaptured charge.
  summary.amountRefundable =
    fields.amountRefundable ??
    (summary.status === 'succeeded' && summary.captured && !summary.disputed
      ? summary.amount - amountRefunded
      : 0);
  return summary;
}

function refund(
  fields: Partial<RefundSummary> & Pick<RefundSummary, 'id' | 'chargeId' | 'amount'>,
) {
  const summary: RefundSummary = {
    currency: 'usd',
    status: 'succeeded',
    reason: 'requested_by_customer',
    pendingReason: null,
    failureReason: null,
    note: null,
    created: day(0, '16:00:00'),
    ...fields,
  };
  return summary;
}

/** Sample charges ids, for stories that open one. */
export const sampleChargeIds = {
  order: 'ch_3Order1001Fifty',
  partial: 'ch_3Order1002Partial',
  pending: 'ch_3Order1003Pending',
  failed: 'ch_3Order1004Failed',
  disputed: 'ch_3Order1005Disputed',
  refunded: 'ch_3Order1006Refunded',
  uncaptured: 'ch_3Order1007Uncaptured',
  euro: 'ch_3Order1008Euro',
  yen: 'ch_3Order1009Yen',
} as const;

/**
 * A merchant's charges in every state a refund panel meets: untouched, partly refunded, with a
 * pending and a failed refund, disputed, fully refunded, uncaptured, in EUR and in JPY.
 */
export function sampleCharges(): ChargeSummary[] {
  const ids = sampleChargeIds;
  return [
    charge({
      id: ids.order,
      amount: 5000,
      description: 'Autumn Summit: 1 ticket',
      receiptEmail: 'jane.doe@example.com',
      metadata: { order_id: 'A-1001' },
      created: day(0),
    }),
    charge({
      id: ids.partial,
      amount: 12000,
      amountRefunded: 3000,
      description: 'Autumn Summit: 3 tickets',
      receiptEmail: 'sam.lee@example.com',
      cardBrand: 'mastercard',
      cardLast4: '4444',
      metadata: { order_id: 'A-1002' },
      created: day(1, '09:30:00'),
    }),
    charge({
      id: ids.pending,
      amount: 4500,
      amountRefunded: 1500,
      description: 'Workshop: Photography basics',
      receiptEmail: 'ana.garcia@example.com',
      metadata: { order_id: 'A-1003' },
      created: day(2, '11:15:00'),
    }),
    charge({
      id: ids.failed,
      amount: 2500,
      description: 'Workshop: Pottery evening',
      receiptEmail: 'li.wei@example.com',
      cardBrand: 'amex',
      cardLast4: '8431',
      metadata: { order_id: 'A-1004' },
      created: day(3, '18:40:00'),
    }),
    charge({
      id: ids.disputed,
      amount: 7500,
      disputed: true,
      description: 'Gala dinner: 1 seat',
      receiptEmail: 'max.mustermann@example.com',
      metadata: { order_id: 'A-1005' },
      created: day(4, '20:10:00'),
    }),
    charge({
      id: ids.refunded,
      amount: 3000,
      amountRefunded: 3000,
      refunded: true,
      description: 'Autumn Summit: 1 ticket',
      receiptEmail: 'noor.haddad@example.com',
      metadata: { order_id: 'A-1006' },
      created: day(5, '08:00:00'),
    }),
    charge({
      id: ids.uncaptured,
      amount: 4000,
      captured: false,
      description: 'Festival pass (reserved)',
      receiptEmail: 'tomas.novak@example.com',
      metadata: { order_id: 'A-1007' },
      created: day(6, '13:20:00'),
    }),
    charge({
      id: ids.euro,
      amount: 8990,
      currency: 'eur',
      description: 'Berlin meetup: 2 tickets',
      receiptEmail: 'lena.schmidt@example.com',
      metadata: { order_id: 'B-2001' },
      created: day(7, '10:00:00'),
    }),
    charge({
      id: ids.yen,
      amount: 5000,
      currency: 'jpy',
      description: 'Tokyo workshop: 1 ticket',
      receiptEmail: 'yuki.tanaka@example.com',
      cardBrand: 'jcb',
      cardLast4: '0000',
      metadata: { order_id: 'C-3001' },
      created: day(8, '03:45:00'),
    }),
  ];
}

/** The refunds of {@link sampleCharges}. */
export function sampleRefunds(): RefundSummary[] {
  const ids = sampleChargeIds;
  return [
    refund({ id: 're_partial1', chargeId: ids.partial, amount: 2000, created: day(1, '15:00:00') }),
    refund({
      id: 're_partial2',
      chargeId: ids.partial,
      amount: 1000,
      reason: 'duplicate',
      created: day(0, '10:00:00'),
    }),
    refund({
      id: 're_pending1',
      chargeId: ids.pending,
      amount: 1500,
      status: 'pending',
      pendingReason: 'insufficient_funds',
      created: day(1, '12:00:00'),
    }),
    refund({
      id: 're_failed1',
      chargeId: ids.failed,
      amount: 2500,
      status: 'failed',
      failureReason: 'expired_or_canceled_card',
      created: day(2, '09:00:00'),
    }),
    refund({
      id: 're_refunded1',
      chargeId: ids.refunded,
      amount: 3000,
      reason: null,
      note: 'Event moved to a date the customer cannot attend',
      created: day(4, '17:30:00'),
    }),
  ];
}

/**
 * Plays the kit's charges and refunds routes in the browser, for stories, with the server's
 * rules: a refund larger than what is left is refused (400 `refund_exceeds_charge`, in Stripe's
 * wording), a fully refunded, disputed or uncaptured charge cannot be refunded, and a repeated
 * idempotency key gets the first refund back instead of a second one. Answers arrive after
 * `delay` and honour `AbortSignal`s.
 */
export function createFakeRefundsServer(script: FakeRefundsScript = {}): FakeRefundsServer {
  const delay = script.delay ?? 250;
  const charges = (script.charges ?? sampleCharges()).map((c) => ({ ...c }));
  const refunds = (script.refunds ?? sampleRefunds()).map((r) => ({ ...r }));
  const outcomes = [...(script.refundOutcomes ?? [])];
  const byIdempotencyKey = new Map<string, { fingerprint: string; refund: RefundSummary }>();
  const chargeRequests: FakeRefundsRequest[] = [];
  let sequence = 0;

  /** Waits as the network would, then fails the way the script says, if it does. */
  async function arrive(method: FakeRefundsMethod, options: RequestOptions | undefined) {
    await wait(script.hang?.includes(method) ? Number.POSITIVE_INFINITY : delay, options?.signal);
    const failure = script.fail?.[method];
    if (failure) throw failed(failure);
  }

  const find = (chargeId: string) => {
    const found = charges.find((c) => c.id === chargeId);
    if (!found) throw failed('charge_not_found');
    return found;
  };
  const refundsOf = (chargeId: string) =>
    refunds
      .filter((r) => r.chargeId === chargeId)
      .sort((a, b) => b.created.localeCompare(a.created))
      .map((r) => ({ ...r }));

  /** Makes the refund as Stripe would, or throws what Stripe would answer. */
  function refundCharge(body: CreateRefundRequest): RefundSummary {
    const target = find(body.chargeId);
    if (target.disputed) throw failed('charge_disputed');
    if (!target.captured) throw failed('charge_uncaptured');
    if (target.refunded) throw failed('charge_already_refunded');
    if (target.status !== 'succeeded') throw failed('charge_not_refundable');
    const amount = body.amount ?? target.amountRefundable;
    if (!Number.isInteger(amount) || amount <= 0) throw failed('amount_invalid');
    if (amount > target.amountRefundable) {
      const money = (minor: number) => formatMoney(minor, target.currency);
      throw failed('refund_exceeds_charge', {
        message: `Refund amount (${money(amount)}) is greater than unrefunded amount on charge (${money(target.amountRefundable)})`,
      });
    }
    const outcome = script.newRefunds ?? { status: 'succeeded' as const };
    sequence += 1;
    const made: RefundSummary = {
      id: `re_fake${String(sequence).padStart(4, '0')}`,
      chargeId: target.id,
      amount,
      currency: target.currency,
      status: outcome.status,
      reason: body.reason ?? null,
      pendingReason: outcome.status === 'pending' ? outcome.pendingReason : null,
      failureReason: outcome.status === 'failed' ? outcome.failureReason : null,
      note: body.note ?? null,
      created: new Date().toISOString(),
    };
    refunds.push(made);
    // A failed refund gives the money back to what can be refunded, as Stripe does.
    if (outcome.status !== 'failed') {
      target.amountRefunded += amount;
      target.amountRefundable -= amount;
      target.refunded = target.amountRefundable === 0;
    }
    return { ...made };
  }

  /** What happened to the charge elsewhere, for a refusal that says it changed. */
  function changedMeanwhile(chargeId: string, code: ConnectErrorCode): void {
    const target = charges.find((c) => c.id === chargeId);
    if (!target) return;
    const refundElsewhere = (amount: number) => {
      if (amount <= 0) return;
      sequence += 1;
      refunds.push({
        id: `re_dashboard${sequence}`,
        chargeId,
        amount,
        currency: target.currency,
        status: 'succeeded',
        reason: 'requested_by_customer',
        pendingReason: null,
        failureReason: null,
        note: null,
        created: new Date().toISOString(),
      });
      target.amountRefunded += amount;
      target.amountRefundable -= amount;
      target.refunded = target.amountRefundable === 0;
    };
    if (code === 'charge_already_refunded') refundElsewhere(target.amountRefundable);
    if (code === 'refund_exceeds_charge') refundElsewhere(target.amountRefundable - 1000);
    if (code === 'charge_disputed') {
      target.disputed = true;
      target.amountRefundable = 0;
    }
  }

  return {
    chargeRequests,
    refundCount: (chargeId) => refunds.filter((r) => r.chargeId === chargeId).length,

    listCharges: async (query, options) => {
      chargeRequests.push({ method: 'listCharges', ...(query ? { query: { ...query } } : {}) });
      await arrive('listCharges', options);
      const text = query?.query?.trim().toLowerCase() ?? '';
      // As the server finds charges: the id, a metadata value (an order reference) or the
      // receipt email whole, or part of the description, ignoring case.
      const matching = text
        ? charges.filter(
            (c) =>
              c.id.toLowerCase() === text ||
              c.receiptEmail?.toLowerCase() === text ||
              c.description?.toLowerCase().includes(text) ||
              Object.values(c.metadata).some((value) => value.toLowerCase() === text),
          )
        : charges;
      const start = query?.startingAfter
        ? matching.findIndex((c) => c.id === query.startingAfter) + 1
        : 0;
      const limit = query?.limit ?? 10;
      const data = matching.slice(start, start + limit).map((c) => ({ ...c }));
      return { data, hasMore: start + limit < matching.length } satisfies ListChargesResponse;
    },

    getCharge: async (chargeId, options) => {
      chargeRequests.push({ method: 'getCharge', chargeId });
      await arrive('getCharge', options);
      return {
        charge: { ...find(chargeId) },
        refunds: refundsOf(chargeId),
      } satisfies GetChargeResponse;
    },

    createRefund: async (body, options) => {
      chargeRequests.push({
        method: 'createRefund',
        chargeId: body.chargeId,
        ...(body.amount !== undefined ? { amount: body.amount } : {}),
        ...(body.reason ? { reason: body.reason } : {}),
        ...(body.note ? { note: body.note } : {}),
        idempotencyKey: body.idempotencyKey,
      });
      await arrive('createRefund', options);
      const outcome = outcomes.shift() ?? 'normal';
      if (outcome !== 'normal' && outcome !== 'answerLost') {
        changedMeanwhile(body.chargeId, outcome);
        throw failed(outcome);
      }
      const fingerprint = JSON.stringify([body.chargeId, body.amount, body.reason, body.note]);
      const earlier = byIdempotencyKey.get(body.idempotencyKey);
      if (earlier && earlier.fingerprint !== fingerprint) throw failed('idempotency_conflict');
      const made = earlier?.refund ?? refundCharge(body);
      byIdempotencyKey.set(body.idempotencyKey, { fingerprint, refund: made });
      if (outcome === 'answerLost') throw failed('network_error');
      return { refund: { ...made } } satisfies CreateRefundResponse;
    },
  };
}

/** The error the kit's client throws for a code, as the server would send it. */
function failed(code: ConnectErrorCode, options: { message?: string } = {}): ConnectError {
  if (code === 'network_error') return new ConnectError(code, { status: 0 });
  return new ConnectError(code, {
    ...options,
    ...(code === 'rate_limited' ? { retryAfterSeconds: 2 } : {}),
  });
}
