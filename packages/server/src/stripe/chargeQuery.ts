import { ConnectError } from '@pelago/connect-core';
import type Stripe from 'stripe';

/** Longest query accepted: Stripe's longest id and metadata value are shorter. */
const maxQueryLength = 500;
const chargeIdPattern = /^ch_[A-Za-z0-9_]{1,252}$/;

/** Checks a charge query and trims it; an empty one means no query at all. */
export function checkChargeQuery(query: unknown): string | undefined {
  if (query === undefined || query === null) return undefined;
  if (typeof query !== 'string' || query.length > maxQueryLength) {
    throw new ConnectError('invalid_request', {
      message: `Search with a charge id or an order reference of at most ${maxQueryLength} characters.`,
    });
  }
  const trimmed = query.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The charge id a query names, when it is one (`ch_…`). */
export function chargeIdQuery(query: string): string | undefined {
  return chargeIdPattern.test(query) ? query : undefined;
}

/**
 * Whether a query finds a charge: its id, a metadata value (an order reference) or the receipt
 * email, each compared whole and ignoring case, or a part of its description.
 */
export function chargeMatchesQuery(charge: Stripe.Charge, query: string): boolean {
  const wanted = query.toLowerCase();
  const same = (value: string | null | undefined) =>
    typeof value === 'string' && value.trim().toLowerCase() === wanted;
  if (charge.id === query) return true;
  if (Object.values(charge.metadata ?? {}).some(same)) return true;
  if (same(charge.receipt_email) || same(charge.billing_details?.email)) return true;
  return charge.description?.toLowerCase().includes(wanted) ?? false;
}
