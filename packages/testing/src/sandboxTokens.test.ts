import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type StripeSandbox, startStripeSandbox } from './startStripeSandbox';
import { testStripeClient } from './stripeTestClient';

let sandbox: StripeSandbox;

beforeAll(async () => {
  sandbox = await startStripeSandbox();
});

afterAll(async () => {
  await sandbox.stop();
});

beforeEach(() => {
  sandbox.checkParametersFirst = false;
});

const client = (key: string) => testStripeClient(sandbox.port, key);

async function send(key: string, path: string, form: Record<string, string>) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${key}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(form).toString(),
  });
  return {
    status: response.status,
    json: (await response.json()) as { id?: string; error?: Record<string, unknown> } & Record<
      string,
      unknown
    >,
  };
}

/** A card token made over HTTP with a publishable key, as Stripe.js does. */
async function tokenize(publishableKey: string, number = '4242424242424242') {
  return send(publishableKey, '/v1/tokens', {
    'card[number]': number,
    'card[exp_month]': '12',
    'card[exp_year]': String(new Date().getUTCFullYear() + 3),
    'card[cvc]': '123',
  });
}

const charge = (key: string, source: string, amount = 2500) =>
  client(key).charges.create({ amount, currency: 'usd', source });

describe('POST /v1/tokens with a publishable key', () => {
  it('makes a card token on that key’s account, which its restricted key can charge once', async () => {
    const made = await tokenize(sandbox.keys.publishable);
    expect(made.status).toBe(200);
    expect(made.json).toMatchObject({
      object: 'token',
      type: 'card',
      used: false,
      card: { brand: 'Visa', last4: '4242' },
    });
    const before = await sandbox.countCharges();
    const paid = await charge(sandbox.keys.full, made.json.id!);
    expect(paid).toMatchObject({ status: 'succeeded', amount: 2500 });
    expect(await sandbox.countCharges()).toBe(before + 1);
    await expect(charge(sandbox.keys.full, made.json.id!)).rejects.toMatchObject({
      statusCode: 400,
      code: 'token_already_used',
    });
  });

  it('answers "No such token" when another merchant’s key charges the token', async () => {
    const other = sandbox.addKey({ permissions: ['charge_write'] });
    const made = await tokenize(sandbox.keys.publishable);
    const before = await sandbox.countCharges(sandbox.accountOf(other));
    await expect(charge(other, made.json.id!)).rejects.toMatchObject({
      statusCode: 400,
      code: 'resource_missing',
      param: 'source',
      message: `No such token: '${made.json.id}'`,
    });
    expect(await sandbox.countCharges(sandbox.accountOf(other))).toBe(before);
    // Still unused: the merchant it belongs to can charge it.
    await expect(charge(sandbox.keys.full, made.json.id!)).resolves.toMatchObject({
      status: 'succeeded',
    });
  });

  it('answers "No such token" for a token that never existed', async () => {
    await expect(charge(sandbox.keys.full, 'tok_1NeverMade0000000000000')).rejects.toMatchObject({
      statusCode: 400,
      code: 'resource_missing',
    });
  });

  it('replays a charge retried under its idempotency key instead of calling the token used', async () => {
    const made = await tokenize(sandbox.keys.publishable);
    const stripe = client(sandbox.keys.full);
    const params = { amount: 2500, currency: 'usd', source: made.json.id! };
    const first = await stripe.charges.create(params, { idempotencyKey: 'order-token-1' });
    const again = await stripe.charges.create(params, { idempotencyKey: 'order-token-1' });
    expect(again.id).toBe(first.id);
  });

  it.each([
    ['4000000000000002', 'card_declined', 'generic_decline'],
    ['4000000000009995', 'card_declined', 'insufficient_funds'],
    ['4000002500003155', 'authentication_required', 'authentication_required'],
  ])('charges card %s as Stripe does: %s', async (number, code, declineCode) => {
    const made = await tokenize(sandbox.keys.publishable, number);
    expect(made.status).toBe(200);
    await expect(charge(sandbox.keys.full, made.json.id!)).rejects.toMatchObject({
      type: 'StripeCardError',
      statusCode: 402,
      code,
      decline_code: declineCode,
    });
  });

  it('refuses card numbers that cannot be tokenized', async () => {
    const wrong = await tokenize(sandbox.keys.publishable, '4242424242424241');
    expect([wrong.status, wrong.json.error?.code]).toEqual([402, 'incorrect_number']);
    const live = await tokenize(sandbox.keys.publishable, '4111111111111111');
    expect([live.status, live.json.error?.decline_code]).toEqual([402, 'test_mode_live_card']);
    const missing = await send(sandbox.keys.publishable, '/v1/tokens', {});
    expect([missing.status, missing.json.error?.code]).toEqual([400, 'parameter_missing']);
  });

  it('refuses a restricted key without the token permission, and an unknown publishable key', async () => {
    const restricted = await tokenize(sandbox.keys.full);
    expect(restricted.status).toBe(403);
    const unknown = await tokenize(`pk_test_${'Unknown0'.repeat(12)}`);
    expect(unknown.status).toBe(401);
  });

  it('makes tokens directly for tests, on any merchant’s account', async () => {
    const token = sandbox.createToken({ key: sandbox.keys.chargesOnly });
    await expect(charge(sandbox.keys.chargesOnly, token.id)).resolves.toMatchObject({
      status: 'succeeded',
    });
    const declined = sandbox.createToken({ number: '4000000000000002' });
    await expect(charge(sandbox.keys.full, declined.id)).rejects.toMatchObject({ statusCode: 402 });
  });
});

describe('which comes first: permissions or parameters', () => {
  const badAmount = { amount: '0', currency: 'usd', source: 'tok_visa' };

  it('checks the permission first by default', async () => {
    const empty = await send(sandbox.keys.readOnly, '/v1/charges', {});
    expect(empty.status).toBe(403);
    const small = await send(sandbox.keys.readOnly, '/v1/charges', badAmount);
    expect(small.status).toBe(403);
  });

  it('can answer parameter problems before the permission, as some endpoints do', async () => {
    sandbox.checkParametersFirst = true;
    const empty = await send(sandbox.keys.readOnly, '/v1/charges', {});
    expect([empty.status, empty.json.error?.code]).toEqual([400, 'parameter_missing']);
    const small = await send(sandbox.keys.readOnly, '/v1/charges', badAmount);
    expect([small.status, small.json.error?.code]).toEqual([400, 'parameter_invalid_integer']);
    const refund = await send(sandbox.keys.readOnly, '/v1/refunds', {});
    expect(refund.status).toBe(400);
  });

  it('never looks an object up before the permission, either way', async () => {
    for (const first of [false, true]) {
      sandbox.checkParametersFirst = first;
      const probe = { amount: '100', currency: 'usd', source: 'tok_1NotThere000000000000000' };
      expect((await send(sandbox.keys.readOnly, '/v1/charges', probe)).status).toBe(403);
      expect((await send(sandbox.keys.full, '/v1/charges', probe)).status).toBe(400);
      const refund = { charge: 'ch_1NotThere000000000000000' };
      expect((await send(sandbox.keys.readOnly, '/v1/refunds', refund)).status).toBe(403);
      expect((await send(sandbox.keys.full, '/v1/refunds', refund)).status).toBe(404);
    }
  });

  it('starts with the switch on when asked', async () => {
    const strict = await startStripeSandbox({ checkParametersFirst: true });
    try {
      expect(strict.checkParametersFirst).toBe(true);
      const answer = await testStripeClient(strict.port, strict.keys.readOnly)
        .charges.create({})
        .catch((error: { statusCode?: number }) => error);
      expect(answer).toMatchObject({ statusCode: 400 });
    } finally {
      await strict.stop();
    }
  });
});
