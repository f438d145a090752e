import { ConnectError, type CreateRefundResponse, type RefundReason } from '@pelago/connect-core';
import { wasReplayed } from './auditHooks';
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
 * `POST /refunds` `{ chargeId, amount?, reason?, note?, metadata?, idempotencyKey }`. A `note`
 * (at most 500 characters) is kept in the refund's metadata. The idempotency
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
  const note = optionalNote(body);
  const params = {
    chargeId: requiredString(body, 'chargeId', 255),
    ...(amount !== undefined ? { amount } : {}),
    ...(reason !== undefined ? { reason } : {}),
    ...(note !== undefined ? { note } : {}),
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
      await context.audit.refund({
        merchantId: context.merchantId,
        role: context.role,
        chargeId: refund.chargeId,
        amount: refund.amount,
        currency: refund.currency,
        reason: refund.reason,
        ...(refund.note !== null ? { note: refund.note } : {}),
        refundId: refund.id,
        replayed: wasReplayed(refund.raw),
      });
      return { status: 200, body: answer };
    },
  );
}

/** The note as text (its length is checked by the SDK, which says how long it may be). */
function optionalNote(body: Record<string, unknown>): string | undefined {
  const note = body.note;
  if (note === undefined || note === null) return undefined;
  if (typeof note !== 'string') {
    throw new ConnectError('validation_failed', { message: '"note" must be a string.' });
  }
  return note;
}
