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

  describe('refund outcomes, worded for an admin', () => {
    const refundError = (
      fields: Record<string, unknown>,
      type = errors.StripeInvalidRequestError,
    ) => toConnectError(new type(raw({ statusCode: 400, ...fields })), { operation: 'refund' });

    it('says what is left when Stripe’s over-refund wording gives it', () => {
      const mapped = refundError({
        param: 'amount',
        code: '',
        message: 'Refund amount ($25.00) is greater than unrefunded amount on charge ($21.45)',
      });
      expect(mapped).toMatchObject({ code: 'refund_exceeds_charge', status: 400 });
      expect(mapped.message).toBe(
        'This refund is more than what is left to refund on this charge. Refund $21.45 or less.',
      );
      expect(mapped.retryable).toBe(false);
    });

    it('maps the other over-refund wording, naming the charge amount, not what is left', () => {
      const mapped = refundError({
        param: 'amount',
        message: 'Refund amount ($60.00) is greater than charge amount ($50.00)',
      });
      expect(mapped.code).toBe('refund_exceeds_charge');
      expect(mapped.message).toBe(
        'This refund is more than the whole charge ($50.00). Refund at most what is left on it.',
      );
      const unworded = refundError({ param: 'amount', message: 'Nope.' });
      expect(unworded.code).toBe('refund_exceeds_charge');
      expect(unworded.message).toMatch(/Reload the charge to see what is left/);
    });

    it('keeps amount errors with their own codes out of over-refunds', () => {
      expect(refundError({ param: 'amount', code: 'amount_too_large' }).code).toBe(
        'invalid_request',
      );
      expect(refundError({ param: 'amount', code: 'parameter_invalid_integer' }).code).toBe(
        'invalid_request',
      );
    });

    it.each([
      ['charge_already_refunded', 'charge_already_refunded', /already been fully refunded/],
      ['charge_disputed', 'charge_disputed', /disputed/],
      ['refund_disputed_payment', 'charge_disputed', /Respond to the dispute/],
      ['charge_not_refundable', 'charge_not_refundable', /Stripe cannot refund this payment/],
    ] as const)('maps %s to %s', (stripeCode, code, words) => {
      const mapped = refundError({ code: stripeCode, message: `Charge ch_1 ${stripeCode}.` });
      expect(mapped).toMatchObject({ code, status: 400, retryable: false });
      expect(mapped.message).toMatch(words);
    });

    it('answers a key still being processed as in progress: retryable, never "failed"', () => {
      for (const type of [errors.StripeInvalidRequestError, errors.StripeIdempotencyError]) {
        const mapped = toConnectError(
          new type(
            raw({
              statusCode: 409,
              code: 'idempotency_key_in_use',
              message: 'There is currently another in-progress request using this Idempotent Key.',
            }),
          ),
          { operation: 'refund' },
        );
        expect(mapped).toMatchObject({ code: 'request_in_progress', status: 409, retryable: true });
        expect(mapped.message).toMatch(/still being processed/);
        expect(mapped.message).toMatch(/try again/);
        expect(mapped.message).not.toMatch(/fail/i);
      }
    });

    it('maps a refund of an uncaptured charge from Stripe’s wording', () => {
      const mapped = refundError({
        param: 'amount',
        message:
          'You cannot partially refund an uncaptured charge. Instead, capture the charge for an amount less than the original amount',
      });
      expect(mapped).toMatchObject({ code: 'charge_uncaptured', status: 400 });
      expect(mapped.message).toMatch(/never captured/);
    });
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
