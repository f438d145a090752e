import type { CreateRefundResponse, RefundReason } from '@pelago/connect-core';
import { requestFingerprint } from './inFlightRequests';
import { loadMerchantKey } from './loadMerchantKey';
import {
  idempotencyKeyOf,
  optionalMetadata,
  optionalNumber,
  optionalString,
  requiredString,
} from './requestFields';
import type { RouteContext, RouteResult } from './routeTypes';
import { scopedIdempotencyKey } from './scopedIdempotencyKey';
import { toRefundSummary } from './wireSummaries';

/**
 * `POST /refunds` `{ chargeId, amount?, reason?, metadata?, idempotencyKey }`. The idempotency
 * key is required (body or `Idempotency-Key` header): a double click or a retry then refunds
 * once. Concurrent identical requests on this instance share one Stripe call; across instances,
 * Stripe's idempotency answers the repeats with the first refund. Stripe gets the key scoped to
 * the merchant (see `scopedIdempotencyKey`).
 */
export async function createRefund(context: RouteContext): Promise<RouteResult> {
  const { body } = context;
  const idempotencyKey = idempotencyKeyOf(context.request, body);
  const amount = optionalNumber(body, 'amount');
  const reason = optionalString(body, 'reason', 40) as RefundReason | undefined;
  const metadata = optionalMetadata(body, 'metadata');
  const params = {
    chargeId: requiredString(body, 'chargeId', 255),
    ...(amount !== undefined ? { amount } : {}),
    ...(reason !== undefined ? { reason } : {}),
    ...(metadata !== undefined ? { metadata } : {}),
  };
  return context.inFlight.run(
    `${context.merchantId}\u0000refunds\u0000${idempotencyKey}`,
    requestFingerprint(params),
    async () => {
      const key = await loadMerchantKey(context);
      const refund = await context.connect.merchant(key).refunds.create(params, {
        idempotencyKey: scopedIdempotencyKey(context.merchantId, idempotencyKey),
      });
      const answer: CreateRefundResponse = { refund: toRefundSummary(refund) };
      return { status: 200, body: answer };
    },
  );
}
