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
 * | StripeInvalidRequestError `charge_already_refunded` | charge_already_refunded (400) |
 * | StripeInvalidRequestError `charge_disputed` | charge_disputed (400) |
 * | StripeInvalidRequestError `resource_missing` | charge_not_found (404) |
 * | StripeInvalidRequestError 400 `param: amount` on a refund | refund_exceeds_charge (400) |
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
  if (!isStripeError(error)) return new ConnectError('internal_error');
  const make = (code: ConnectErrorCode, status: number, extra: Partial<Extra> = {}) =>
    new ConnectError(code, {
      status,
      ...(error.requestId ? { requestId: error.requestId } : {}),
      ...extra,
    });

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
      return make('internal_error', 500);
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
      return make('charge_disputed', 400);
    case 'resource_missing':
      return make('charge_not_found', 404);
  }
  // Stripe's code for "refund larger than what remains" is not settled; its status and param are.
  if (
    context.operation === 'refund' &&
    error.statusCode === 400 &&
    error.param === 'amount' &&
    !error.code?.startsWith('parameter_')
  ) {
    return make('refund_exceeds_charge', 400);
  }
  return make(
    'invalid_request',
    error.statusCode === 404 ? 404 : 400,
    error.message
      ? { message: `${connectErrorMessages.invalid_request} Stripe says: ${error.message}` }
      : {},
  );
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
