import type { CreateRefundRequest } from '@pelago/connect-core';

/** A refund as the admin confirmed it, without its idempotency key. */
export type RefundIntent = Omit<CreateRefundRequest, 'idempotencyKey'> & { amount: number };

// One key per intent, kept until that intent succeeds. The map lives as long as the page, not
// the component: an admin who closes the panel while a refund is under way and tries the same
// refund again gets the same key, so Stripe answers with the first refund instead of a second.
const keys = new Map<string, string>();
const MAX_KEPT = 200;

/** The idempotency key of `intent`: the same one on every retry until it succeeds. */
export function intentKey(intent: RefundIntent): string {
  const signature = signatureOf(intent);
  let key = keys.get(signature);
  if (!key) {
    key = newKey();
    if (keys.size >= MAX_KEPT) keys.delete(keys.keys().next().value as string);
    keys.set(signature, key);
  }
  return key;
}

/** Forgets the key of an intent that succeeded: the same refund made again is a new intent. */
export function forgetIntentKey(intent: RefundIntent): void {
  keys.delete(signatureOf(intent));
}

function signatureOf({ chargeId, amount, reason, note }: RefundIntent): string {
  return JSON.stringify([chargeId, amount, reason ?? null, note ?? null]);
}

// crypto.randomUUID exists only in secure contexts; getRandomValues exists everywhere.
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return `refund_${crypto.randomUUID()}`;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `refund_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
