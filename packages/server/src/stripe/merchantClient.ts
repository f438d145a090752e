import { randomUUID } from 'node:crypto';
import {
  ConnectError,
  type KeyMode,
  parseStripeKey,
  type RefundReason,
  refundNoteMetadataKey,
} from '@pelago/connect-core';
import type Stripe from 'stripe';
import { chargeIdQuery, chargeMatchesQuery, checkChargeQuery } from './chargeQuery';
import { type ChargeResult, type RefundResult, toChargeResult, toRefundResult } from './summaries';
import { type StripeErrorContext, toConnectError } from './toConnectError';
import {
  checkAmount,
  checkCurrency,
  checkId,
  checkLimit,
  checkMetadata,
  checkParams,
  checkReceiptEmail,
  checkRefundAmount,
  checkRefundNote,
  checkRefundReason,
  checkText,
} from './validateParams';

/** Parameters of {@link MerchantClient.charges}`.create`. */
export interface CreateChargeParams {
  /** In the currency's minor unit (cents for USD). */
  amount: number;
  /** Three-letter ISO code, any case. */
  currency: string;
  /** A card token or source id, e.g. `tok_visa` in test mode. */
  source: string;
  description?: string;
  metadata?: Record<string, string>;
  /** Where Stripe emails the receipt (in live mode; test mode sends none). */
  receiptEmail?: string;
}

/** Parameters of {@link MerchantClient.refunds}`.create`. */
export interface CreateRefundParams {
  chargeId: string;
  /** Part of the charge to refund, in minor units. Default: everything left. */
  amount?: number;
  reason?: RefundReason;
  /**
   * The admin's own words (a refund for another reason than Stripe's three), kept in the
   * refund's metadata under `refundNoteMetadataKey`. At most 500 characters.
   */
  note?: string;
  metadata?: Record<string, string>;
}

/** Options of a money-moving call. */
export interface MoneyRequestOptions {
  /**
   * Makes the call safe to repeat: Stripe answers a repeat with the first result. Give the same
   * key for the same intent (an order id, a button's one-time token). Default: a fresh UUID, which
   * still lets the `stripe` package retry a lost connection safely.
   */
  idempotencyKey?: string;
}

/** A page request. */
export interface ListParams {
  /** 1–100, default 20. */
  limit?: number;
  /** The id of the last object of the previous page. */
  startingAfter?: string;
}

/** A page of charges, optionally only those a query finds. */
export interface ChargeListParams extends ListParams {
  /**
   * A charge id (`ch_…`: looked up directly, one result or none) or a reference the host keeps
   * on the charge: a metadata value (an order id), the receipt email (both compared whole,
   * ignoring case) or part of the description. Found by scanning pages of charges, newest
   * first, at most {@link chargeScanLimit} charges per call; `hasMore` and `nextStartingAfter`
   * continue the scan. Stripe's search API is not used: not every account has it.
   */
  query?: string;
}

/** A page of refunds, optionally of one charge only. */
export interface RefundListParams extends ListParams {
  /** Only the refunds of this charge (`GET /v1/refunds?charge=`). */
  charge?: string;
}

/** A page of results, newest first. */
export interface ListResult<T> {
  data: T[];
  hasMore: boolean;
  /** While `hasMore`: the `startingAfter` of the next page (with a query, the last charge scanned). */
  nextStartingAfter?: string;
}

/** Charges one `charges.list({ query })` call looks at, at most: 5 pages of 100. */
export const chargeScanLimit = 500;
const scanPageSize = 100;

/** Charges and refunds on one merchant's Stripe account, through that merchant's key. */
export interface MerchantClient {
  charges: {
    create(params: CreateChargeParams, options?: MoneyRequestOptions): Promise<ChargeResult>;
    /** A page of charges, newest first; with `query`, only the charges it finds. */
    list(params?: ChargeListParams): Promise<ListResult<ChargeResult>>;
    /** One charge (Stripe no longer includes its refunds: see `refunds.list({ charge })`). */
    retrieve(id: string): Promise<ChargeResult>;
  };
  refunds: {
    create(params: CreateRefundParams, options?: MoneyRequestOptions): Promise<RefundResult>;
    /** A page of refunds, newest first; with `charge`, that charge's refunds only. */
    list(params?: RefundListParams): Promise<ListResult<RefundResult>>;
  };
}

/** Reports a failed Stripe call (the key only redacted). */
export type FailureReporter = (error: ConnectError, operation: string) => void;

/**
 * Builds a {@link MerchantClient} for `key`. Parameters are checked before any request; every
 * failure is a `ConnectError`. A key that is not a restricted key of the connection's mode is
 * refused on each call without contacting Stripe.
 */
export function createMerchantClient(
  key: string,
  mode: KeyMode,
  clientFor: (key: string) => Stripe,
  report: FailureReporter,
): MerchantClient {
  const parsed = parseStripeKey(key, { mode });

  const call = async <T>(
    operation: string,
    context: StripeErrorContext,
    run: (stripe: Stripe) => Promise<T>,
  ): Promise<T> => {
    if (!parsed.ok) {
      throw new ConnectError(parsed.code, { message: parsed.message, status: 422 });
    }
    try {
      return await run(clientFor(parsed.key));
    } catch (error) {
      const connectError = toConnectError(error, context);
      report(connectError, operation);
      throw connectError;
    }
  };

  return {
    charges: {
      async create(params, options = {}) {
        checkParams(params);
        const currency = checkCurrency(params.currency);
        const amount = checkAmount(params.amount, currency);
        if (typeof params.source !== 'string' || params.source.trim() === '') {
          throw new ConnectError('invalid_request', { message: 'A card source is required.' });
        }
        const source = checkText(params.source, 'source', 255, true)!;
        const description = checkText(params.description, 'description', 1000);
        const metadata = checkMetadata(params.metadata);
        const receiptEmail = checkReceiptEmail(params.receiptEmail);
        const body: Stripe.ChargeCreateParams = {
          amount,
          currency,
          source,
          ...(description !== undefined ? { description } : {}),
          ...(metadata ? { metadata } : {}),
          ...(receiptEmail !== undefined ? { receipt_email: receiptEmail } : {}),
        };
        const idempotencyKey = checkIdempotencyKey(options.idempotencyKey);
        return call('charges.create', { operation: 'charge' }, async (stripe) =>
          toChargeResult(await stripe.charges.create(body, { idempotencyKey })),
        );
      },
      async list(params = {}) {
        const page = listQuery(params);
        const query = checkChargeQuery(params.query);
        if (query === undefined) {
          return call('charges.list', { operation: 'list' }, async (stripe) =>
            toListResult(await stripe.charges.list(page), toChargeResult),
          );
        }
        const chargeId = chargeIdQuery(query);
        if (chargeId !== undefined) {
          // An id names at most one charge: the first page holds it, the next pages are empty.
          if (page.starting_after !== undefined) return { data: [], hasMore: false };
          return call('charges.retrieve', { operation: 'retrieve' }, async (stripe) => {
            try {
              return {
                data: [toChargeResult(await stripe.charges.retrieve(chargeId))],
                hasMore: false,
              };
            } catch (error) {
              if (isMissingObject(error)) return { data: [], hasMore: false };
              throw error;
            }
          });
        }
        return call('charges.list', { operation: 'list' }, (stripe) =>
          scanCharges(stripe, query, page.limit, page.starting_after),
        );
      },
      async retrieve(id) {
        const chargeId = checkId(id, 'charge id');
        return call('charges.retrieve', { operation: 'retrieve' }, async (stripe) =>
          toChargeResult(await stripe.charges.retrieve(chargeId)),
        );
      },
    },
    refunds: {
      async create(params, options = {}) {
        checkParams(params);
        const charge = checkId(params.chargeId, 'charge id');
        const reason = checkRefundReason(params.reason);
        // Stripe checks the amount against what is left on the charge.
        const amount = params.amount === undefined ? undefined : checkRefundAmount(params.amount);
        const note = checkRefundNote(params.note);
        const given = checkMetadata(params.metadata);
        // The note takes a metadata key of its own: the total must stay within Stripe's limits.
        const metadata =
          note === undefined ? given : checkMetadata({ ...given, [refundNoteMetadataKey]: note });
        const body: Stripe.RefundCreateParams = {
          charge,
          ...(amount !== undefined ? { amount } : {}),
          ...(reason ? { reason } : {}),
          ...(metadata ? { metadata } : {}),
        };
        const idempotencyKey = checkIdempotencyKey(options.idempotencyKey);
        return call('refunds.create', { operation: 'refund' }, async (stripe) =>
          toRefundResult(await stripe.refunds.create(body, { idempotencyKey })),
        );
      },
      async list(params = {}) {
        const query: Stripe.RefundListParams = listQuery(params);
        if (params.charge !== undefined) query.charge = checkId(params.charge, 'charge id');
        return call('refunds.list', { operation: 'list' }, async (stripe) =>
          toListResult(await stripe.refunds.list(query), toRefundResult),
        );
      },
    },
  };
}

function listQuery(params: ListParams): { limit: number; starting_after?: string } {
  const limit = checkLimit(params.limit);
  return params.startingAfter === undefined
    ? { limit }
    : { limit, starting_after: checkId(params.startingAfter, 'page cursor') };
}

function toListResult<S extends { id: string }, T>(
  page: Stripe.ApiList<S>,
  map: (item: S) => T,
): ListResult<T> {
  const last = page.data.at(-1)?.id;
  return {
    data: page.data.map(map),
    hasMore: page.has_more,
    ...(page.has_more && last !== undefined ? { nextStartingAfter: last } : {}),
  };
}

/**
 * Reads pages of charges, newest first, keeping those `query` finds, until `limit` are found,
 * the charges run out or {@link chargeScanLimit} have been looked at.
 */
async function scanCharges(
  stripe: Stripe,
  query: string,
  limit: number,
  startingAfter: string | undefined,
): Promise<ListResult<ChargeResult>> {
  const found: ChargeResult[] = [];
  let cursor = startingAfter;
  for (let scanned = 0; scanned < chargeScanLimit; scanned += scanPageSize) {
    const page = await stripe.charges.list({
      limit: scanPageSize,
      ...(cursor !== undefined ? { starting_after: cursor } : {}),
    });
    for (const [index, charge] of page.data.entries()) {
      cursor = charge.id;
      if (!chargeMatchesQuery(charge, query)) continue;
      found.push(toChargeResult(charge));
      if (found.length === limit) {
        const more = index < page.data.length - 1 || page.has_more;
        return { data: found, hasMore: more, ...(more ? { nextStartingAfter: cursor } : {}) };
      }
    }
    if (!page.has_more || page.data.length === 0) return { data: found, hasMore: false };
  }
  return {
    data: found,
    hasMore: true,
    ...(cursor !== undefined ? { nextStartingAfter: cursor } : {}),
  };
}

function isMissingObject(error: unknown): boolean {
  return (
    error instanceof Error &&
    Reflect.get(error, 'type') === 'StripeInvalidRequestError' &&
    Reflect.get(error, 'code') === 'resource_missing'
  );
}

function checkIdempotencyKey(key: unknown): string {
  if (key === undefined) return randomUUID();
  if (typeof key !== 'string' || key.length === 0 || key.length > 255) {
    throw new ConnectError('invalid_request', {
      message: 'The idempotency key must be 1 to 255 characters.',
    });
  }
  return key;
}
