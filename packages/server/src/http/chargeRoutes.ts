import type { CreateChargeResponse, ListChargesResponse } from '@pelago/connect-core';
import { requestFingerprint } from './inFlightRequests';
import { loadMerchantKey } from './loadMerchantKey';
import {
  idempotencyKeyOf,
  optionalMetadata,
  optionalQueryInteger,
  optionalQueryString,
  optionalString,
  requiredNumber,
  requiredString,
} from './requestFields';
import type { RouteContext, RouteResult } from './routeTypes';
import { scopedIdempotencyKey } from './scopedIdempotencyKey';
import { toChargeSummary } from './wireSummaries';

/** `GET /charges?limit&startingAfter`: a page of the merchant's charges, newest first. */
export async function listCharges(context: RouteContext): Promise<RouteResult> {
  const { searchParams } = context.url;
  const limit = optionalQueryInteger(searchParams, 'limit');
  const startingAfter = optionalQueryString(searchParams, 'startingAfter', 255);
  const key = await loadMerchantKey(context);
  const page = await context.connect.merchant(key).charges.list({
    ...(limit !== undefined ? { limit } : {}),
    ...(startingAfter !== undefined ? { startingAfter } : {}),
  });
  const body: ListChargesResponse = { data: page.data.map(toChargeSummary), hasMore: page.hasMore };
  return { status: 200, body };
}

/**
 * `POST /charges` `{ amount, currency, source, description?, metadata?, idempotencyKey }`. The
 * idempotency key is required (body or `Idempotency-Key` header), so a double click or a retry
 * charges once. Concurrent identical requests share one Stripe call; Stripe gets the key scoped
 * to the merchant (see `scopedIdempotencyKey`).
 */
export async function createCharge(context: RouteContext): Promise<RouteResult> {
  const { body } = context;
  const idempotencyKey = idempotencyKeyOf(context.request, body);
  const description = optionalString(body, 'description', 1000);
  const metadata = optionalMetadata(body, 'metadata');
  const params = {
    amount: requiredNumber(body, 'amount'),
    currency: requiredString(body, 'currency', 10),
    source: requiredString(body, 'source', 255),
    ...(description !== undefined ? { description } : {}),
    ...(metadata !== undefined ? { metadata } : {}),
  };
  return context.inFlight.run(
    `${context.merchantId}\u0000charges\u0000${idempotencyKey}`,
    requestFingerprint(params),
    async () => {
      const key = await loadMerchantKey(context);
      const charge = await context.connect.merchant(key).charges.create(params, {
        idempotencyKey: scopedIdempotencyKey(context.merchantId, idempotencyKey),
      });
      const answer: CreateChargeResponse = { charge: toChargeSummary(charge) };
      return { status: 200, body: answer };
    },
  );
}
