import { randomUUID } from 'node:crypto';
import {
  ConnectError,
  type KeyMode,
  parseStripeKey,
  type RefundReason,
} from '@pelago/connect-core';
import type Stripe from 'stripe';
import { type ChargeResult, type RefundResult, toChargeResult, toRefundResult } from './summaries';
import { type StripeErrorContext, toConnectError } from './toConnectError';
import {
  checkAmount,
  checkCurrency,
  checkId,
  checkLimit,
  checkMetadata,
  checkParams,
  checkRefundAmount,
  checkRefundReason,
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
}

/** Parameters of {@link MerchantClient.refunds}`.create`. */
export interface CreateRefundParams {
  chargeId: string;
  /** Part of the charge to refund, in minor units. Default: everything left. */
  amount?: number;
  reason?: RefundReason;
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

/** A page of results, newest first. */
export interface ListResult<T> {
  data: T[];
  hasMore: boolean;
}

/** Charges and refunds on one merchant's Stripe account, through that merchant's key. */
export interface MerchantClient {
  charges: {
    create(params: CreateChargeParams, options?: MoneyRequestOptions): Promise<ChargeResult>;
    list(params?: ListParams): Promise<ListResult<ChargeResult>>;
    retrieve(id: string): Promise<ChargeResult>;
  };
  refunds: {
    create(params: CreateRefundParams, options?: MoneyRequestOptions): Promise<RefundResult>;
    list(params?: ListParams): Promise<ListResult<RefundResult>>;
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
        const metadata = checkMetadata(params.metadata);
        const body: Stripe.ChargeCreateParams = {
          amount,
          currency,
          source: params.source,
          ...(params.description !== undefined ? { description: params.description } : {}),
          ...(metadata ? { metadata } : {}),
        };
        const idempotencyKey = checkIdempotencyKey(options.idempotencyKey);
        return call('charges.create', { operation: 'charge' }, async (stripe) =>
          toChargeResult(await stripe.charges.create(body, { idempotencyKey })),
        );
      },
      async list(params = {}) {
        const query = listQuery(params);
        return call('charges.list', { operation: 'list' }, async (stripe) => {
          const page = await stripe.charges.list(query);
          return { data: page.data.map(toChargeResult), hasMore: page.has_more };
        });
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
        const metadata = checkMetadata(params.metadata);
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
        const query = listQuery(params);
        return call('refunds.list', { operation: 'list' }, async (stripe) => {
          const page = await stripe.refunds.list(query);
          return { data: page.data.map(toRefundResult), hasMore: page.has_more };
        });
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

function checkIdempotencyKey(key: unknown): string {
  if (key === undefined) return randomUUID();
  if (typeof key !== 'string' || key.length === 0 || key.length > 255) {
    throw new ConnectError('invalid_request', {
      message: 'The idempotency key must be 1 to 255 characters.',
    });
  }
  return key;
}
