import type { PublishableKeyPairing } from '@pelago/connect-core';

/**
 * Reads a stored publishable key and its pairing. Without a key there is no pairing; a pairing
 * that is not a known value reads as `unconfirmed`, so a damaged row never claims a confirmed pair.
 */
export function parsePairing(
  publishableKey: unknown,
  pairing: unknown,
): { publishableKey: string | null; publishableKeyPairing: PublishableKeyPairing | null } {
  if (typeof publishableKey !== 'string' || publishableKey === '') {
    return { publishableKey: null, publishableKeyPairing: null };
  }
  const known = pairing === 'confirmed' || pairing === 'mismatch' ? pairing : 'unconfirmed';
  return { publishableKey, publishableKeyPairing: known };
}
