import { describe, expect, it } from 'vitest';
import {
  connectErrorCodes,
  connectErrorMessages,
  defaultStatusFor,
  isConnectErrorCode,
  isRetryableCode,
} from './errorCodes';

describe('error codes', () => {
  it('has a merchant-facing message for every code', () => {
    for (const code of connectErrorCodes) {
      expect(connectErrorMessages[code].length, code).toBeGreaterThan(5);
      expect(connectErrorMessages[code], code).toMatch(/[.!?]$/);
    }
    expect(Object.keys(connectErrorMessages).sort()).toEqual([...connectErrorCodes].sort());
  });

  it('recognises its own codes and nothing else', () => {
    for (const code of connectErrorCodes) expect(isConnectErrorCode(code)).toBe(true);
    for (const value of ['', 'toString', 'constructor', 'KEY_INVALID', 42, null, undefined, {}]) {
      expect(isConnectErrorCode(value)).toBe(false);
    }
  });

  it.each([
    ['malformed', 400],
    ['secret_key', 400],
    ['validation_failed', 400],
    ['malformed_json', 400],
    ['amount_invalid', 400],
    ['unauthenticated', 401],
    ['card_declined', 402],
    ['forbidden', 403],
    ['origin_not_allowed', 403],
    ['not_found', 404],
    ['charge_not_found', 404],
    ['key_not_connected', 404],
    ['method_not_allowed', 405],
    ['idempotency_conflict', 409],
    ['request_in_progress', 409],
    ['charge_not_refundable', 400],
    ['charge_uncaptured', 400],
    ['refund_exceeds_charge', 400],
    ['payload_too_large', 413],
    ['unsupported_media_type', 415],
    ['key_invalid', 422],
    ['key_expired', 422],
    ['permission_missing', 422],
    ['rate_limited', 429],
    ['internal_error', 500],
    ['stripe_unavailable', 502],
    ['network_error', 502],
    ['timeout', 504],
  ] as const)('%s answers %i', (code, status) => {
    expect(defaultStatusFor(code)).toBe(status);
  });

  it('gives every code a 4xx or 5xx status', () => {
    for (const code of connectErrorCodes) {
      expect(defaultStatusFor(code)).toBeGreaterThanOrEqual(400);
      expect(defaultStatusFor(code)).toBeLessThan(600);
    }
  });

  it('words refund refusals for an admin: what happened and what to do', () => {
    expect(connectErrorMessages.request_in_progress).toMatch(/still being processed/);
    expect(connectErrorMessages.request_in_progress).toMatch(/try again/);
    expect(connectErrorMessages.request_in_progress).not.toMatch(/fail/i);
    expect(connectErrorMessages.charge_uncaptured).toMatch(/release it/);
    expect(connectErrorMessages.charge_not_refundable).toMatch(/Stripe Dashboard/);
  });

  it('calls retryable only availability problems and a request still being processed', () => {
    const retryable = connectErrorCodes.filter(isRetryableCode);
    expect(retryable.sort()).toEqual(
      [
        'network_error',
        'rate_limited',
        'request_in_progress',
        'stripe_unavailable',
        'timeout',
      ].sort(),
    );
  });
});
