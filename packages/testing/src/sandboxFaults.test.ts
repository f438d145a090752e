import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StripeSandbox, startStripeSandbox } from './startStripeSandbox';
import { testStripeClient } from './stripeTestClient';

let sandbox: StripeSandbox;

beforeAll(async () => {
  sandbox = await startStripeSandbox();
});

afterEach(() => {
  sandbox.faults.clear();
  sandbox.latencyMs = 0;
});

afterAll(async () => {
  await sandbox.stop();
});

const visa = { amount: 1000, currency: 'usd', source: 'tok_visa' };

describe('status faults', () => {
  it('answers the next matching request with a 500 api_error, then recovers', async () => {
    const stripe = testStripeClient(sandbox.port, sandbox.keys.full);
    const before = await sandbox.countCharges();
    sandbox.faults.add({ status: 500 });
    await expect(stripe.charges.create(visa)).rejects.toMatchObject({
      type: 'StripeAPIError',
      statusCode: 500,
      rawType: 'api_error',
    });
    expect(await sandbox.countCharges()).toBe(before);
    await expect(stripe.charges.create(visa)).resolves.toMatchObject({ status: 'succeeded' });
    expect(sandbox.requests.list({ method: 'POST', path: '/v1/charges' }).at(-2)).toMatchObject({
      status: 500,
      fault: 'status',
    });
  });

  it('answers 429 with Stripe rate_limit code and the headers asked for', async () => {
    sandbox.faults.add({ status: 429, headers: { 'retry-after': '3' } });
    const error = await testStripeClient(sandbox.port, sandbox.keys.full)
      .charges.list()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      type: 'StripeRateLimitError',
      statusCode: 429,
      code: 'rate_limit',
    });
    expect((error as { headers: Record<string, string> }).headers['retry-after']).toBe('3');
  });

  it('applies to exactly `count` requests and can be removed early', async () => {
    const stripe = testStripeClient(sandbox.port, sandbox.keys.full);
    const fault = sandbox.faults.add({ status: 503, count: 2 });
    await expect(stripe.charges.list()).rejects.toMatchObject({ statusCode: 503 });
    expect(fault.remaining).toBe(1);
    await expect(stripe.charges.list()).rejects.toMatchObject({ statusCode: 503 });
    await expect(stripe.charges.list()).resolves.toBeDefined();

    const endless = sandbox.faults.add({ status: 500, count: Number.POSITIVE_INFINITY });
    await expect(stripe.charges.list()).rejects.toMatchObject({ statusCode: 500 });
    await expect(stripe.charges.list()).rejects.toMatchObject({ statusCode: 500 });
    endless.remove();
    await expect(stripe.charges.list()).resolves.toBeDefined();
  });

  it('matches only the key, path and method it names', async () => {
    const full = testStripeClient(sandbox.port, sandbox.keys.full);
    const readOnly = testStripeClient(sandbox.port, sandbox.keys.readOnly);
    sandbox.faults.add({ status: 500, key: sandbox.keys.readOnly });
    await expect(full.charges.list()).resolves.toBeDefined();
    await expect(readOnly.charges.list()).rejects.toMatchObject({ statusCode: 500 });

    sandbox.faults.add({ status: 500, path: /^\/v1\/refunds/, method: 'POST' });
    await expect(full.refunds.list()).resolves.toBeDefined();
    await expect(full.charges.create(visa)).resolves.toBeDefined();
    await expect(full.refunds.create({ charge: 'ch_missing' })).rejects.toMatchObject({
      statusCode: 500,
    });
    expect(sandbox.faults.list()).toEqual([]);
  });

  it('can answer with a body of its own', async () => {
    sandbox.faults.add({
      status: 400,
      body: {
        error: { type: 'invalid_request_error', code: 'charge_disputed', message: 'Disputed.' },
      },
    });
    await expect(
      testStripeClient(sandbox.port, sandbox.keys.full).refunds.create({ charge: 'ch_x' }),
    ).rejects.toMatchObject({ type: 'StripeInvalidRequestError', code: 'charge_disputed' });
  });
});

describe('network faults', () => {
  it('drops the connection without an answer', async () => {
    sandbox.faults.add({ drop: true, count: 2 });
    await expect(
      testStripeClient(sandbox.port, sandbox.keys.full).charges.list(),
    ).rejects.toMatchObject({ type: 'StripeConnectionError' });
    expect(sandbox.requests.last()).toMatchObject({ status: 0, fault: 'drop' });
  });

  it('delays answers past a client timeout, per fault or for every request', async () => {
    const stripe = testStripeClient(sandbox.port, sandbox.keys.full, { timeout: 50 });
    sandbox.faults.add({ latencyMs: 400 });
    await expect(stripe.charges.list()).rejects.toMatchObject({
      type: 'StripeConnectionError',
      message: expect.stringContaining('timeout'),
    });
    await expect(stripe.charges.list()).resolves.toBeDefined();

    sandbox.latencyMs = 400;
    await expect(stripe.charges.list()).rejects.toMatchObject({ type: 'StripeConnectionError' });
  });

  it('still processes a request whose client gave up, as Stripe would', async () => {
    const before = await sandbox.countCharges();
    sandbox.faults.add({ latencyMs: 200 });
    const impatient = testStripeClient(sandbox.port, sandbox.keys.full, { timeout: 50 });
    await expect(impatient.charges.create(visa)).rejects.toMatchObject({
      type: 'StripeConnectionError',
    });
    await expect.poll(() => sandbox.countCharges()).toBe(before + 1);
  });

  it('applies the latency option given at start', async () => {
    const slow = await startStripeSandbox({ latencyMs: 300 });
    try {
      const stripe = testStripeClient(slow.port, slow.keys.full, { timeout: 50 });
      await expect(stripe.charges.list()).rejects.toMatchObject({ type: 'StripeConnectionError' });
      slow.latencyMs = 0;
      await expect(stripe.charges.list()).resolves.toBeDefined();
    } finally {
      await slow.stop();
    }
  });
});
