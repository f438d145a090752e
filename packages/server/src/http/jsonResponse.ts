import type { ConnectError } from '@pelago/connect-core';
import { publishableKeysIn, redactKeysExcept } from './publishableKeysIn';

/** Headers on every answer: nothing is cached, nothing is sniffed as another type. */
export const baseHeaders: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * An answer before it becomes a `Response`. `toNodeHandler` writes the kit's answers from this
 * form: building a `Response` and reading its stream back costs more than the answer itself.
 */
export interface HandlerAnswer {
  status: number;
  headers: Record<string, string>;
  /** The JSON text, or null for an answer without a body. */
  body: string | null;
}

/**
 * A JSON answer. The serialised body passes through `redactKeysInText` as a last guard, so
 * even a Stripe key that slipped into some field leaves only in redacted form (save the public
 * publishable keys of `publishableKey` fields).
 */
export function jsonAnswer(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): HandlerAnswer {
  return {
    status,
    headers: {
      ...baseHeaders,
      'Content-Type': 'application/json; charset=utf-8',
      ...headers,
    },
    // Publishable keys the body holds on purpose are public and stay whole (publishableKeysIn.ts).
    body: redactKeysExcept(JSON.stringify(body), publishableKeysIn(body)),
  };
}

/** An answer without a body (204). */
export function emptyAnswer(status: number, headers: Record<string, string> = {}): HandlerAnswer {
  return { status, headers: { ...baseHeaders, ...headers }, body: null };
}

/** The `{ error: { code, message, … } }` answer for a `ConnectError`, with `Retry-After`. */
export function errorAnswer(
  error: ConnectError,
  headers: Record<string, string> = {},
): HandlerAnswer {
  const extra: Record<string, string> = { ...headers };
  if (error.retryAfterSeconds !== undefined) {
    extra['Retry-After'] = String(Math.max(0, Math.ceil(error.retryAfterSeconds)));
  }
  return jsonAnswer(error.status, error.toJSON(), extra);
}

/** The answer as a fetch `Response`. */
export function toResponse(answer: HandlerAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** {@link jsonAnswer} as a `Response`. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return remembered(jsonAnswer(status, body, headers));
}

/** {@link emptyAnswer} as a `Response`. */
export function emptyResponse(status: number, headers: Record<string, string> = {}): Response {
  return remembered(emptyAnswer(status, headers));
}

/** {@link errorAnswer} as a `Response`. */
export function errorResponse(error: ConnectError, headers: Record<string, string> = {}): Response {
  return remembered(errorAnswer(error, headers));
}

// Reading a Response's stream back costs more than building the answer: node:http writes the
// text it was made from instead (see toNodeHandler). The kit's own handler skips the Response
// altogether under node:http, so only these helpers' answers are remembered.
const texts = new WeakMap<Response, string>();

function remembered(answer: HandlerAnswer): Response {
  const response = toResponse(answer);
  if (answer.body !== null) texts.set(response, answer.body);
  return response;
}

/** The body text of an answer made by the helpers above, while nobody has read its body. */
export function jsonResponseText(response: Response): string | undefined {
  const text = texts.get(response);
  return text === undefined || response.bodyUsed ? undefined : text;
}
