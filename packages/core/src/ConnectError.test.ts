import { describe, expect, it } from 'vitest';
import { ConnectError, isConnectError } from './ConnectError';
import { connectErrorMessages } from './errorCodes';
import type { VerificationResult } from './wire';

const liveKey = `rk_${'live'}_${'Fake0TestKey0'}a1B2c3D4e5F6g7H8i9J0`;

const verification: VerificationResult = {
  ok: false,
  mode: 'live',
  permissions: { charges: 'write', refunds: 'missing' },
  problems: [
    {
      code: 'permission_missing',
      message: 'Add write access to Refunds.',
      permission: 'refunds',
    },
  ],
};

describe('ConnectError', () => {
  it('is an Error with its own name, code, default message and status', () => {
    const error = new ConnectError('key_expired');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ConnectError);
    expect(error.name).toBe('ConnectError');
    expect(error.code).toBe('key_expired');
    expect(error.message).toBe(connectErrorMessages.key_expired);
    expect(error.status).toBe(422);
    expect(error.retryable).toBe(false);
    expect(String(error)).toBe(`ConnectError: ${connectErrorMessages.key_expired}`);
    expect(error.stack).toContain('ConnectError');
  });

  it.each(['rate_limited', 'stripe_unavailable', 'network_error', 'timeout'] as const)(
    '%s is retryable by default',
    (code) => {
      expect(new ConnectError(code).retryable).toBe(true);
    },
  );

  it('takes every option', () => {
    const cause = new Error('socket hang up');
    const error = new ConnectError('card_declined', {
      message: 'Your card has insufficient funds.',
      status: 402,
      requestId: 'req_123',
      retryable: true,
      declineCode: 'insufficient_funds',
      retryAfterSeconds: 3,
      verification,
      cause,
    });
    expect(error).toMatchObject({
      code: 'card_declined',
      message: 'Your card has insufficient funds.',
      status: 402,
      requestId: 'req_123',
      retryable: true,
      declineCode: 'insufficient_funds',
      retryAfterSeconds: 3,
      verification,
    });
    expect(error.cause).toBe(cause);
  });

  it('keeps a status of 0 for a request that got no response', () => {
    expect(new ConnectError('network_error', { status: 0 }).status).toBe(0);
  });

  it('falls back to the default status for a nonsense status', () => {
    expect(new ConnectError('timeout', { status: 1234 }).status).toBe(504);
    expect(new ConnectError('timeout', { status: Number.NaN }).status).toBe(504);
  });

  it('falls back to the default message for an empty one', () => {
    expect(new ConnectError('forbidden', { message: '  ' }).message).toBe(
      connectErrorMessages.forbidden,
    );
  });

  it('redacts keys in its message, including Stripe’s own wording', () => {
    const error = new ConnectError('key_invalid', {
      message: `Invalid API Key provided: ${liveKey}`,
    });
    expect(error.message).toBe('Invalid API Key provided: rk_live_…i9J0');
    expect(error.message).not.toContain(liveKey);
    expect(
      new ConnectError('permission_missing', {
        message: "The provided key 'rk_test_***...abcd' does not have the required permissions.",
      }).message,
    ).toBe("The provided key 'rk_test_…abcd' does not have the required permissions.");
  });

  it('redacts keys in verification problem messages', () => {
    const error = new ConnectError('permission_missing', {
      verification: {
        ...verification,
        problems: [{ code: 'key_invalid', message: `Bad key ${liveKey}` }],
      },
    });
    expect(JSON.stringify(error.toJSON())).not.toContain(liveKey);
    expect(error.verification?.problems[0]?.message).toBe('Bad key rk_live_…i9J0');
  });

  it('serialises to the ErrorBody the API sends, without empty fields', () => {
    expect(new ConnectError('not_found').toJSON()).toEqual({
      error: { code: 'not_found', message: connectErrorMessages.not_found },
    });
    const error = new ConnectError('rate_limited', { requestId: 'req_1', retryAfterSeconds: 2 });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      error: {
        code: 'rate_limited',
        message: connectErrorMessages.rate_limited,
        requestId: 'req_1',
        retryAfterSeconds: 2,
      },
    });
  });

  it('turns an unknown code into internal_error', () => {
    expect(new ConnectError('nope' as never).code).toBe('internal_error');
  });
});

describe('ConnectError.fromBody', () => {
  it('round-trips what toJSON produced', () => {
    const original = new ConnectError('permission_missing', {
      message: 'Add write access to Refunds.',
      requestId: 'req_9',
      verification,
    });
    const rebuilt = ConnectError.fromBody(JSON.parse(JSON.stringify(original)), 422);
    expect(rebuilt).toBeInstanceOf(ConnectError);
    expect(rebuilt.toJSON()).toEqual(original.toJSON());
    expect(rebuilt.status).toBe(422);
  });

  it('keeps the HTTP status it was given', () => {
    expect(
      ConnectError.fromBody({ error: { code: 'card_declined', message: 'x' } }, 402),
    ).toMatchObject({ code: 'card_declined', status: 402, retryable: false });
    expect(ConnectError.fromBody({ error: { code: 'rate_limited' } }, 429)).toMatchObject({
      code: 'rate_limited',
      retryable: true,
      message: connectErrorMessages.rate_limited,
    });
  });

  it.each([
    ['an unknown code', { error: { code: 'brand_new', message: 'Something new.' } }],
    ['no error object', { message: 'hi' }],
    ['a string', '<html>Bad gateway</html>'],
    ['null', null],
    ['an array', [1, 2]],
  ])('gives internal_error for %s', (_label, body) => {
    const error = ConnectError.fromBody(body, 502);
    expect(error.code).toBe('internal_error');
    expect(error.status).toBe(502);
  });

  it('drops fields of the wrong type', () => {
    const error = ConnectError.fromBody(
      {
        error: {
          code: 'key_invalid',
          message: 42,
          requestId: {},
          declineCode: 7,
          retryAfterSeconds: -1,
          verification: { ok: 'yes' },
        },
      },
      422,
    );
    expect(error.toJSON()).toEqual({
      error: { code: 'key_invalid', message: connectErrorMessages.key_invalid },
    });
  });

  it('redacts a key in a message from the server', () => {
    const error = ConnectError.fromBody({ error: { code: 'key_invalid', message: liveKey } }, 422);
    expect(error.message).toBe('rk_live_…i9J0');
  });

  it('uses the default status for an impossible one', () => {
    expect(ConnectError.fromBody({ error: { code: 'timeout' } }, -3).status).toBe(504);
  });
});

describe('isConnectError', () => {
  it('recognises ConnectErrors, also from another copy of the package', () => {
    expect(isConnectError(new ConnectError('timeout'))).toBe(true);
    const foreign = Object.assign(new Error('x'), { name: 'ConnectError', code: 'timeout' });
    expect(isConnectError(foreign)).toBe(true);
    expect(isConnectError(new Error('timeout'))).toBe(false);
    expect(isConnectError({ name: 'ConnectError', code: 'timeout' })).toBe(false);
  });
});
