import type { CreateChargeRequest } from '@pelago/connect-core';

/** A payment as the host described it, without the card or the idempotency key. */
export type ChargeIntent = Pick<
  CreateChargeRequest,
  'amount' | 'currency' | 'description' | 'metadata'
> & { receiptEmail?: string };

/**
 * A string that is the same for the same payment whatever the order of its metadata or the
 * identity of the objects: a host re-rendering with a fresh `metadata` object keeps its intent.
 */
export function intentSignature(intent: ChargeIntent): string {
  const metadata = Object.entries(intent.metadata ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([
    intent.amount,
    intent.currency.trim().toLowerCase(),
    intent.description ?? null,
    metadata,
    intent.receiptEmail ?? null,
  ]);
}

/** A fresh idempotency key for one payment intent. */
export function newIdempotencyKey(): string {
  // crypto.randomUUID exists only in secure contexts; getRandomValues exists everywhere.
  if (typeof crypto.randomUUID === 'function') return `charge_${crypto.randomUUID()}`;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `charge_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
