import { refundNoteMetadataKey } from '@pelago/connect-core';
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
import { chargeScanLimit, type MerchantClient } from './merchantClient';

let sandbox: StripeSandbox;
let connect: PelagoConnect;
let recorder: OutputRecorder;

beforeAll(async () => {
  recorder = recordOutput();
  sandbox = await startStripeSandbox();
  connect = createPelagoConnect({
    stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
    maxNetworkRetries: 0,
    logger: recorder.logger,
  });
});

afterAll(async () => {
  await sandbox.stop();
  recorder.restore();
  expectNoKeyLeaks(recorder.texts, Object.values(sandbox.keys));
});

const failure = (promise: Promise<unknown>) => expectConnectFailure(recorder, promise);

/** A merchant of its own, so each test sees only its own charges. */
function merchantOn(account: string): MerchantClient {
  return connect.merchant(
    sandbox.addKey({ permissions: ['charge_write', 'refund_write'], account }),
  );
}

describe('charges.retrieve and refunds.list({ charge })', () => {
  it('gives a charge and its refunds newest first, with pending and failed ones', async () => {
    const merchant = merchantOn('history');
    const seeded = await sandbox.createCharge({
      account: 'history',
      amount: 5000,
      currency: 'usd',
      description: 'Gala — 2 tickets',
      receiptEmail: 'ada@example.com',
    });
    const other = await sandbox.createCharge({ account: 'history', amount: 900, currency: 'usd' });
    await merchant.refunds.create({ chargeId: other.id, amount: 100 });
    await merchant.refunds.create({ chargeId: seeded.id, amount: 1000, reason: 'duplicate' });
    sandbox.refundOutcomes.add({ outcome: 'pending', pendingReason: 'insufficient_funds' });
    await merchant.refunds.create({ chargeId: seeded.id, amount: 500 });
    sandbox.refundOutcomes.add({ outcome: 'fail_later', failureReason: 'lost_or_stolen_card' });
    const failing = await merchant.refunds.create({ chargeId: seeded.id, amount: 700 });
    expect(failing).toMatchObject({ status: 'pending', pendingReason: 'processing' });

    const charge = await merchant.charges.retrieve(seeded.id);
    // The failed refund's amount is back on the charge: 1000 + 500 are refunded (or on the way).
    expect(charge).toMatchObject({
      amount: 5000,
      amountRefunded: 1500,
      amountRefundable: 3500,
      description: 'Gala — 2 tickets',
      receiptEmail: 'ada@example.com',
      cardBrand: 'visa',
      cardLast4: '4242',
    });
    const refunds = await merchant.refunds.list({ charge: seeded.id });
    expect(refunds.hasMore).toBe(false);
    expect(
      refunds.data.map(({ amount, status, reason, pendingReason, failureReason }) => ({
        amount,
        status,
        reason,
        pendingReason,
        failureReason,
      })),
    ).toEqual([
      {
        amount: 700,
        status: 'failed',
        reason: null,
        pendingReason: null,
        failureReason: 'lost_or_stolen_card',
      },
      {
        amount: 500,
        status: 'pending',
        reason: null,
        pendingReason: 'insufficient_funds',
        failureReason: null,
      },
      {
        amount: 1000,
        status: 'succeeded',
        reason: 'duplicate',
        pendingReason: null,
        failureReason: null,
      },
    ]);
  });

  it('answers charge_not_found for a charge that is not there and checks the id first', async () => {
    const merchant = merchantOn('missing');
    const error = await failure(merchant.charges.retrieve('ch_nothere'));
    expect(error).toMatchObject({ code: 'charge_not_found', status: 404 });
    const before = sandbox.requests.length;
    const bad = await failure(merchant.refunds.list({ charge: 'ch_../x' }));
    expect(bad.code).toBe('invalid_request');
    expect(sandbox.requests.length).toBe(before);
  });
});

describe('refunds.create with a note', () => {
  it('keeps the note in metadata and reads it back', async () => {
    const merchant = merchantOn('notes');
    const charge = await sandbox.createCharge({ account: 'notes', amount: 3000, currency: 'usd' });
    const refund = await merchant.refunds.create({
      chargeId: charge.id,
      amount: 1000,
      note: '  Event moved; attendee cannot come  ',
      metadata: { ticket: 'T-9' },
    });
    expect(refund.note).toBe('Event moved; attendee cannot come');
    expect(refund.raw.metadata).toEqual({
      ticket: 'T-9',
      [refundNoteMetadataKey]: 'Event moved; attendee cannot come',
    });
    const [listed] = (await merchant.refunds.list({ charge: charge.id })).data;
    expect(listed?.note).toBe('Event moved; attendee cannot come');
  });

  it('refuses a note over 500 characters before asking Stripe', async () => {
    const merchant = merchantOn('notes');
    const before = sandbox.requests.length;
    const error = await failure(
      merchant.refunds.create({ chargeId: 'ch_any', note: 'x'.repeat(501) }),
    );
    expect(error).toMatchObject({ code: 'validation_failed', status: 400 });
    expect(error.message).toMatch(/500 characters or fewer/);
    expect(sandbox.requests.length).toBe(before);
    await expect(
      merchant.refunds.create({ chargeId: 'ch_any', note: 42 as unknown as string }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });
});

describe('charges.list({ query })', () => {
  let merchant: MerchantClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    merchant = merchantOn('search');
    const seed = async (name: string, extra: Parameters<StripeSandbox['createCharge']>[0]) => {
      ids[name] = (await sandbox.createCharge({ ...extra, account: 'search' })).id;
    };
    await seed('gala', {
      amount: 5000,
      currency: 'usd',
      description: 'Summer Gala — 2 tickets',
      metadata: { order_id: 'ORD-1001' },
      receiptEmail: 'ada@example.com',
    });
    await seed('workshop', {
      amount: 2500,
      currency: 'usd',
      description: 'Workshop',
      metadata: { order_id: 'ORD-1002', attendee: 'grace' },
    });
    await seed('gala2', { amount: 5000, currency: 'usd', description: 'Summer gala — 1 ticket' });
  });

  it('finds a charge by its id with one request, and answers an empty page for an unknown id', async () => {
    sandbox.requests.clear();
    const page = await merchant.charges.list({ query: ` ${ids.workshop} ` });
    expect(page).toEqual({ data: [expect.objectContaining({ id: ids.workshop })], hasMore: false });
    expect(sandbox.requests.list().map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /v1/charges/${ids.workshop}`,
    ]);
    await expect(merchant.charges.list({ query: 'ch_doesNotExist' })).resolves.toEqual({
      data: [],
      hasMore: false,
    });
  });

  it('finds an order reference in metadata, a receipt email and words of the description', async () => {
    const found = async (query: string) =>
      (await merchant.charges.list({ query })).data.map((charge) => charge.id);
    expect(await found('ORD-1002')).toEqual([ids.workshop]);
    expect(await found('ord-1001')).toEqual([ids.gala]);
    expect(await found('grace')).toEqual([ids.workshop]);
    expect(await found('ADA@example.com')).toEqual([ids.gala]);
    expect(await found('summer gala')).toEqual([ids.gala2, ids.gala]);
    expect(await found('ORD-10')).toEqual([]);
    expect(await found('   ')).toHaveLength(3);
  });

  it('pages through what it finds with nextStartingAfter', async () => {
    const first = await merchant.charges.list({ query: 'gala', limit: 1 });
    expect(first).toEqual({
      data: [expect.objectContaining({ id: ids.gala2 })],
      hasMore: true,
      nextStartingAfter: ids.gala2,
    });
    const second = await merchant.charges.list({
      query: 'gala',
      limit: 1,
      startingAfter: first.nextStartingAfter,
    });
    // The gala charge is the oldest: nothing is left to scan after it.
    expect(second).toEqual({ data: [expect.objectContaining({ id: ids.gala })], hasMore: false });
  });

  it('refuses a query that is not text or too long', async () => {
    const error = await failure(merchant.charges.list({ query: 'x'.repeat(501) }));
    expect(error.code).toBe('invalid_request');
  });
});

describe('the bound on a scan', () => {
  it(`looks at ${chargeScanLimit} charges at most per call, then says where to go on`, async () => {
    const merchant = merchantOn('many');
    const wanted = await sandbox.createCharge({
      account: 'many',
      amount: 1000,
      currency: 'usd',
      metadata: { order_id: 'OLD-1' },
    });
    for (let index = 0; index < chargeScanLimit + 20; index++) {
      await sandbox.createCharge({ account: 'many', amount: 1000, currency: 'usd' });
    }
    sandbox.requests.clear();
    const first = await merchant.charges.list({ query: 'OLD-1' });
    expect(first.data).toEqual([]);
    expect(first.hasMore).toBe(true);
    expect(first.nextStartingAfter).toMatch(/^ch_/);
    expect(sandbox.requests.count({ method: 'GET', path: '/v1/charges' })).toBe(
      chargeScanLimit / 100,
    );
    const rest = await merchant.charges.list({
      query: 'OLD-1',
      startingAfter: first.nextStartingAfter,
    });
    expect(rest).toEqual({ data: [expect.objectContaining({ id: wanted.id })], hasMore: false });
  });
});
