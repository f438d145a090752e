import {
  expectNoKeyLeaks,
  type OutputRecorder,
  recordOutput,
  type StripeSandbox,
  startStripeSandbox,
} from '@pelago/connect-testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectConnectFailure } from '../../test-support/expectConnectFailure';
import { createPelagoConnect, type PelagoConnectOptions } from './createPelagoConnect';

let sandbox: StripeSandbox;
let recorder: OutputRecorder;

beforeAll(async () => {
  recorder = recordOutput();
  sandbox = await startStripeSandbox();
});

afterEach(() => {
  sandbox.faults.clear();
  sandbox.requests.clear();
});

afterAll(async () => {
  await sandbox.stop();
  recorder.restore();
  expectNoKeyLeaks(recorder.texts, Object.values(sandbox.keys));
});

function merchant(options: Omit<PelagoConnectOptions, 'stripe' | 'logger'> = {}) {
  return createPelagoConnect({
    stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
    logger: recorder.logger,
    ...options,
  }).merchant(sandbox.keys.full);
}

const failure = (promise: Promise<unknown>) => expectConnectFailure(recorder, promise);

const visa = { amount: 1500, currency: 'usd', source: 'tok_visa' };

describe('when Stripe fails', () => {
  it('a 500 then success makes exactly one charge, retried with the same idempotency key', async () => {
    const before = await sandbox.countCharges();
    sandbox.faults.add({ status: 500, path: '/v1/charges', method: 'POST' });
    const charge = await merchant().charges.create(visa, { idempotencyKey: 'order-500' });
    expect(charge.status).toBe('succeeded');
    const attempts = sandbox.requests.list({ method: 'POST', path: '/v1/charges' });
    expect(attempts.map((entry) => [entry.status, entry.idempotencyKey])).toEqual([
      [500, 'order-500'],
      [200, 'order-500'],
    ]);
    expect(await sandbox.countCharges()).toBe(before + 1);
  });

  it('a lost answer after Stripe charged is retried safely: one charge', async () => {
    const before = await sandbox.countCharges();
    // The first attempt is processed but the client gives up; the retry is replayed.
    sandbox.faults.add({ latencyMs: 400, path: '/v1/charges' });
    const charge = await merchant({ timeout: 150 }).charges.create(visa);
    expect(charge.status).toBe('succeeded');
    await expect.poll(() => sandbox.countCharges()).toBe(before + 1);
    const attempts = sandbox.requests.list({ path: '/v1/charges' });
    expect(attempts).toHaveLength(2);
    expect(attempts.filter((entry) => entry.replayed)).toHaveLength(1);
  });

  it('a 429 is rate_limited, retryable, with Retry-After when Stripe sends it', async () => {
    sandbox.faults.add({ status: 429, headers: { 'retry-after': '7' } });
    const error = await failure(merchant().charges.create(visa));
    expect(error).toMatchObject({
      code: 'rate_limited',
      status: 429,
      retryable: true,
      retryAfterSeconds: 7,
    });
    expect(error.requestId).toMatch(/^req_/);
    sandbox.faults.add({ status: 429 });
    expect((await failure(merchant().charges.list())).retryAfterSeconds).toBe(1);
  });

  it('an outage (every attempt answers 500) is stripe_unavailable after the retries', async () => {
    sandbox.faults.add({ status: 500, count: Number.POSITIVE_INFINITY });
    const error = await failure(merchant({ maxNetworkRetries: 1 }).refunds.list());
    expect(error).toMatchObject({ code: 'stripe_unavailable', status: 502, retryable: true });
    expect(sandbox.requests.length).toBe(2);
  });

  it('an answer slower than the timeout is timeout', async () => {
    sandbox.faults.add({ latencyMs: 600, count: Number.POSITIVE_INFINITY });
    const error = await failure(merchant({ timeout: 100, maxNetworkRetries: 0 }).charges.list());
    expect(error).toMatchObject({ code: 'timeout', status: 504, retryable: true });
  });

  it('a dropped connection is network_error', async () => {
    sandbox.faults.add({ drop: true, count: Number.POSITIVE_INFINITY });
    const error = await failure(merchant({ maxNetworkRetries: 0 }).charges.list());
    expect(error).toMatchObject({ code: 'network_error', status: 502, retryable: true });
  });

  it('logs failures with the key redacted', async () => {
    sandbox.faults.add({ status: 503 });
    await failure(merchant({ maxNetworkRetries: 0 }).charges.list());
    const logged = recorder.texts.filter(
      (text) => (text as { message?: unknown }).message === 'Stripe request failed',
    );
    expect(logged.at(-1)).toMatchObject({
      level: 'warn',
      message: 'Stripe request failed',
      fields: {
        operation: 'charges.list',
        key: `rk_test_…${sandbox.keys.full.slice(-4)}`,
        code: 'stripe_unavailable',
      },
    });
  });
});
