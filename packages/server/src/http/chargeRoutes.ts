import {
  ConnectError,
  type CreateChargeResponse,
  type GetChargeResponse,
  type ListChargesResponse,
} from '@pelago/connect-core';
import { wasReplayed } from './auditHooks';
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
import type { ChargeToApprove, RouteContext, RouteResult } from './routeTypes';
import { scopedIdempotencyKey } from './scopedIdempotencyKey';
import { toChargeSummary, toRefundSummary } from './wireSummaries';

/**
 * `GET /charges?limit&startingAfter&query`: a page of the merchant's charges, newest first. With
 * `query`, a charge id or an order reference (see `charges.list({ query })` in the SDK): the
 * page holds what a bounded scan found, and `nextStartingAfter` continues the scan.
 */
export async function listCharges(context: RouteContext): Promise<RouteResult> {
  const { searchParams } = context.url;
  const limit = optionalQueryInteger(searchParams, 'limit');
  const startingAfter = optionalQueryString(searchParams, 'startingAfter', 255);
  const query = searchParams.get('query') ?? undefined;
  const key = await loadMerchantKey(context);
  const page = await context.connect.merchant(key).charges.list({
    ...(limit !== undefined ? { limit } : {}),
    ...(startingAfter !== undefined ? { startingAfter } : {}),
    ...(query !== undefined ? { query } : {}),
  });
  const body: ListChargesResponse = {
    data: page.data.map(toChargeSummary),
    hasMore: page.hasMore,
    ...(page.hasMore && page.nextStartingAfter !== undefined
      ? { nextStartingAfter: page.nextStartingAfter }
      : {}),
  };
  return { status: 200, body };
}

/**
 * `GET /charges/:id`: the charge and its refunds, newest first (Stripe no longer includes them
 * in the charge). Both Stripe requests run at once: opening a charge costs one round trip.
 * Refunds beyond the first 100 of a charge are not listed.
 */
export async function getCharge(context: RouteContext): Promise<RouteResult> {
  const chargeId = context.params.id!;
  const key = await loadMerchantKey(context);
  const merchant = context.connect.merchant(key);
  const [charge, refunds] = await Promise.all([
    merchant.charges.retrieve(chargeId),
    merchant.refunds.list({ charge: chargeId, limit: 100 }),
  ]);
  const body: GetChargeResponse = {
    charge: toChargeSummary(charge),
    refunds: refunds.data.map(toRefundSummary),
  };
  return { status: 200, body };
}

/**
 * `POST /charges` `{ amount, currency, source, description?, metadata?, receiptEmail?,
 * idempotencyKey }`. The
 * idempotency key is required (body or `Idempotency-Key` header), so a double click or a retry
 * charges once. Concurrent identical requests share one Stripe call; Stripe gets the key scoped
 * to the merchant (see `scopedIdempotencyKey`).
 */
export async function createCharge(context: RouteContext): Promise<RouteResult> {
  const { body } = context;
  const idempotencyKey = idempotencyKeyOf(context.request, body);
  const description = optionalString(body, 'description', 1000);
  const metadata = optionalMetadata(body, 'metadata');
  const receiptEmail = optionalString(body, 'receiptEmail', 512);
  const params = {
    amount: requiredNumber(body, 'amount'),
    currency: requiredString(body, 'currency', 10),
    source: requiredString(body, 'source', 255),
    ...(description !== undefined ? { description } : {}),
    ...(metadata !== undefined ? { metadata } : {}),
    ...(receiptEmail !== undefined ? { receiptEmail } : {}),
  };
  await approve(context, params);
  return context.inFlight.run(
    `${context.merchantId}\u0000charges\u0000${idempotencyKey}`,
    requestFingerprint(params),
    async () => {
      const key = await loadMerchantKey(context);
      const charge = await context.connect.merchant(key).charges.create(params, {
        idempotencyKey: scopedIdempotencyKey(context.merchantId, idempotencyKey),
      });
      await confirmPairing(context, key, params.source);
      const answer: CreateChargeResponse = { charge: toChargeSummary(charge) };
      await context.audit.charge({
        merchantId: context.merchantId,
        role: context.role,
        chargeId: charge.id,
        amount: charge.amount,
        currency: charge.currency,
        ...(charge.description !== null ? { description: charge.description } : {}),
        replayed: wasReplayed(charge.raw),
      });
      return { status: 200, body: answer };
    },
  );
}

/** Asks the host's `approveCharge`, if any; a refusal or a failing check charges nothing. */
async function approve(
  context: RouteContext,
  params: Omit<ChargeToApprove, 'merchantId' | 'role' | 'request'>,
): Promise<void> {
  if (!context.approveCharge) return;
  const approved = await context.approveCharge({
    ...params,
    merchantId: context.merchantId,
    role: context.role,
    request: context.request,
  });
  if (approved !== true) {
    throw new ConnectError('forbidden', {
      message: 'This payment does not match the order it is for. Reload the page and try again.',
    });
  }
}

/**
 * A charge that succeeded with a card token proves the token's publishable key is of this
 * account: the stored publishable key's pairing becomes `confirmed` (one write per record).
 * Stripe's shared test tokens (`tok_visa`, letters only) work on every test account and prove
 * nothing. A failure here never fails the charge that was made.
 */
async function confirmPairing(context: RouteContext, key: string, source: string): Promise<void> {
  if (!/^tok_/.test(source) || /^tok_[A-Za-z_]+$/.test(source)) return;
  try {
    await context.vault.confirmPublishableKey?.(context.merchantId, key);
  } catch {
    // The status stays unconfirmed; the next payment tries again.
  }
}
