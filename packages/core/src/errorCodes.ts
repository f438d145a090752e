/**
 * Every error code the kit uses, in one list so that code and UI stay in step.
 *
 * Groups: the key as pasted (same strings as {@link KeyParseCode}), the key as Stripe sees it,
 * money movement, Stripe availability, and the kit's own HTTP API.
 */
export const connectErrorCodes = [
  // the key as pasted
  'empty',
  'not_a_stripe_key',
  'secret_key',
  'publishable_key',
  'malformed',
  'wrong_mode',
  // the publishable key, as pasted and as Stripe sees it
  'publishable_key_invalid',
  'publishable_key_wrong_mode',
  'publishable_key_mismatch',
  // the key as Stripe sees it
  'key_invalid',
  'key_expired',
  'permission_missing',
  'key_not_connected',
  'key_unreadable',
  // money movement
  'amount_invalid',
  'currency_invalid',
  'card_declined',
  'charge_not_found',
  'refund_exceeds_charge',
  'charge_already_refunded',
  'charge_disputed',
  'charge_not_refundable',
  'charge_uncaptured',
  'refund_reason_invalid',
  'idempotency_conflict',
  'request_in_progress',
  'invalid_request',
  // Stripe availability
  'rate_limited',
  'stripe_unavailable',
  'network_error',
  'timeout',
  // the kit's HTTP API
  'unauthenticated',
  'forbidden',
  'origin_not_allowed',
  'unsupported_media_type',
  'payload_too_large',
  'malformed_json',
  'validation_failed',
  'not_found',
  'method_not_allowed',
  'internal_error',
] as const;

/** A machine-readable error code, shared by server responses, the browser client and UI messages. */
export type ConnectErrorCode = (typeof connectErrorCodes)[number];

/**
 * Default English messages, written for the merchant or admin who sees them. The React package
 * has its own translatable catalogue; these are the fallback and what the server sends.
 */
export const connectErrorMessages: Record<ConnectErrorCode, string> = {
  empty: 'Paste your restricted key. It starts with rk_live_ (or rk_test_ in test mode).',
  not_a_stripe_key:
    'This is not a Stripe restricted key. Copy the key that starts with rk_live_ (or rk_test_ in test mode) from Developers → API keys in the Stripe Dashboard.',
  secret_key:
    'This is a secret key, which can do anything on your Stripe account, so it was not accepted. Create a restricted key with write access to Charges and Refunds and paste that instead.',
  publishable_key:
    'This is a publishable key: it is public and cannot take payments. Paste the restricted key from the "Restricted keys" section of the same API keys page.',
  malformed:
    'This key is incomplete or has extra characters. Copy it again from the Stripe Dashboard and paste it as it is.',
  wrong_mode:
    'This key is for the other Stripe mode (test or live). Switch the Stripe Dashboard to the right mode and copy the key from there.',
  publishable_key_invalid:
    'This is not a publishable key. Paste the key from “Standard keys” on Developers → API keys: it starts with pk_live_ (or pk_test_).',
  publishable_key_wrong_mode:
    'This publishable key is for the other Stripe mode (test or live). Copy the one of the same mode as your restricted key.',
  publishable_key_mismatch:
    'This publishable key is from another Stripe account. Paste the one from the account your restricted key belongs to.',
  key_invalid:
    'Stripe does not recognise this key. It may have been deleted or mistyped. Copy the key again or create a new restricted key.',
  key_expired:
    'Stripe says this key has expired or was replaced. Create a new restricted key in the Stripe Dashboard and connect it.',
  permission_missing:
    'This key is missing a permission. Edit the key in the Stripe Dashboard and give it write access to Charges and Refunds.',
  key_not_connected: 'No Stripe key is connected yet. Connect a restricted key first.',
  key_unreadable: 'The stored Stripe key can no longer be read. Connect your restricted key again.',
  amount_invalid: 'Enter a valid amount.',
  currency_invalid: 'This currency is not supported.',
  card_declined: 'The card was declined.',
  charge_not_found: 'This charge could not be found on the connected Stripe account.',
  refund_exceeds_charge: 'The refund is larger than what is left to refund on this charge.',
  charge_already_refunded: 'This charge has already been fully refunded.',
  charge_disputed:
    'This charge is disputed, so it cannot be refunded here. Respond to the dispute in the Stripe Dashboard.',
  charge_not_refundable:
    'Stripe cannot refund this payment. Open it in the Stripe Dashboard to see why.',
  charge_uncaptured:
    'This payment was authorised but never captured, so there is nothing to refund: release it in the Stripe Dashboard instead.',
  refund_reason_invalid: 'Choose a refund reason: duplicate, fraudulent or requested by customer.',
  idempotency_conflict:
    'This request was already sent with different details. Reload and try again.',
  request_in_progress:
    'This request is still being processed. Wait a few seconds, then try again: it will not be done twice.',
  invalid_request: 'Stripe could not process this request.',
  rate_limited: 'Too many requests to Stripe right now. Wait a moment and try again.',
  stripe_unavailable: 'Stripe is not responding properly right now. Try again in a moment.',
  network_error: 'The connection to Stripe failed. Check the network and try again.',
  timeout: 'Stripe took too long to answer. Try again in a moment.',
  unauthenticated:
    'Your sign-in to this site has ended. Sign in again in another tab, then try again here; reloading this page also works.',
  forbidden: 'You do not have permission to do this.',
  origin_not_allowed: 'This page is not allowed to make this request.',
  unsupported_media_type: 'The request must be sent as JSON.',
  payload_too_large: 'The request is too large.',
  malformed_json: 'The request is not valid JSON.',
  validation_failed: 'Some of the details sent are not valid.',
  not_found: 'Not found.',
  method_not_allowed: 'This method is not allowed here.',
  internal_error:
    'This site could not finish the request. Try again in a moment; if it keeps failing, contact the site’s support.',
};

/** The HTTP status the kit's API answers with for each code. */
const statusByCode: Record<ConnectErrorCode, number> = {
  empty: 400,
  not_a_stripe_key: 400,
  secret_key: 400,
  publishable_key: 400,
  malformed: 400,
  wrong_mode: 400,
  publishable_key_invalid: 400,
  publishable_key_wrong_mode: 400,
  publishable_key_mismatch: 422,
  key_invalid: 422,
  key_expired: 422,
  permission_missing: 422,
  key_not_connected: 404,
  key_unreadable: 422,
  amount_invalid: 400,
  currency_invalid: 400,
  card_declined: 402,
  charge_not_found: 404,
  refund_exceeds_charge: 400,
  charge_already_refunded: 400,
  charge_disputed: 400,
  charge_not_refundable: 400,
  charge_uncaptured: 400,
  refund_reason_invalid: 400,
  idempotency_conflict: 409,
  request_in_progress: 409,
  invalid_request: 400,
  rate_limited: 429,
  stripe_unavailable: 502,
  network_error: 502,
  timeout: 504,
  unauthenticated: 401,
  forbidden: 403,
  origin_not_allowed: 403,
  unsupported_media_type: 415,
  payload_too_large: 413,
  malformed_json: 400,
  validation_failed: 400,
  not_found: 404,
  method_not_allowed: 405,
  internal_error: 500,
};

const codeSet: ReadonlySet<string> = new Set(connectErrorCodes);

/** True when `value` is one of the {@link ConnectErrorCode} strings. */
export function isConnectErrorCode(value: unknown): value is ConnectErrorCode {
  return typeof value === 'string' && codeSet.has(value);
}

/**
 * The HTTP status the kit's API uses for `code`: 400 for what was sent (key paste, amount,
 * validation), 422 for a key Stripe refuses, 402 for a declined card, 429/502/504 for Stripe
 * availability, and the usual 401/403/404/405/409/413/415/500 for the API itself.
 */
export function defaultStatusFor(code: ConnectErrorCode): number {
  return statusByCode[code] ?? 500;
}

/** True for the codes where trying the same request again later can succeed. */
export function isRetryableCode(code: ConnectErrorCode): boolean {
  return (
    code === 'rate_limited' ||
    code === 'request_in_progress' ||
    code === 'stripe_unavailable' ||
    code === 'network_error' ||
    code === 'timeout'
  );
}
