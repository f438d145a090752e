import { ConnectError } from '@pelago/connect-core';
import { isSendableText, metadataProblem, unsendableTextMessage } from '../stripe/sendableText';

/**
 * Shape checks for request bodies and queries. Each throws `ConnectError('validation_failed')`
 * naming the field; value rules (amount ranges, currencies, reasons) are left to the SDK, which
 * answers with its own codes.
 */

/** The body as an object, or `validation_failed`. */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid('The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/**
 * A string field, or undefined when absent (null counts as absent). Text Stripe cannot take
 * (a NUL character, a lone surrogate) is refused here, before anything is sent anywhere.
 */
export function optionalString(
  body: Record<string, unknown>,
  field: string,
  maxLength: number,
): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > maxLength) {
    throw invalid(`"${field}" must be a string of at most ${maxLength} characters.`);
  }
  if (!isSendableText(value)) throw invalid(unsendableTextMessage(field));
  return value;
}

/** A non-empty string field. */
export function requiredString(
  body: Record<string, unknown>,
  field: string,
  maxLength: number,
): string {
  const value = optionalString(body, field, maxLength);
  if (value === undefined || value === '') throw invalid(`"${field}" is required.`);
  return value;
}

/** A number field (its range is checked by the SDK), or undefined when absent. */
export function optionalNumber(body: Record<string, unknown>, field: string): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(`"${field}" must be a number (in the currency's smallest unit).`);
  }
  return value;
}

/** A number field that must be present. */
export function requiredNumber(body: Record<string, unknown>, field: string): number {
  const value = optionalNumber(body, field);
  if (value === undefined) throw invalid(`"${field}" is required.`);
  return value;
}

/** A metadata object within Stripe's limits (see `metadataProblem`), or undefined when absent. */
export function optionalMetadata(
  body: Record<string, unknown>,
  field: string,
): Record<string, string> | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalid(`"${field}" must be an object of strings.`);
  }
  const problem = metadataProblem(field, value);
  if (problem !== null) throw invalid(problem);
  return Object.fromEntries(Object.entries(value)) as Record<string, string>;
}

/** A positive whole number from a query string, or undefined when absent. */
export function optionalQueryInteger(params: URLSearchParams, name: string): number | undefined {
  const text = params.get(name);
  if (text === null) return undefined;
  if (!/^\d{1,6}$/.test(text)) throw invalid(`"${name}" must be a whole number.`);
  return Number(text);
}

/** A non-empty query string value, or undefined when absent. */
export function optionalQueryString(
  params: URLSearchParams,
  name: string,
  maxLength: number,
): string | undefined {
  const text = params.get(name);
  if (text === null) return undefined;
  if (text === '' || text.length > maxLength) {
    throw invalid(`"${name}" must be 1 to ${maxLength} characters.`);
  }
  return text;
}

/**
 * The required idempotency key from the `Idempotency-Key` header or the body's
 * `idempotencyKey` (both allowed when equal): 1–200 visible ASCII characters, which leaves room
 * within Stripe's 255 for the merchant scope added by `scopedIdempotencyKey`.
 */
export function idempotencyKeyOf(request: Request, body: Record<string, unknown>): string {
  const header = request.headers.get('idempotency-key') ?? undefined;
  const field = body.idempotencyKey ?? undefined;
  if (header !== undefined && field !== undefined && header !== field) {
    throw invalid('The Idempotency-Key header and "idempotencyKey" differ; send one of them.');
  }
  const key = header ?? field;
  if (key === undefined) {
    throw invalid(
      'An idempotency key is required: send "idempotencyKey" or an Idempotency-Key header, the same for every retry of this request.',
    );
  }
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    throw invalid(
      `The idempotency key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters.`,
    );
  }
  return key;
}

/** The longest idempotency key a client may send. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

// 1 to MAX_IDEMPOTENCY_KEY_LENGTH visible ASCII characters.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

function invalid(message: string): ConnectError {
  return new ConnectError('validation_failed', { message });
}
