import { ConnectError, type KeyStatus } from '@pelago/connect-core';
import type { AmountProblem } from './checkAmount';

/**
 * Why the form cannot take a payment before any card is typed: the amount or currency the host
 * gave, the merchant's connection (no key, no publishable key, another account's publishable
 * key, a key that may not charge), or `check_failed` when the server could not be asked.
 */
export type PaymentsUnavailableReason =
  | AmountProblem
  | 'not_connected'
  | 'publishable_key_missing'
  | 'publishable_key_mismatch'
  | 'charges_not_permitted'
  | 'check_failed';

/** The publishable key to load Stripe.js with, or why payments cannot be taken. */
export type PaymentsCheck =
  | { ok: true; publishableKey: string }
  | { ok: false; reason: PaymentsUnavailableReason; error: ConnectError };

/**
 * Reads `GET /key`'s status the way checkout needs it. `unconfirmed` pairing is payable: only
 * the first successful payment can prove the two keys belong to one account.
 */
export function checkPayments(status: KeyStatus): PaymentsCheck {
  if (!status.connected) return unavailable('not_connected');
  const readiness =
    status.payments ?? (status.publishableKey ? 'ready' : 'publishable_key_missing');
  if (readiness === 'ready' || readiness === 'unconfirmed') {
    if (status.publishableKey) return { ok: true, publishableKey: status.publishableKey };
    return unavailable('publishable_key_missing');
  }
  return unavailable(readiness);
}

// Written for the integrator, who gets them through `error` and `onError`; the attendee sees
// the catalogue's "Payments aren't available right now".
const integratorMessages: Record<PaymentsUnavailableReason, [ConnectError['code'], string]> = {
  amount_invalid: [
    'amount_invalid',
    'ChargeForm needs `amount` as a positive whole number of minor units within Stripe’s limits for the currency (2500 for $25.00).',
  ],
  currency_invalid: [
    'currency_invalid',
    'ChargeForm needs `currency` as a three-letter ISO code Stripe charges in, such as "usd".',
  ],
  not_connected: [
    'key_not_connected',
    'No Stripe key is connected for this merchant, so attendees cannot pay. Connect a restricted key and a publishable key first.',
  ],
  publishable_key_missing: [
    'publishable_key_invalid',
    'The merchant has not added a publishable key (pk_…), which Stripe.js needs to take card details. Add it in the onboarding form.',
  ],
  publishable_key_mismatch: [
    'publishable_key_mismatch',
    'The stored publishable key belongs to another Stripe account than the restricted key, so payments would fail. Replace it with the same account’s publishable key.',
  ],
  charges_not_permitted: [
    'permission_missing',
    'The connected restricted key may not create charges. In the Stripe Dashboard, set Charges to Write on the key, then verify it again.',
  ],
  check_failed: [
    'network_error',
    'The payment form could not read the connection status (GET /key) from the server.',
  ],
};

/** The reason with the error that tells the integrator about it. */
export function unavailable(
  reason: PaymentsUnavailableReason,
  cause?: ConnectError,
): { ok: false; reason: PaymentsUnavailableReason; error: ConnectError } {
  const [code, message] = integratorMessages[reason];
  return {
    ok: false,
    reason,
    error: cause ?? new ConnectError(code, { message, retryable: reason === 'check_failed' }),
  };
}
