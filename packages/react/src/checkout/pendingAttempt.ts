/**
 * A payment being made: its intent, its one idempotency key and, once made, the card token,
 * kept for retries.
 */
export interface PaymentAttempt {
  signature: string;
  idempotencyKey: string;
  token?: { id: string; brand: string | undefined; last4: string | undefined };
}

/** A payment whose answer was lost: it has a token, and must be sent again exactly as it was. */
export type PendingAttempt = Required<PaymentAttempt>;

// One entry per intent: two payment forms in one tab never take each other's attempt. The name
// holds a hash, not the signature, so the receipt email stays out of the storage keys.
const storageKey = (signature: string) => `pelago-connect:pending-charge:${hashOf(signature)}`;

/**
 * Keeps a payment whose outcome is unknown in sessionStorage, so that reloading the page offers
 * to send it again rather than a new payment. Only the intent's signature, the idempotency key
 * and the token (its id, the card's brand and last four digits); never a key. Storage may be
 * missing (server), blocked or full: resuming is then lost, paying still works.
 */
export function savePendingAttempt(attempt: PendingAttempt): void {
  const { signature, idempotencyKey, token } = attempt;
  try {
    const saved = JSON.stringify({ signature, idempotencyKey, token });
    globalThis.sessionStorage?.setItem(storageKey(signature), saved);
  } catch {
    // Blocked or full: the attempt lives on in memory until the page goes.
  }
}

/** The payment of this intent left pending in this tab, if any and if well-formed. */
export function readPendingAttempt(signature: string): PendingAttempt | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(storageKey(signature));
    if (!raw) return undefined;
    const { signature: found, idempotencyKey, token } = JSON.parse(raw) ?? {};
    // Another intent under the same hash, or anything else found there, is not this payment.
    if (found !== signature || !isText(idempotencyKey) || !isText(token?.id)) return undefined;
    return {
      signature,
      idempotencyKey,
      token: { id: token.id, brand: textOr(token.brand), last4: textOr(token.last4) },
    };
  } catch {
    return undefined;
  }
}

/** Forgets the pending payment of this intent: it settled, or it is no longer the one shown. */
export function forgetPendingAttempt(signature: string): void {
  try {
    globalThis.sessionStorage?.removeItem(storageKey(signature));
  } catch {
    // Blocked: nothing could have been saved either.
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const textOr = (value: unknown) => (isText(value) ? value : undefined);

/** A 32-bit string hash (Java's), in hex: short and stable, not a secret. */
function hashOf(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i += 1) hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(16);
}
