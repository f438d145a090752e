import {
  expectNoKeyLeaks,
  type OutputRecorder,
  recordOutput,
  type StripeSandbox,
  startStripeSandbox,
} from '@pelago/connect-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConnectFailure } from '../../test-support/expectConnectFailure';
import { createPelagoConnect, type PelagoConnect } from './createPelagoConnect';
import type { MerchantClient } from './merchantClient';

let sandbox: StripeSandbox;
let connect: PelagoConnect;
let merchant: MerchantClient;
let recorder: OutputRecorder;
const unknownKey = `rk_test_${'Nope'.repeat(25)}`;

beforeAll(async () => {
  recorder = recordOutput();
  sandbox = await startStripeSandbox();
  connect = createPelagoConnect({
    stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
    logger: recorder.logger,
  });
  merchant = connect.merchant(sandbox.keys.full);
});

afterAll(async () => {
  await sandbox.stop();
  recorder.restore();
  expectNoKeyLeaks(recorder.texts, [...Object.values(sandbox.keys), unknownKey]);
});

const failure = (promise: Promise<unknown>) => expectConnectFailure(recorder, promise);

const visa = { amount: 2000, currency: 'usd', source: 'tok_visa' };

describe('charges.create', () => {
  it('charges a card and returns the trimmed summary with the Stripe object', async () => {
    const charge = await merchant.charges.create({
      ...visa,
      description: 'Registration #12',
      metadata: { order: '12' },
    });
    expect(charge).toMatchObject({
      id: expect.stringMatching(/^ch_/),
      amount: 2000,
      amountRefunded: 0,
      amountRefundable: 2000,
      currency: 'usd',
      status: 'succeeded',
      refunded: false,
      disputed: false,
      captured: true,
      description: 'Registration #12',
      receiptEmail: null,
      cardBrand: 'visa',
      cardLast4: '4242',
      metadata: { order: '12' },
    });
    expect(new Date(charge.created).toISOString()).toBe(charge.created);
    expect(charge.raw).toMatchObject({ id: charge.id, object: 'charge' });
  });

  it('sends an idempotency key of its own when none is given', async () => {
    sandbox.requests.clear();
    await merchant.charges.create(visa);
    expect(sandbox.requests.last()?.idempotencyKey).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('reports a declined card with its decline code', async () => {
    const declined = await failure(
      merchant.charges.create({ ...visa, source: 'tok_chargeDeclined' }),
    );
    expect(declined).toMatchObject({
      code: 'card_declined',
      status: 402,
      declineCode: 'generic_decline',
    });
    expect(declined.requestId).toMatch(/^req_/);
    const broke = await failure(
      merchant.charges.create({ ...visa, source: 'tok_chargeDeclinedInsufficientFunds' }),
    );
    expect(broke).toMatchObject({ code: 'card_declined', declineCode: 'insufficient_funds' });
    expect(broke.message).toBe('Your card has insufficient funds.');
  });

  it.each([
    ['zero', 0],
    ['a fraction', 10.5],
    ['more than eight digits', 100_000_000],
    ['a string', '1000'],
    ['unsafe', Number.MAX_SAFE_INTEGER + 2],
  ])('refuses an amount that is %s before any request', async (_name, amount) => {
    sandbox.requests.clear();
    const error = await failure(merchant.charges.create({ ...visa, amount: amount as number }));
    expect(error).toMatchObject({ code: 'amount_invalid', status: 400 });
    expect(sandbox.requests.length).toBe(0);
  });

  it('refuses an unknown currency before any request, and takes any case', async () => {
    sandbox.requests.clear();
    for (const currency of ['zzz', 'us', 'dollars', '']) {
      expect((await failure(merchant.charges.create({ ...visa, currency }))).code).toBe(
        'currency_invalid',
      );
    }
    expect(sandbox.requests.length).toBe(0);
    expect((await merchant.charges.create({ ...visa, currency: 'EUR' })).currency).toBe('eur');
  });
});

describe('refunds', () => {
  it('refunds in parts until nothing is left, then refuses', async () => {
    const charge = await merchant.charges.create({ ...visa, amount: 1000 });
    const first = await merchant.refunds.create({ chargeId: charge.id, amount: 300 });
    expect(first).toMatchObject({
      chargeId: charge.id,
      amount: 300,
      currency: 'usd',
      status: 'succeeded',
      reason: null,
    });
    expect((await merchant.charges.retrieve(charge.id)).amountRefundable).toBe(700);
    await merchant.refunds.create({
      chargeId: charge.id,
      amount: 300,
      reason: 'requested_by_customer',
    });
    const rest = await merchant.refunds.create({ chargeId: charge.id });
    expect(rest.amount).toBe(400);
    expect(await merchant.charges.retrieve(charge.id)).toMatchObject({
      amountRefunded: 1000,
      amountRefundable: 0,
      refunded: true,
    });
    const again = await failure(merchant.refunds.create({ chargeId: charge.id, amount: 100 }));
    expect(again).toMatchObject({ code: 'charge_already_refunded', status: 400 });
  });

  it('refuses a refund larger than what is left', async () => {
    const charge = await merchant.charges.create({ ...visa, amount: 2145 });
    await merchant.refunds.create({ chargeId: charge.id, amount: 1000 });
    const error = await failure(merchant.refunds.create({ chargeId: charge.id, amount: 2500 }));
    expect(error).toMatchObject({ code: 'refund_exceeds_charge', status: 400 });
  });

  it('refuses a refund on a disputed charge', async () => {
    const charge = await merchant.charges.create({ ...visa, source: 'tok_createDispute' });
    await expect.poll(async () => (await merchant.charges.retrieve(charge.id)).disputed).toBe(true);
    expect((await merchant.charges.retrieve(charge.id)).amountRefundable).toBe(0);
    const error = await failure(merchant.refunds.create({ chargeId: charge.id }));
    expect(error).toMatchObject({ code: 'charge_disputed', status: 400 });
  });

  it('reports a charge that does not exist', async () => {
    const error = await failure(merchant.refunds.create({ chargeId: 'ch_doesNotExist' }));
    expect(error).toMatchObject({ code: 'charge_not_found', status: 404 });
    expect((await failure(merchant.charges.retrieve('ch_doesNotExist'))).code).toBe(
      'charge_not_found',
    );
  });

  it('refuses an unknown reason or amount before any request', async () => {
    sandbox.requests.clear();
    const reason = await failure(
      merchant.refunds.create({ chargeId: 'ch_x', reason: 'changed_mind' as 'duplicate' }),
    );
    expect(reason).toMatchObject({ code: 'refund_reason_invalid', status: 400 });
    expect((await failure(merchant.refunds.create({ chargeId: 'ch_x', amount: -5 }))).code).toBe(
      'amount_invalid',
    );
    expect(sandbox.requests.length).toBe(0);
  });

  it('returns the same refund when the same request is sent again with its idempotency key', async () => {
    const charge = await merchant.charges.create({ ...visa, amount: 5000 });
    const before = await sandbox.countRefunds();
    const params = { chargeId: charge.id, amount: 1200, reason: 'duplicate' as const };
    const first = await merchant.refunds.create(params, { idempotencyKey: `refund-${charge.id}` });
    const second = await merchant.refunds.create(params, { idempotencyKey: `refund-${charge.id}` });
    expect(second.id).toBe(first.id);
    expect(await sandbox.countRefunds()).toBe(before + 1);
    expect((await merchant.charges.retrieve(charge.id)).amountRefunded).toBe(1200);
  });

  it('refuses an idempotency key reused with other parameters', async () => {
    const charge = await merchant.charges.create({ ...visa, amount: 5000 });
    await merchant.refunds.create(
      { chargeId: charge.id, amount: 100 },
      { idempotencyKey: 'dup-key' },
    );
    const error = await failure(
      merchant.refunds.create({ chargeId: charge.id, amount: 200 }, { idempotencyKey: 'dup-key' }),
    );
    expect(error).toMatchObject({ code: 'idempotency_conflict', status: 409 });
  });
});

describe('lists', () => {
  it('pages through charges with limit and startingAfter', async () => {
    const key = sandbox.addKey({
      permissions: ['charge_write', 'refund_write'],
      account: 'paging',
    });
    const own = connect.merchant(key);
    const created = [];
    for (let i = 0; i < 3; i += 1) created.push((await own.charges.create(visa)).id);
    const page1 = await own.charges.list({ limit: 2 });
    expect(page1.data).toHaveLength(2);
    expect(page1.hasMore).toBe(true);
    const page2 = await own.charges.list({ limit: 2, startingAfter: page1.data[1]?.id });
    expect(page2).toMatchObject({ hasMore: false });
    expect([...page1.data, ...page2.data].map((charge) => charge.id).sort()).toEqual(
      created.sort(),
    );
    expect(page1.data[0]).toMatchObject({ amount: 2000, raw: { object: 'charge' } });
  });

  it('lists refunds as summaries', async () => {
    const charge = await merchant.charges.create(visa);
    const refund = await merchant.refunds.create({ chargeId: charge.id, amount: 500 });
    const page = await merchant.refunds.list({ limit: 100 });
    expect(page.data.find((item) => item.id === refund.id)).toMatchObject({
      chargeId: charge.id,
      amount: 500,
    });
  });

  it('refuses a page size outside 1–100', async () => {
    for (const limit of [0, 101, 2.5]) {
      expect((await failure(merchant.charges.list({ limit }))).code).toBe('invalid_request');
    }
  });
});

describe('keys that cannot do the job', () => {
  it('a charges-only key cannot refund: permission_missing naming the Refunds row', async () => {
    const charges = connect.merchant(sandbox.keys.chargesOnly);
    const charge = await charges.charges.create(visa);
    const error = await failure(charges.refunds.create({ chargeId: charge.id }));
    expect(error).toMatchObject({ code: 'permission_missing', status: 422 });
    expect(error.message).toContain('Refunds to Write');
  });

  it('an expired key and an unknown key are refused with 422', async () => {
    const expired = await failure(connect.merchant(sandbox.keys.expired).charges.list());
    expect(expired).toMatchObject({ code: 'key_expired', status: 422 });
    const unknown = await failure(connect.merchant(unknownKey).charges.list());
    expect(unknown).toMatchObject({ code: 'key_invalid', status: 422 });
  });

  it('a secret key is refused without a request', async () => {
    sandbox.requests.clear();
    const error = await failure(connect.merchant(sandbox.keys.secret).charges.create(visa));
    expect(error.code).toBe('secret_key');
    expect(sandbox.requests.length).toBe(0);
  });
});
