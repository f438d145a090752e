import {
  ConnectError,
  type ConnectErrorCode,
  connectErrorMessages,
  isConnectError,
} from '@pelago/connect-core';

/** What was being attempted, which decides how some Stripe answers read. */
export interface StripeErrorContext {
  operation?: 'charge' | 'refund' | 'list' | 'retrieve';
}

/** The fields of the `stripe` package's errors that the mapping reads. */
interface StripeLikeError {
  type: string;
  message?: string;
  code?: string;
  param?: string;
  decline_code?: string;
  statusCode?: number;
  requestId?: string;
  headers?: Record<string, string>;
  detail?: unknown;
}

/**
 * Maps anything the `stripe` package throws to a {@link ConnectError} with a merchant-readable
 * message, the HTTP status the kit answers with, and Stripe's request id. Messages never hold a
 * whole key: Stripe's wording is only added through `ConnectError`, which redacts keys in text.
 * Errors are recognised by their `type` (the class name), so a second copy of `stripe` works too.
 *
 * | Stripe | ConnectErrorCode (status) |
 * |---|---|
 * | StripeAuthenticationError `api_key_expired` | key_expired (422) |
 * | StripeAuthenticationError | key_invalid (422) |
 * | StripePermissionError | permission_missing (422) |
 * | StripeCardError | card_declined (402) + declineCode |
 * | `idempotency_key_in_use` (409, any error type) | request_in_progress (409, retryable) |
 * | StripeInvalidRequestError `charge_already_refunded` | charge_already_refunded (400) |
 * | StripeInvalidRequestError `charge_disputed`, `refund_disputed_payment` | charge_disputed (400) |
 * | StripeInvalidRequestError `charge_not_refundable` | charge_not_refundable (400) |
 * | StripeInvalidRequestError `resource_missing` | charge_not_found (404) |
 * | refund of an uncaptured charge (Stripe's wording) | charge_uncaptured (400) |
 * | StripeInvalidRequestError 400 `param: amount` on a refund | refund_exceeds_charge (400), saying what is left |
 * | StripeInvalidRequestError, other | invalid_request (400) |
 * | StripeIdempotencyError | idempotency_conflict (409) |
 * | StripeRateLimitError | rate_limited (429, retryable, retryAfterSeconds) |
 * | StripeAPIError | stripe_unavailable (502, retryable) |
 * | StripeConnectionError, timed out | timeout (504, retryable) |
 * | StripeConnectionError | network_error (502, retryable) |
 * | anything else | internal_error (500) |
 */
export function toConnectError(error: unknown, context: StripeErrorContext = {}): ConnectError {
  if (isConnectError(error)) return error;
  // The cause stays on the error for the operator's log line; answers never carry it.
  if (!isStripeError(error)) return new ConnectError('internal_error', { cause: error });
  const make = (code: ConnectErrorCode, status: number, extra: Partial<Extra> = {}) =>
    new ConnectError(code, {
      status,
      ...(error.requestId ? { requestId: error.requestId } : {}),
      ...extra,
    });

  // The same key is still being processed (a concurrent retry): not a failure, and it may be
  // sent again. Stripe sends it as an invalid request; some versions as an idempotency error.
  if (error.code === 'idempotency_key_in_use') {
    return make('request_in_progress', 409, { retryable: true });
  }
  switch (error.type) {
    case 'StripeAuthenticationError':
      return make(error.code === 'api_key_expired' ? 'key_expired' : 'key_invalid', 422);
    case 'StripePermissionError':
      return make('permission_missing', 422, { message: permissionMessage(error.message ?? '') });
    case 'StripeCardError': {
      const declineCode = error.decline_code ?? error.code;
      return make('card_declined', 402, {
        // Stripe writes card errors to be shown to the person paying.
        ...(error.message ? { message: error.message } : {}),
        ...(declineCode ? { declineCode } : {}),
      });
    }
    case 'StripeIdempotencyError':
      return make('idempotency_conflict', 409);
    case 'StripeRateLimitError':
      return make('rate_limited', 429, {
        retryable: true,
        retryAfterSeconds: retryAfter(error.headers?.['retry-after']),
      });
    case 'StripeInvalidRequestError':
      return invalidRequest(error, context, make);
    case 'StripeConnectionError':
      return isTimeout(error)
        ? make('timeout', 504, { retryable: true })
        : make('network_error', 502, { retryable: true });
    case 'StripeAPIError':
      return make('stripe_unavailable', 502, { retryable: true });
    default:
      return new ConnectError('internal_error', {
        status: 500,
        cause: error,
        ...(error.requestId ? { requestId: error.requestId } : {}),
      });
  }
}

/** True for an error thrown by the `stripe` package (any copy of it). */
export function isStripeError(error: unknown): error is StripeLikeError & Error {
  const type: unknown = error instanceof Error ? Reflect.get(error, 'type') : undefined;
  return typeof type === 'string' && type.startsWith('Stripe');
}

/** True when the `stripe` package gave up waiting (its own timeout), not on a network failure. */
export function isTimeout(error: StripeLikeError): boolean {
  const detail = error.detail as { code?: unknown } | undefined;
  return detail?.code === 'ETIMEDOUT' || /timeout/i.test(error.message ?? '');
}

type Extra = {
  message: string;
  retryable: boolean;
  retryAfterSeconds: number;
  declineCode: string;
};

function invalidRequest(
  error: StripeLikeError,
  context: StripeErrorContext,
  make: (code: ConnectErrorCode, status: number, extra?: Partial<Extra>) => ConnectError,
): ConnectError {
  switch (error.code) {
    case 'charge_already_refunded':
      return make('charge_already_refunded', 400);
    case 'charge_disputed':
    case 'refund_disputed_payment':
      return make('charge_disputed', 400);
    case 'charge_not_refundable':
      return make('charge_not_refundable', 400);
    case 'resource_missing':
      return make('charge_not_found', 404);
  }
  const message = error.message ?? '';
  if (context.operation === 'refund' && /\buncaptured charge\b/i.test(message)) {
    return make('charge_uncaptured', 400);
  }
  // Stripe's code for "refund larger than what remains" is not settled; its status and param are.
  if (
    context.operation === 'refund' &&
    error.statusCode === 400 &&
    error.param === 'amount' &&
    !error.code?.startsWith('parameter_') &&
    !error.code?.startsWith('amount_')
  ) {
    return make('refund_exceeds_charge', 400, { message: overRefundMessage(message) });
  }
  return make(
    'invalid_request',
    error.statusCode === 404 ? 404 : 400,
    error.message
      ? { message: `${connectErrorMessages.invalid_request} Stripe says: ${error.message}` }
      : {},
  );
}

/**
 * Says what is left to refund when Stripe's wording gives it: "…is greater than unrefunded
 * amount on charge ($21.45)" names what is left, "…is greater than charge amount ($50.00)" the
 * whole charge. Only the amount in brackets is taken from Stripe's text.
 */
export function overRefundMessage(stripeMessage: string): string {
  const left = /greater than unrefunded amount on charge \(([^()]{1,24})\)/i.exec(stripeMessage);
  if (left) {
    return `This refund is more than what is left to refund on this charge. Refund ${left[1]} or less.`;
  }
  const whole = /greater than charge amount \(([^()]{1,24})\)/i.exec(stripeMessage);
  if (whole) {
    return `This refund is more than the whole charge (${whole[1]}). Refund at most what is left on it.`;
  }
  return 'This refund is more than what is left to refund on this charge. Reload the charge to see what is left, then refund that or less.';
}

/** Names the Dashboard row to set to Write, from the `rak_` permission Stripe names. */
function permissionMessage(stripeMessage: string): string {
  if (/rak_refund_/.test(stripeMessage)) {
    return 'This key cannot create refunds. In the Stripe Dashboard, edit the restricted key and set Refunds to Write.';
  }
  if (/rak_charge_/.test(stripeMessage)) {
    return 'This key cannot create charges. In the Stripe Dashboard, edit the restricted key and set Charges to Write.';
  }
  return connectErrorMessages.permission_missing;
}

function retryAfter(header: string | undefined): number {
  const seconds = Number(header);
  return header !== undefined && Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : 1;
}
