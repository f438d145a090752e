import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findKeyLeaks } from './findKeyLeaks';
import { type StripeSandbox, startStripeSandbox } from './startStripeSandbox';
import { testStripeClient } from './stripeTestClient';

let sandbox: StripeSandbox;

beforeAll(async () => {
  sandbox = await startStripeSandbox();
});

beforeEach(() => {
  sandbox.requests.clear();
});

afterAll(async () => {
  await sandbox.stop();
});

describe('the request log', () => {
  it('records method, path, redacted key, status, idempotency key and request id', async () => {
    const stripe = testStripeClient(sandbox.port, sandbox.keys.full);
    const charge = await stripe.charges.create(
      { amount: 1500, currency: 'usd', source: 'tok_visa' },
      { idempotencyKey: 'log-test-1' },
    );
    await stripe.charges.retrieve(charge.id);
    const [created, retrieved] = sandbox.requests.list();
    expect(created).toEqual({
      method: 'POST',
      path: '/v1/charges',
      keyRedacted: `rk_test_…${sandbox.keys.full.slice(-4)}`,
      status: 200,
      idempotencyKey: 'log-test-1',
      requestId: expect.stringMatching(/^req_/),
      at: expect.any(Number),
      durationMs: expect.any(Number),
    });
    expect(retrieved).toMatchObject({
      method: 'GET',
      path: `/v1/charges/${charge.id}`,
      status: 200,
    });
  });

  it('records refusals with their Stripe error code, and never a whole key', async () => {
    const expired = testStripeClient(sandbox.port, sandbox.keys.expired);
    await expect(expired.charges.list()).rejects.toBeDefined();
    const live = `sk_${'live'}_${'b'.repeat(30)}`;
    await expect(testStripeClient(sandbox.port, live).charges.list()).rejects.toBeDefined();
    expect(sandbox.requests.list()).toMatchObject([
      { status: 401, errorCode: 'api_key_expired' },
      { status: 401, keyRedacted: 'sk_live_…bbbb' },
    ]);
    expect(
      findKeyLeaks(
        [JSON.stringify(sandbox.requests.list())],
        [...Object.values(sandbox.keys), live],
      ),
    ).toEqual([]);
  });

  it('counts and filters, and forgets everything on clear()', async () => {
    const stripe = testStripeClient(sandbox.port, sandbox.keys.full);
    await stripe.charges.list();
    await stripe.refunds.list();
    await expect(stripe.charges.create({})).rejects.toBeDefined();
    expect(sandbox.requests.length).toBe(3);
    expect(sandbox.requests.count({ method: 'GET' })).toBe(2);
    expect(sandbox.requests.count({ path: /^\/v1\/refunds/ })).toBe(1);
    expect(sandbox.requests.count({ status: 400 })).toBe(1);
    expect([...sandbox.requests].map((entry) => entry.path)).toEqual([
      '/v1/charges',
      '/v1/refunds',
      '/v1/charges',
    ]);
    sandbox.requests.clear();
    expect(sandbox.requests.length).toBe(0);
  });
});

describe('objects on the merchant account', () => {
  it('lists and counts charges (declined ones included) and refunds', async () => {
    const fresh = await startStripeSandbox();
    try {
      const stripe = testStripeClient(fresh.port, fresh.keys.full);
      const ok = await stripe.charges.create({ amount: 800, currency: 'usd', source: 'tok_visa' });
      await expect(
        stripe.charges.create({ amount: 800, currency: 'usd', source: 'tok_chargeDeclined' }),
      ).rejects.toBeDefined();
      await stripe.refunds.create({ charge: ok.id, amount: 300 });
      expect(await fresh.countCharges()).toBe(2);
      expect((await fresh.listCharges()).map((charge) => charge.status).sort()).toEqual([
        'failed',
        'succeeded',
      ]);
      expect(await fresh.countRefunds()).toBe(1);
      expect((await fresh.listRefunds())[0]).toMatchObject({ charge: ok.id, amount: 300 });
    } finally {
      await fresh.stop();
    }
  });
});
