import { type ConnectError, redactKeysInText } from '@pelago/connect-core';

/** Headers on every answer: nothing is cached, nothing is sniffed as another type. */
export const baseHeaders: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * A JSON answer. The serialised body passes through `redactKeysInText` as a last guard, so
 * even a Stripe key that slipped into some field leaves only in redacted form.
 */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(redactKeysInText(JSON.stringify(body)), {
    status,
    headers: {
      ...baseHeaders,
      'Content-Type': 'application/json; charset=utf-8',
      ...headers,
    },
  });
}

/** An answer without a body (204). */
export function emptyResponse(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { ...baseHeaders, ...headers } });
}

/** The `{ error: { code, message, … } }` answer for a `ConnectError`, with `Retry-After`. */
export function errorResponse(error: ConnectError, headers: Record<string, string> = {}): Response {
  const extra: Record<string, string> = { ...headers };
  if (error.retryAfterSeconds !== undefined) {
    extra['Retry-After'] = String(Math.max(0, Math.ceil(error.retryAfterSeconds)));
  }
  return jsonResponse(error.status, error.toJSON(), extra);
}
