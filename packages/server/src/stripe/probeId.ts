import { randomBytes } from 'node:crypto';

/**
 * An object id made up for a probe (`tok_pelagoprobe…`, `ch_pelagoprobe…`): random, so it never
 * names an object on any account, and recognisable in the merchant's Stripe request logs.
 */
export function probeId(prefix: 'tok_' | 'ch_'): string {
  return `${prefix}pelagoprobe${randomBytes(12).toString('hex')}`;
}
