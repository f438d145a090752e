import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StripeSandbox, startStripeSandbox } from './startStripeSandbox';
import { testStripeClient } from './stripeTestClient';

let sandbox: StripeSandbox;

beforeAll(async () => {
  sandbox = await startStripeSandbox();
});

afterAll(async () => {
  await sandbox.stop();
});

const client = (key: string) => testStripeClient(sandbox.port, key);

/** A raw request, to check the wire format itself. */
async function send(key: string | null, method: string, path: string, body = '') {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      ...(key === null ? {} : { authorization: `Bearer ${key}` }),
      ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(method === 'POST' ? { body } : {}),
  });
  const json = (await response.json()) as { error?: Record<string, unknown> } & Record<
    string,
    unknown
  >;
  return { status: response.status, requestId: response.headers.get('request-id'), json };
}

describe('keys', () => {
  it('generates restricted test keys of a realistic length, one per role', () => {
    for (const role of ['full', 'chargesOnly', 'readOnly', 'expired']) {
      expect(sandbox.keys[role]).toMatch(/^rk_test_[A-Za-z0-9]{99}$/);
    }
    expect(sandbox.keys.secret).toMatch(/^sk_test_[A-Za-z0-9]{99}$/);
    expect(sandbox.keys.publishable).toMatch(/^pk_test_[A-Za-z0-9]{99}$/);
    expect(new Set(Object.values(sandbox.keys)).size).toBe(6);
  });

  it('describes each key with its permissions', () => {
    const byRole = Object.fromEntries(sandbox.describeKeys().map((info) => [info.role, info]));
    expect(byRole.full).toMatchObject({
      permissions: ['charge_write', 'refund_write'],
      expired: false,
    });
    expect(byRole.chargesOnly?.permissions).toEqual(['charge_write']);
    expect(byRole.readOnly?.permissions).toEqual(['charge_read', 'refund_read']);
    expect(byRole.expired?.expired).toBe(true);
  });

  it('gives the same keys for the same seed, and different ones otherwise', async () => {
    const first = await startStripeSandbox({ seed: 'fixtures' });
    const second = await startStripeSandbox({ seed: 'fixtures' });
    try {
      expect(second.keys).toEqual(first.keys);
      expect(first.keys.full).not.toBe(sandbox.keys.full);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});

describe('a full key (charge_write + refund_write)', () => {
  it('charges, refunds and lists both', async () => {
    const stripe = client(sandbox.keys.full);
    const charge = await stripe.charges.create({
      amount: 2500,
      currency: 'usd',
      source: 'tok_visa',
    });
    expect(charge).toMatchObject({ object: 'charge', amount: 2500, status: 'succeeded' });
    const refund = await stripe.refunds.create({ charge: charge.id, amount: 500 });
    expect(refund).toMatchObject({ object: 'refund', amount: 500, charge: charge.id });
    expect((await stripe.charges.list({ limit: 100 })).data.map((c) => c.id)).toContain(charge.id);
    expect((await stripe.refunds.list({ limit: 100 })).data.map((r) => r.id)).toContain(refund.id);
    expect(await stripe.charges.retrieve(charge.id)).toMatchObject({ amount_refunded: 500 });
  });

  it('gets 400 parameter_missing for an empty charge or refund, as from Stripe', async () => {
    const charge = await send(sandbox.keys.full, 'POST', '/v1/charges');
    expect(charge.status).toBe(400);
    expect(charge.json.error).toMatchObject({
      type: 'invalid_request_error',
      code: 'parameter_missing',
      param: 'amount',
      message: 'Missing required param: amount.',
    });
    const refund = await send(sandbox.keys.full, 'POST', '/v1/refunds');
    expect(refund.status).toBe(400);
    expect(refund.json.error).toMatchObject({
      type: 'invalid_request_error',
      code: 'parameter_missing',
      param: 'charge',
    });
    const byIntent = await send(sandbox.keys.full, 'POST', '/v1/refunds', 'payment_intent=pi_123');
    expect(byIntent.status).toBe(404);
    expect(byIntent.json.error).toMatchObject({
      code: 'resource_missing',
      param: 'payment_intent',
    });
  });

  it('is refused on endpoints outside charges and refunds with 403', async () => {
    const balance = await send(sandbox.keys.full, 'GET', '/v1/balance');
    expect(balance.status).toBe(403);
    expect(balance.json.error?.message).toContain("Having the 'rak_balance_read' permission");
    const account = await send(sandbox.keys.full, 'GET', '/v1/account');
    expect(account.status).toBe(403);
  });
});

describe('a charges-only key', () => {
  it('charges but cannot refund or list refunds', async () => {
    const stripe = client(sandbox.keys.chargesOnly);
    const charge = await stripe.charges.create({
      amount: 1000,
      currency: 'eur',
      source: 'tok_visa',
    });
    await expect(stripe.refunds.create({ charge: charge.id })).rejects.toMatchObject({
      type: 'StripePermissionError',
      statusCode: 403,
    });
    const refund = await send(sandbox.keys.chargesOnly, 'POST', '/v1/refunds');
    expect(refund.status).toBe(403);
    expect(refund.json.error).toMatchObject({ type: 'invalid_request_error' });
    expect(refund.json.error?.code).toBeUndefined();
    expect(refund.json.error?.message).toMatch(
      /^The provided key 'rk_test_\*+[A-Za-z0-9]{4}' does not have the required permissions for this endpoint on account 'acct_[a-z0-9]+'\. Having the 'rak_refund_write' permission would allow this request to continue\.$/,
    );
    expect((await send(sandbox.keys.chargesOnly, 'GET', '/v1/refunds')).status).toBe(403);
    expect((await send(sandbox.keys.chargesOnly, 'GET', '/v1/charges')).status).toBe(200);
  });
});

describe('a read-only key', () => {
  it('lists but cannot create charges or refunds', async () => {
    const stripe = client(sandbox.keys.readOnly);
    await expect(stripe.charges.list({ limit: 1 })).resolves.toMatchObject({
      data: expect.any(Array),
    });
    await expect(stripe.refunds.list({ limit: 1 })).resolves.toMatchObject({
      data: expect.any(Array),
    });
    const charge = await send(sandbox.keys.readOnly, 'POST', '/v1/charges');
    expect(charge.status).toBe(403);
    expect(charge.json.error?.message).toContain("'rak_charge_write'");
    const refund = await send(sandbox.keys.readOnly, 'POST', '/v1/refunds');
    expect(refund.json.error?.message).toContain("'rak_refund_write'");
  });
});

describe('keys Stripe refuses with 401', () => {
  it('an expired key gets api_key_expired with the key redacted', async () => {
    const key = sandbox.keys.expired;
    await expect(client(key).charges.create({})).rejects.toMatchObject({
      type: 'StripeAuthenticationError',
      statusCode: 401,
      code: 'api_key_expired',
    });
    const answer = await send(key, 'POST', '/v1/charges');
    expect(answer.json.error?.message).toBe(
      `Expired API Key provided: rk_test_${'*'.repeat(95)}${key.slice(-4)}`,
    );
  });

  it('an unknown key gets invalid_request_error without a code', async () => {
    const unknown = `rk_test_${'Zz9'.repeat(33)}`;
    const answer = await send(unknown, 'POST', '/v1/charges');
    expect(answer.status).toBe(401);
    expect(answer.json.error).toEqual({
      type: 'invalid_request_error',
      message: `Invalid API Key provided: rk_test_${'*'.repeat(95)}${unknown.slice(-4)}`,
    });
    expect(JSON.stringify(answer.json)).not.toContain(unknown);
  });

  it('a secret key it did not register is unknown', async () => {
    await expect(client(sandbox.keys.secret).charges.list()).rejects.toMatchObject({
      statusCode: 401,
    });
  });

  it('a publishable key may only make tokens, as Stripe says', async () => {
    const answer = await send(sandbox.keys.publishable, 'GET', '/v1/charges');
    expect(answer.status).toBe(403);
    expect(answer.json.error?.message).toContain('cannot be made with a publishable API key');
  });

  it('live keys are refused with a message saying the sandbox is test mode only', async () => {
    const live = `rk_${'live'}_${'a'.repeat(40)}`;
    const answer = await send(live, 'POST', '/v1/charges');
    expect(answer.status).toBe(401);
    expect(answer.json.error?.message).toContain('only accepts test mode keys');
    expect(JSON.stringify(answer.json)).not.toContain(live);
  });

  it('a request without a key gets 401', async () => {
    const answer = await send(null, 'GET', '/v1/charges');
    expect(answer.status).toBe(401);
    expect(answer.json.error?.message).toContain('You did not provide an API key');
  });
});

describe('keys changed at run time', () => {
  it('adds a key with chosen permissions, then expires and revokes keys', async () => {
    const key = sandbox.addKey({ permissions: ['refund_write'] });
    expect(key).toMatch(/^rk_test_/);
    expect((await send(key, 'GET', '/v1/refunds')).status).toBe(200);
    expect((await send(key, 'GET', '/v1/charges')).status).toBe(403);

    sandbox.expireKey(key);
    const expired = await send(key, 'GET', '/v1/refunds');
    expect(expired.status).toBe(401);
    expect(expired.json.error?.code).toBe('api_key_expired');

    const other = sandbox.addKey({ permissions: ['charge_read'] });
    sandbox.revokeKey(other);
    const revoked = await send(other, 'GET', '/v1/charges');
    expect(revoked.status).toBe(401);
    expect(revoked.json.error?.message).toMatch(/^Invalid API Key provided/);
  });

  it('changes a key’s permissions in place, as editing it in the Dashboard does', async () => {
    const key = sandbox.addKey({ permissions: ['charge_write'] });
    const refund = (as: string) => send(as, 'POST', '/v1/refunds', 'charge=ch_missing');
    expect((await refund(key)).status).toBe(403);
    sandbox.setKeyPermissions(key, ['charge_write', 'refund_write']);
    // Same key string, new permissions: now past the permission check (no such charge).
    expect((await refund(key)).status).toBe(404);
    expect(sandbox.describeKeys().find((info) => info.key === key)?.permissions).toEqual([
      'charge_write',
      'refund_write',
    ]);
    sandbox.setKeyPermissions(key, []);
    expect((await send(key, 'GET', '/v1/charges')).status).toBe(403);
    expect(() => sandbox.setKeyPermissions(`rk_test_${'x'.repeat(24)}`, [])).toThrow(
      'The sandbox does not know this key.',
    );
    const secret = sandbox.addKey({ key: `sk_test_${'p3rm'.repeat(6)}` });
    expect(() => sandbox.setKeyPermissions(secret, ['charge_write'])).toThrow(
      'Only a restricted key has permissions to change.',
    );
  });

  it('a registered secret key may use any endpoint the emulator has', async () => {
    const secret = sandbox.addKey({ key: `sk_test_${'s3cr3t'.repeat(6)}` });
    expect((await send(secret, 'GET', '/v1/customers')).status).toBe(200);
  });
});

describe('merchant accounts', () => {
  it('puts each sample key on an account of its own', async () => {
    const charge = await client(sandbox.keys.chargesOnly).charges.create({
      amount: 700,
      currency: 'usd',
      source: 'tok_visa',
    });
    const seen = await client(sandbox.keys.readOnly).charges.list({ limit: 100 });
    expect(seen.data.map((c) => c.id)).not.toContain(charge.id);
    await expect(
      client(sandbox.keys.full).refunds.create({ charge: charge.id }),
    ).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
    expect((await sandbox.listCharges('chargesOnly')).map((c) => c.id)).toContain(charge.id);
    expect(sandbox.accountOf(sandbox.keys.chargesOnly)).toBe('chargesOnly');
    expect(sandbox.accountOf(sandbox.keys.full)).toBe('full');
  });

  it('seeds on the full key’s account by default, where that key sees it', async () => {
    const seeded = await sandbox.createCharge({ amount: 800, currency: 'usd' });
    const seen = await client(sandbox.keys.full).charges.list({ limit: 100 });
    expect(seen.data.map((c) => c.id)).toContain(seeded.id);
    expect((await sandbox.listCharges('full')).map((c) => c.id)).toContain(seeded.id);
    expect(sandbox.accountOf(sandbox.keys.publishable)).toBe('full');
  });

  it('lets keys share an account by naming it', async () => {
    const first = sandbox.addKey({ permissions: ['charge_write'], account: 'shared-shop' });
    const second = sandbox.addKey({ permissions: ['charge_read'], account: 'shared-shop' });
    const charge = await client(first).charges.create({
      amount: 600,
      currency: 'usd',
      source: 'tok_visa',
    });
    const seen = await client(second).charges.list();
    expect(seen.data.map((c) => c.id)).toEqual([charge.id]);
    expect(sandbox.publishableKeyFor(first)).toBe(sandbox.publishableKeyFor(second));
    expect(sandbox.publishableKeyFor(first)).toBe(sandbox.publishableKeyFor('shared-shop'));
  });

  it('lists the keys a leak check must look for, without the public ones', () => {
    const secret = sandbox.secretKeys();
    expect(secret).toContain(sandbox.keys.full);
    expect(secret).toContain(sandbox.keys.secret);
    expect(secret).not.toContain(sandbox.keys.publishable);
    expect(secret.every((key) => !key.startsWith('pk_'))).toBe(true);
  });

  it('gives every sample key’s account its own publishable key', () => {
    const roles = ['full', 'chargesOnly', 'readOnly', 'expired'];
    const publishable = roles.map((role) => sandbox.publishableKeyFor(sandbox.keys[role]!));
    expect(new Set(publishable).size).toBe(roles.length);
    expect(publishable[0]).toBe(sandbox.keys.publishable);
    for (const key of publishable) expect(key).toMatch(/^pk_test_[A-Za-z0-9]{99}$/);
  });

  it('keeps a key with another account, and another sandbox, apart', async () => {
    const otherAccount = sandbox.addKey({
      permissions: ['charge_write'],
      account: 'second-merchant',
    });
    expect((await client(otherAccount).charges.list()).data).toEqual([]);
    const other = await startStripeSandbox();
    try {
      expect(await other.countCharges()).toBe(0);
      expect(await sandbox.countCharges()).toBeGreaterThan(0);
    } finally {
      await other.stop();
    }
  });
});

describe('idempotency', () => {
  it('replays a request sent again with the same key and makes one charge', async () => {
    const stripe = client(sandbox.keys.full);
    const before = await sandbox.countCharges();
    const params = { amount: 1234, currency: 'usd', source: 'tok_visa' };
    const first = await stripe.charges.create(params, { idempotencyKey: 'order-1234' });
    const again = await stripe.charges.create(params, { idempotencyKey: 'order-1234' });
    expect(again.id).toBe(first.id);
    expect(await sandbox.countCharges()).toBe(before + 1);
    expect(sandbox.requests.last()).toMatchObject({ idempotencyKey: 'order-1234', replayed: true });
  });

  it('refuses an idempotency key reused with other parameters', async () => {
    const stripe = client(sandbox.keys.full);
    await stripe.charges.create(
      { amount: 900, currency: 'usd', source: 'tok_visa' },
      { idempotencyKey: 'order-900' },
    );
    await expect(
      stripe.charges.create(
        { amount: 901, currency: 'usd', source: 'tok_visa' },
        { idempotencyKey: 'order-900' },
      ),
    ).rejects.toMatchObject({ type: 'StripeIdempotencyError', statusCode: 400 });
  });
});

describe('answers', () => {
  it('carry a request-id header, errors included', async () => {
    const answers = await Promise.all([
      send(sandbox.keys.full, 'GET', '/v1/charges'),
      send(sandbox.keys.readOnly, 'POST', '/v1/charges'),
      send(null, 'GET', '/v1/charges'),
      send(sandbox.keys.full, 'POST', '/v1/refunds'),
    ]);
    for (const answer of answers) expect(answer.requestId).toMatch(/^req_[A-Za-z0-9]+$/);
  });

  it('declines test cards as Stripe does', async () => {
    await expect(
      client(sandbox.keys.full).charges.create({
        amount: 1000,
        currency: 'usd',
        source: 'tok_chargeDeclinedInsufficientFunds',
      }),
    ).rejects.toMatchObject({
      type: 'StripeCardError',
      statusCode: 402,
      code: 'card_declined',
      decline_code: 'insufficient_funds',
    });
  });
});
