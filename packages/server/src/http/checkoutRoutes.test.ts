import { findKeyLeaks } from '@pelago/connect-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type HandlerTestServer,
  startHandlerTestServer,
} from '../../test-support/handlerTestServer';
import { memoryStore } from '../vault/index';
import type { ChargeToApprove } from './routeTypes';

/**
 * What an attendee's checkout needs from the API, and nothing more: the publishable key from
 * `GET /key` and one `POST /charges` per payment, on the merchant's own Stripe account.
 */
let t: HandlerTestServer;
let merchants = 0;
/** What the host's approveCharge saw, and the price of the order it checks against. */
const approvals: ChargeToApprove[] = [];
const ORDER_PRICES: Record<string, number> = { 'REG-PRICED': 2500 };

beforeAll(async () => {
  t = await startHandlerTestServer(() => memoryStore(), {
    // As a host would: an order it priced must be paid at its price; other payments pass.
    approveCharge: (charge) => {
      approvals.push(charge);
      const price = ORDER_PRICES[charge.metadata?.order_ref ?? ''];
      return price === undefined || (price === charge.amount && charge.currency === 'usd');
    },
  });
});

afterAll(async () => {
  expect(findKeyLeaks([...t.seen, ...t.logs], t.sandbox.secretKeys())).toEqual([]);
  await t.stop();
});

/** A merchant connected with both keys, on a Stripe account of its own. */
async function connectedMerchant() {
  const id = `checkout-${++merchants}`;
  const account = `account-${id}`;
  const key = t.sandbox.addKey({ permissions: ['charge_write', 'refund_write'], account });
  const publishableKey = t.sandbox.publishableKeyFor(key);
  const connected = await t.call('/api/pelago/key', {
    method: 'POST',
    as: `${id}:owner`,
    body: { key, publishableKey },
  });
  expect(connected.status).toBe(200);
  return { id, account, key, publishableKey, attendee: `${id}:attendee` };
}

const pay = (as: string, body: Record<string, unknown>) =>
  t.call('/api/pelago/charges', { method: 'POST', as, body });

describe('the attendee role', () => {
  it('reads the publishable key and pays once on the merchant’s account', async () => {
    const merchant = await connectedMerchant();
    const status = await t.call('/api/pelago/key', { as: merchant.attendee });
    expect(status.body.status).toMatchObject({
      publishableKey: merchant.publishableKey,
      payments: 'ready',
    });
    const token = t.sandbox.createToken({ key: merchant.publishableKey });
    t.sandbox.requests.clear();
    const paid = await pay(merchant.attendee, {
      amount: 2500,
      currency: 'usd',
      source: token.id,
      description: 'Registration',
      metadata: { order_ref: 'REG-1' },
      receiptEmail: 'ada@example.com',
      idempotencyKey: 'reg-1',
    });
    expect(paid.status).toBe(200);
    expect(paid.body.charge).toMatchObject({
      amount: 2500,
      currency: 'usd',
      status: 'succeeded',
      receiptEmail: 'ada@example.com',
      metadata: { order_ref: 'REG-1' },
    });
    expect(t.sandbox.requests.count({ method: 'POST', path: '/v1/charges' })).toBe(1);
    expect(await t.sandbox.countCharges(merchant.account)).toBe(1);
  });

  it.each([
    ['list charges', 'GET', '/api/pelago/charges', undefined],
    ['open a charge', 'GET', '/api/pelago/charges/ch_x', undefined],
    ['refund', 'POST', '/api/pelago/refunds', { chargeId: 'ch_x', idempotencyKey: 'r-1' }],
    ['connect a key', 'POST', '/api/pelago/key', { key: 'rk_test_x' }],
    ['remove the key', 'DELETE', '/api/pelago/key', undefined],
    ['change the publishable key', 'PUT', '/api/pelago/key/publishable', { publishableKey: 'pk' }],
  ])('may not %s', async (_what, method, path, body) => {
    const merchant = await connectedMerchant();
    t.sandbox.requests.clear();
    const answer = await t.call(path, { method, as: merchant.attendee, body });
    expect([answer.status, answer.body.error.code]).toEqual([403, 'forbidden']);
    expect(t.sandbox.requests.length).toBe(0);
  });
});

describe('approveCharge', () => {
  it('refuses a payment whose amount the page changed, before Stripe is asked', async () => {
    const merchant = await connectedMerchant();
    const token = t.sandbox.createToken({ key: merchant.publishableKey });
    t.sandbox.requests.clear();
    const tampered = await pay(merchant.attendee, {
      amount: 50,
      currency: 'usd',
      source: token.id,
      metadata: { order_ref: 'REG-PRICED' },
      idempotencyKey: 'reg-tampered',
    });
    expect([tampered.status, tampered.body.error.code]).toEqual([403, 'forbidden']);
    expect(tampered.body.error.message).toContain('does not match the order');
    expect(t.sandbox.requests.length).toBe(0);
    expect(approvals.at(-1)).toMatchObject({
      merchantId: merchant.id,
      role: 'attendee',
      amount: 50,
      currency: 'usd',
      metadata: { order_ref: 'REG-PRICED' },
    });
    const priced = await pay(merchant.attendee, {
      amount: 2500,
      currency: 'usd',
      source: token.id,
      metadata: { order_ref: 'REG-PRICED' },
      idempotencyKey: 'reg-priced',
    });
    expect(priced.status).toBe(200);
    expect(await t.sandbox.countCharges(merchant.account)).toBe(1);
  });
});

describe('receiptEmail', () => {
  it.each(['not an email', 'two@example.com, addresses@example.com', 'no-domain@'])(
    'refuses %j before asking Stripe',
    async (receiptEmail) => {
      const merchant = await connectedMerchant();
      t.sandbox.requests.clear();
      const answer = await pay(merchant.attendee, {
        amount: 2500,
        currency: 'usd',
        source: t.sandbox.createToken({ key: merchant.publishableKey }).id,
        receiptEmail,
        idempotencyKey: 'reg-bad-email',
      });
      expect([answer.status, answer.body.error.code]).toEqual([400, 'validation_failed']);
      expect(answer.body.error.message).toContain('receiptEmail');
      expect(t.sandbox.requests.length).toBe(0);
    },
  );
});
