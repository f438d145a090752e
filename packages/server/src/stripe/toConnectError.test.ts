import { ConnectError } from '@pelago/connect-core';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { toConnectError } from './toConnectError';

const { errors } = Stripe;
const raw = (fields: Record<string, unknown>) => ({ requestId: 'req_123', ...fields });

describe('toConnectError', () => {
  it.each([
    [
      'expired key',
      new errors.StripeAuthenticationError(raw({ statusCode: 401, code: 'api_key_expired' })),
      'key_expired',
      422,
    ],
    [
      'invalid key',
      new errors.StripeAuthenticationError(raw({ statusCode: 401 })),
      'key_invalid',
      422,
    ],
    [
      'missing permission',
      new errors.StripePermissionError(raw({ statusCode: 403 })),
      'permission_missing',
      422,
    ],
    [
      'declined card',
      new errors.StripeCardError(raw({ statusCode: 402, code: 'card_declined' })),
      'card_declined',
      402,
    ],
    [
      'already refunded',
      new errors.StripeInvalidRequestError(
        raw({ statusCode: 400, code: 'charge_already_refunded' }),
      ),
      'charge_already_refunded',
      400,
    ],
    [
      'disputed',
      new errors.StripeInvalidRequestError(raw({ statusCode: 400, code: 'charge_disputed' })),
      'charge_disputed',
      400,
    ],
    [
      'missing object',
      new errors.StripeInvalidRequestError(raw({ statusCode: 404, code: 'resource_missing' })),
      'charge_not_found',
      404,
    ],
    [
      'other bad request',
      new errors.StripeInvalidRequestError(raw({ statusCode: 400, code: 'amount_too_small' })),
      'invalid_request',
      400,
    ],
    [
      'reused idempotency key',
      new errors.StripeIdempotencyError(raw({ statusCode: 400 })),
      'idempotency_conflict',
      409,
    ],
    ['rate limit', new errors.StripeRateLimitError(raw({ statusCode: 429 })), 'rate_limited', 429],
    [
      'Stripe error',
      new errors.StripeAPIError(raw({ statusCode: 500 })),
      'stripe_unavailable',
      502,
    ],
    [
      'connection lost',
      new errors.StripeConnectionError(
        raw({ message: 'An error occurred with our connection to Stripe.' }),
      ),
      'network_error',
      502,
    ],
    [
      'timeout',
      new errors.StripeConnectionError(
        raw({ message: 'Request aborted due to timeout being reached (100ms)' }),
      ),
      'timeout',
      504,
    ],
    ['anything else', new TypeError('x is undefined'), 'internal_error', 500],
  ])('maps %s', (_name, error, code, status) => {
    const mapped = toConnectError(error);
    expect(mapped).toBeInstanceOf(ConnectError);
    expect(mapped).toMatchObject({ code, status });
    if (error instanceof errors.StripeError) expect(mapped.requestId).toBe('req_123');
  });

  it('maps a refund above what is left only for refunds (status 400, param amount)', () => {
    const error = new errors.StripeInvalidRequestError(
      raw({
        statusCode: 400,
        param: 'amount',
        message: 'Refund amount ($25.00) is greater than unrefunded amount on charge ($21.45)',
      }),
    );
    expect(toConnectError(error, { operation: 'refund' }).code).toBe('refund_exceeds_charge');
    expect(toConnectError(error, { operation: 'charge' }).code).toBe('invalid_request');
  });

  it('keeps the decline code and marks availability errors retryable', () => {
    const declined = toConnectError(
      new errors.StripeCardError(
        raw({ statusCode: 402, code: 'card_declined', decline_code: 'insufficient_funds' }),
      ),
    );
    expect(declined).toMatchObject({ declineCode: 'insufficient_funds', retryable: false });
    expect(toConnectError(new errors.StripeAPIError(raw({ statusCode: 503 }))).retryable).toBe(
      true,
    );
  });

  it('never repeats a key that appears in Stripe’s wording', () => {
    const key = `rk_test_${'K3y'.repeat(30)}`;
    const mapped = toConnectError(
      new errors.StripeInvalidRequestError(
        raw({ statusCode: 400, message: `Bad key ${key} given` }),
      ),
    );
    expect(mapped.message).toContain('Stripe says');
    expect(mapped.message).not.toContain(key);
    expect(JSON.stringify(mapped)).not.toContain(key);
  });

  it('passes a ConnectError through unchanged', () => {
    const error = new ConnectError('amount_invalid');
    expect(toConnectError(error)).toBe(error);
  });
});
