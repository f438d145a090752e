import { createHash } from 'node:crypto';

/**
 * The idempotency key sent to Stripe for a client's key: `pelago:<scope>:<key>`, where the scope
 * is the first 16 hex digits of SHA-256 of the merchant id. Stripe keeps idempotency keys per
 * account, so without the prefix a client's `order-1` could meet the same key sent by another
 * integration on the merchant's account and get its answer. The scope hides the merchant id
 * and stays the same on every server instance, so retries still replay.
 */
export function scopedIdempotencyKey(merchantId: string, key: string): string {
  const scope = createHash('sha256').update(merchantId, 'utf8').digest('hex').slice(0, 16);
  return `pelago:${scope}:${key}`;
}
