import { refundNoteMetadataKey } from '@pelago/connect-core';
import { findKeyLeaks } from '@pelago/connect-testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type HandlerTestServer,
  startHandlerTestServer,
} from '../../test-support/handlerTestServer';
import { memoryStore } from '../vault/index';
import type { ChargeAuditEvent, RefundAuditEvent } from './auditHooks';

/**
 * What the refund panel asks of the server, end to end over HTTP against the sandbox: opening a
 * charge, finding one, every refund outcome, lost answers, request counts and the audit hooks.
 */
let t: HandlerTestServer;
const refundEvents: RefundAuditEvent[] = [];
const chargeEvents: ChargeAuditEvent[] = [];
const hookArguments: unknown[] = [];
let hookFails = false;
let merchants = 0;

beforeAll(async () => {
  t = await startHandlerTestServer(() => memoryStore(), {
    onRefund: async (event) => {
      hookArguments.push(event);
      refundEvents.push(event);
      if (hookFails) throw new Error(`audit store down for ${t.sandbox.keys.full}`);
    },
    onCharge: (event) => {
      hookArguments.push(event);
      chargeEvents.push(event);
      if (hookFails) throw new Error('audit store down');
    },
  });
});

afterEach(() => {
  t.sandbox.faults.clear();
  t.sandbox.refundOutcomes.clear();
  t.sandbox.latencyMs = 0;
  refundEvents.length = 0;
  chargeEvents.length = 0;
  hookFails = false;
});

afterAll(async () => {
  const keys = t.sandbox.describeKeys().map((info) => info.key);
  expect(findKeyLeaks([...t.seen, ...t.logs], keys)).toEqual([]);
  expect(findKeyLeaks(hookArguments, keys)).toEqual([]);
  await t.stop();
});

/** A merchant with a key (and a Stripe account) of its own. */
async function connectedMerchant() {
  const id = `panel-${++merchants}`;
  const account = `account-${id}`;
  const key = t.sandbox.addKey({ permissions: ['charge_write', 'refund_write'], account });
  const answer = await t.call('/api/pelago/key', {
    method: 'POST',
    as: `${id}:owner`,
    body: { key },
  });
  expect(answer.status).toBe(200);
  return { id, account, owner: `${id}:owner`, admin: `${id}:admin`, viewer: `${id}:viewer` };
}

type Merchant = Awaited<ReturnType<typeof connectedMerchant>>;

const seedCharge = (merchant: Merchant, amount = 5000, extra = {}) =>
  t.sandbox.createCharge({ account: merchant.account, amount, currency: 'usd', ...extra });

const refund = (merchant: Merchant, body: Record<string, unknown>, as = merchant.admin) =>
  t.call('/api/pelago/refunds', {
    method: 'POST',
    as,
    body: { idempotencyKey: `intent-${Math.random()}`, ...body },
  });

describe('GET /charges/:id', () => {
  it('answers the charge and its refunds newest first, with what the panel shows', async () => {
    const merchant = await connectedMerchant();
    const charge = await seedCharge(merchant, 5000, {
      description: 'Summer gala — 2 tickets',
      receiptEmail: 'ada@example.com',
    });
    expect((await refund(merchant, { chargeId: charge.id, amount: 2000 })).status).toBe(200);
    t.sandbox.refundOutcomes.add({ outcome: 'pending', pendingReason: 'insufficient_funds' });
    await refund(merchant, { chargeId: charge.id, amount: 500, note: 'Parking refund' });
    t.sandbox.refundOutcomes.add({
      outcome: 'fail_later',
      failureReason: 'expired_or_canceled_card',
    });
    await refund(merchant, { chargeId: charge.id, amount: 700, reason: 'duplicate' });

    const answer = await t.call(`/api/pelago/charges/${charge.id}`, { as: merchant.viewer });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      charge: {
        id: charge.id,
        amount: 5000,
        amountRefunded: 2500,
        amountRefundable: 2500,
        currency: 'usd',
        status: 'succeeded',
        refunded: false,
        disputed: false,
        captured: true,
        description: 'Summer gala — 2 tickets',
        created: expect.any(String),
        receiptEmail: 'ada@example.com',
        cardBrand: 'visa',
        cardLast4: '4242',
        metadata: {},
      },
      refunds: [
        expect.objectContaining({
          amount: 700,
          status: 'failed',
          reason: 'duplicate',
          failureReason: 'expired_or_canceled_card',
          pendingReason: null,
        }),
        expect.objectContaining({
          amount: 500,
          status: 'pending',
          pendingReason: 'insufficient_funds',
          note: 'Parking refund',
        }),
        {
          id: expect.stringMatching(/^re_/),
          chargeId: charge.id,
          amount: 2000,
          currency: 'usd',
          status: 'succeeded',
          reason: null,
          pendingReason: null,
          failureReason: null,
          note: null,
          created: expect.any(String),
        },
      ],
    });
    expect(answer.text).not.toContain('"raw"');
  });

  it('costs exactly 2 Stripe requests, sent together', async () => {
    const merchant = await connectedMerchant();
    const charge = await seedCharge(merchant);
    t.sandbox.requests.clear();
    t.sandbox.latencyMs = 50;
    const answer = await t.call(`/api/pelago/charges/${charge.id}`, { as: merchant.owner });
    expect(answer.status).toBe(200);
    const sent = t.sandbox.requests.list();
    expect(sent.map((entry) => `${entry.method} ${entry.path}`).sort()).toEqual([
      `GET /v1/charges/${charge.id}`,
      'GET /v1/refunds',
    ]);
    // Both arrived before either was answered: one round trip, not two.
    const [a, b] = sent as [(typeof sent)[0], (typeof sent)[0]];
    expect(Math.max(a.at, b.at)).toBeLessThan(Math.min(a.at + a.durationMs, b.at + b.durationMs));
  });

  it('answers 404 charge_not_found for a charge of another merchant or none', async () => {
    const merchant = await connectedMerchant();
    const other = await connectedMerchant();
    const theirs = await seedCharge(other);
    for (const id of [theirs.id, 'ch_nothingHere']) {
      const answer = await t.call(`/api/pelago/charges/${id}`, { as: merchant.owner });
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('charge_not_found');
    }
  });

  it('answers 404 to ids that are not Stripe ids, without asking Stripe', async () => {
    const merchant = await connectedMerchant();
    t.sandbox.requests.clear();
    for (const path of [
      '/api/pelago/charges/ch_1%2F..%2Fkey',
      '/api/pelago/charges/ch.1',
      '/api/pelago/charges/ch-1',
      `/api/pelago/charges/ch_${'a'.repeat(253)}`,
      '/api/pelago/charges/ch_1/refunds',
      '/api/pelago/charges/',
      '/api/pelago/charges/%2e%2e',
      '/api/pelago/refunds/re_1',
    ]) {
      const answer = await t.call(path, { as: merchant.owner });
      expect(answer.status, path).toBe(404);
      expect(answer.body.error.code, path).toBe('not_found');
    }
    expect(t.sandbox.requests.length).toBe(0);
    const longest = await t.call(`/api/pelago/charges/ch_${'a'.repeat(252)}`, {
      as: merchant.owner,
    });
    expect(longest.body.error.code).toBe('charge_not_found');
  });

  it('lets a viewer read but answers 405 to other methods and 401 without a session', async () => {
    const merchant = await connectedMerchant();
    const charge = await seedCharge(merchant);
    const post = await t.call(`/api/pelago/charges/${charge.id}`, {
      method: 'POST',
      as: merchant.owner,
      body: {},
      headers: { origin: new URL(t.url).origin },
    });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, OPTIONS');
    const nobody = await t.call(`/api/pelago/charges/${charge.id}`, { as: null });
    expect(nobody.status).toBe(401);
  });
});

describe('GET /charges?query=', () => {
  it('finds a charge by id, by order reference or by email, and answers an empty page otherwise', async () => {
    const merchant = await connectedMerchant();
    const gala = await seedCharge(merchant, 5000, {
      metadata: { order_id: 'ORD-77' },
      receiptEmail: 'grace@example.com',
    });
    await seedCharge(merchant, 2000);
    const find = async (query: string) => {
      const answer = await t.call(`/api/pelago/charges?query=${encodeURIComponent(query)}`, {
        as: merchant.viewer,
      });
      expect(answer.status).toBe(200);
      return answer.body;
    };
    expect(await find(gala.id)).toEqual({
      data: [expect.objectContaining({ id: gala.id, amount: 5000 })],
      hasMore: false,
    });
    expect((await find('ord-77')).data.map((c: { id: string }) => c.id)).toEqual([gala.id]);
    expect((await find('grace@example.com')).data).toHaveLength(1);
    expect(await find('ch_unknown')).toEqual({ data: [], hasMore: false });
    expect(await find('ORD-404')).toEqual({ data: [], hasMore: false });
  });

  it('keeps cursor paging with nextStartingAfter', async () => {
    const merchant = await connectedMerchant();
    for (let index = 0; index < 3; index++) await seedCharge(merchant, 1000 + index * 100);
    const first = await t.call('/api/pelago/charges?limit=2', { as: merchant.owner });
    expect(first.body).toMatchObject({ hasMore: true, nextStartingAfter: first.body.data[1].id });
    const next = await t.call(
      `/api/pelago/charges?limit=2&startingAfter=${first.body.nextStartingAfter}`,
      { as: merchant.owner },
    );
    expect(next.body).toEqual({
      data: [expect.objectContaining({ amount: 1000 })],
      hasMore: false,
    });
  });
});

describe('POST /refunds outcomes', () => {
  it('costs exactly 1 Stripe request and passes the note on', async () => {
    const merchant = await connectedMerchant();
    const charge = await seedCharge(merchant);
    t.sandbox.requests.clear();
    const answer = await refund(merchant, {
      chargeId: charge.id,
      amount: 2000,
      note: 'Moved to next year',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.refund).toMatchObject({ amount: 2000, note: 'Moved to next year' });
    expect(t.sandbox.requests.list().map((entry) => `${entry.method} ${entry.path}`)).toEqual([
      'POST /v1/refunds',
    ]);
    const [stored] = await t.sandbox.listRefunds(merchant.account);
    expect(stored?.metadata).toEqual({ [refundNoteMetadataKey]: 'Moved to next year' });
  });

  it('says what is left when the refund is too large', async () => {
    const merchant = await connectedMerchant();
    const charge = await seedCharge(merchant);
    await refund(merchant, { chargeId: charge.id, amount: 2000 });
    const answer = await refund(merchant, { chargeId: charge.id, amount: 4000 });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({
      code: 'refund_exceeds_charge',
      message:
        'This refund is more than what is left to refund on this charge. Refund $30 or less.',
    });
  });

  it.each([
    ['charge_already_refunded', 'charge_already_refunded'],
    ['charge_disputed', 'charge_disputed'],
    ['refund_disputed_payment', 'charge_disputed'],
    ['charge_not_refundable', 'charge_not_refundable'],
  ])('answers Stripe’s %s as %s', async (stripeCode, code) => {
    const merchant = await connectedMerchant();
    t.sandbox.faults.add({
      status: 400,
      path: '/v1/refunds',
      body: { error: { type: 'invalid_request_error', code: stripeCode, message: 'No.' } },
    });
    const answer = await refund(merchant, { chargeId: 'ch_any' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe(code);
  });

  it('answers a fully refunded and a disputed charge with their codes, as Stripe decides', async () => {
    const merchant = await connectedMerchant();
    const done = await seedCharge(merchant, 1000);
    await refund(merchant, { chargeId: done.id });
    const again = await refund(merchant, { chargeId: done.id, amount: 100 });
    expect(again.body.error.code).toBe('charge_already_refunded');

    const disputed = await seedCharge(merchant);
    await t.sandbox.disputeCharge(disputed.id, { account: merchant.account });
    const opened = await t.call(`/api/pelago/charges/${disputed.id}`, { as: merchant.owner });
    expect(opened.body.charge).toMatchObject({ disputed: true, amountRefundable: 0 });
    const refused = await refund(merchant, { chargeId: disputed.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('charge_disputed');
  });

  it('answers a part refund of an uncaptured charge with charge_uncaptured', async () => {
    const merchant = await connectedMerchant();
    const held = await seedCharge(merchant, 5000, { capture: false });
    const opened = await t.call(`/api/pelago/charges/${held.id}`, { as: merchant.owner });
    expect(opened.body.charge).toMatchObject({ captured: false, amountRefundable: 0 });
    const answer = await refund(merchant, { chargeId: held.id, amount: 1000 });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('charge_uncaptured');
  });

  it('answers a key still being processed with 409 request_in_progress, retryable', async () => {
    const merchant = await connectedMerchant();
    t.sandbox.faults.add({
      status: 409,
      path: '/v1/refunds',
      body: {
        error: {
          type: 'invalid_request_error',
          code: 'idempotency_key_in_use',
          message: 'There is currently another in-progress request using this Idempotent Key.',
        },
      },
    });
    const answer = await refund(merchant, { chargeId: 'ch_any' });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toMatchObject({
      code: 'request_in_progress',
      message:
        'This request is still being processed. Wait a few seconds, then try again: it will not be done twice.',
    });
  });

  it('refuses a note over 500 characters with validation_failed, asking Stripe nothing', async () => {
    const merchant = await connectedMerchant();
    t.sandbox.requests.clear();
    const long = await refund(merchant, { chargeId: 'ch_any', note: 'n'.repeat(501) });
    expect(long.status).toBe(400);
    expect(long.body.error.code).toBe('validation_failed');
    const notText = await refund(merchant, { chargeId: 'ch_any', note: 5 });
    expect(notText.body.error.code).toBe('validation_failed');
    expect(t.sandbox.requests.length).toBe(0);
  });
});

describe('answers lost after Stripe refunded', () => {
  it.each([
    ['a dropped connection', { drop: true, count: 2 }, 'network_error'],
    ['a 500', { status: 500 }, 'stripe_unavailable'],
  ] as const)(
    'retries with the same key get the first refund after %s',
    async (_name, fault, code) => {
      const merchant = await connectedMerchant();
      const charge = await seedCharge(merchant);
      t.sandbox.faults.add({ ...fault, afterAction: true, method: 'POST', path: '/v1/refunds' });
      const intent = { chargeId: charge.id, amount: 1000, idempotencyKey: `lost-${code}` };
      const lost = await refund(merchant, intent);
      expect(lost.status).toBe(502);
      expect(lost.body.error.code).toBe(code);
      expect(refundEvents).toEqual([]);
      expect(await t.sandbox.countRefunds(merchant.account)).toBe(1);

      const retry = await refund(merchant, intent);
      expect(retry.status).toBe(200);
      const [only] = await t.sandbox.listRefunds(merchant.account);
      expect(retry.body.refund.id).toBe(only?.id);
      expect(await t.sandbox.countRefunds(merchant.account)).toBe(1);
      expect(refundEvents).toEqual([
        expect.objectContaining({ refundId: only?.id, replayed: true }),
      ]);
    },
  );
});

describe('audit hooks', () => {
  it('tells onRefund who refunded what, once per refund, without the key', async () => {
    const merchant = await connectedMerchant();
    const charge = await seedCharge(merchant);
    const body = {
      chargeId: charge.id,
      amount: 1500,
      reason: 'requested_by_customer',
      note: 'Cannot attend',
      idempotencyKey: 'double-click',
    };
    // Stripe takes its time, so the second click arrives while the first is still running.
    t.sandbox.latencyMs = 150;
    const answers = await Promise.all([refund(merchant, body), refund(merchant, body)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(refundEvents).toEqual([
      {
        merchantId: merchant.id,
        role: 'admin',
        chargeId: charge.id,
        amount: 1500,
        currency: 'usd',
        reason: 'requested_by_customer',
        note: 'Cannot attend',
        refundId: answers[0]!.body.refund.id,
        replayed: false,
      },
    ]);
  });

  it('tells onCharge about each charge', async () => {
    const merchant = await connectedMerchant();
    const answer = await t.call('/api/pelago/charges', {
      method: 'POST',
      as: merchant.owner,
      body: {
        amount: 4200,
        currency: 'usd',
        source: 'tok_visa',
        description: 'Workshop seat',
        idempotencyKey: 'order-42',
      },
    });
    expect(answer.status).toBe(200);
    expect(chargeEvents).toEqual([
      {
        merchantId: merchant.id,
        role: 'owner',
        chargeId: answer.body.charge.id,
        amount: 4200,
        currency: 'usd',
        description: 'Workshop seat',
        replayed: false,
      },
    ]);
  });

  it('keeps the success when a hook throws, logging the failure redacted', async () => {
    const merchant = await connectedMerchant();
    const charge = await seedCharge(merchant);
    hookFails = true;
    const logged = t.logs.length;
    const answer = await refund(merchant, { chargeId: charge.id, amount: 100 });
    expect(answer.status).toBe(200);
    expect(answer.body.refund.amount).toBe(100);
    const paid = await t.call('/api/pelago/charges', {
      method: 'POST',
      as: merchant.owner,
      body: { amount: 1000, currency: 'usd', source: 'tok_visa', idempotencyKey: 'o-1' },
    });
    expect(paid.status).toBe(200);
    const lines = t.logs.slice(logged);
    expect(lines.some((line) => line.includes('onRefund hook failed'))).toBe(true);
    expect(lines.some((line) => line.includes('onCharge hook failed'))).toBe(true);
    expect(findKeyLeaks(lines, [t.sandbox.keys.full])).toEqual([]);
    expect(lines.join('\n')).toContain('audit store down for rk_test_');
  });
});
