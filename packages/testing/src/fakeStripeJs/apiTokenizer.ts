import type { FakeStripeError, FakeToken, FakeTokenizer } from './types';

const connectionError: FakeStripeError = {
  type: 'api_connection_error',
  message: 'An error occurred with our connection to Stripe. Please try again.',
};

const errorTypes = new Set<FakeStripeError['type']>([
  'card_error',
  'validation_error',
  'invalid_request_error',
  'api_connection_error',
  'api_error',
]);

/** The API's error types that Stripe.js reports as the request's fault. */
const requestErrorTypes = new Set([
  'authentication_error',
  'permission_error',
  'idempotency_error',
]);

/**
 * Tokenizes with `POST {apiBase}/v1/tokens` (form-encoded card, the publishable key as a bearer
 * token), as Stripe.js does against Stripe: the sandbox ties the token to the key's account.
 */
export function apiTokenizer(apiBase: string): FakeTokenizer {
  const url = `${apiBase.replace(/\/+$/, '')}/v1/tokens`;
  return async (publishableKey, card) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${publishableKey}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          'card[number]': card.number,
          'card[exp_month]': String(card.expMonth),
          'card[exp_year]': String(card.expYear),
          'card[cvc]': card.cvc,
        }).toString(),
      });
    } catch {
      return { error: connectionError };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (response.ok && (body as { object?: unknown } | undefined)?.object === 'token') {
      return { token: body as FakeToken };
    }
    return { error: toStripeJsError(body, response.status) };
  };
}

/** Stripe's error body as Stripe.js resolves it; anything unreadable is an `api_error`. */
function toStripeJsError(body: unknown, status: number): FakeStripeError {
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  if (!error || typeof error.message !== 'string') {
    return { type: 'api_error', message: `Stripe answered HTTP ${status} without an error.` };
  }
  const type = errorTypes.has(error.type as FakeStripeError['type'])
    ? (error.type as FakeStripeError['type'])
    : requestErrorTypes.has(error.type as string)
      ? 'invalid_request_error'
      : 'api_error';
  return {
    type,
    message: error.message,
    ...(typeof error.code === 'string' ? { code: error.code } : {}),
    ...(typeof error.decline_code === 'string' ? { decline_code: error.decline_code } : {}),
    ...(typeof error.param === 'string' ? { param: error.param } : {}),
  };
}
