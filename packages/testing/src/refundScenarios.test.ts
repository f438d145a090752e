import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StripeSandbox, startStripeSandbox } from './startStripeSandbox';
import { testStripeClient } from './stripeTestClient';

let sandbox: StripeSandbox;

beforeAll(async () => {
  sandbox = await startStripeSandbox();
});

afterEach(() => {
  sandbox.faults.clear();
  sandbox.refundOutcomes.clear();
});

afterAll(async () => {
  await sandbox.stop();
});

const stripe = () => testStripeClient(sandbox.port, sandbox.keys.full);
const paid = (amount = 5000) =>
  stripe().charges.create({ amount, currency: 'usd', source: 'tok_visa' });

describe('refund outcomes', () => {
  it('keeps a refund pending with Stripe’s pending_reason until it is settled', async () => {
    const charge = await paid();
    sandbox.refundOutcomes.add({ outcome: 'pending', pendingReason: 'insufficient_funds' });
    const refund = await stripe().refunds.create({ charge: charge.id, amount: 2000 });
    expect(refund).toMatchObject({ status: 'pending', pending_reason: 'insufficient_funds' });
    // Stripe counts a pending refund in what the charge has refunded.
    expect(await stripe().charges.retrieve(charge.id)).toMatchObject({ amount_refunded: 2000 });
    const listed = await stripe().refunds.list({ charge: charge.id });
    expect(listed.data).toEqual([expect.objectContaining({ id: refund.id, status: 'pending' })]);

    const settled = await sandbox.settleRefund(refund.id);
    expect(settled).toMatchObject({ status: 'succeeded' });
    expect(settled).not.toHaveProperty('pending_reason');
    expect(await stripe().refunds.retrieve(refund.id)).toMatchObject({ status: 'succeeded' });
  });

  it('answers a fail_later refund as pending, then fails it and gives the amount back', async () => {
    const charge = await paid();
    sandbox.refundOutcomes.add({
      outcome: 'fail_later',
      charge: charge.id,
      failureReason: 'lost_or_stolen_card',
    });
    const refund = await stripe().refunds.create({ charge: charge.id, amount: 1500 });
    expect(refund).toMatchObject({ status: 'pending', pending_reason: 'processing' });

    const later = await stripe().refunds.retrieve(refund.id);
    expect(later).toMatchObject({ status: 'failed', failure_reason: 'lost_or_stolen_card' });
    expect(later).not.toHaveProperty('pending_reason');
    expect(await stripe().charges.retrieve(charge.id)).toMatchObject({
      amount_refunded: 0,
      refunded: false,
    });
    // The amount is refundable again, as with Stripe.
    await expect(stripe().refunds.create({ charge: charge.id })).resolves.toMatchObject({
      amount: 5000,
      status: 'succeeded',
    });
  });

  it('waits the requests asked for before failing, and settles on demand too', async () => {
    const charge = await paid();
    sandbox.refundOutcomes.add({ outcome: 'fail_later', failAfterRequests: 2 });
    const refund = await stripe().refunds.create({ charge: charge.id, amount: 1000 });
    expect(await stripe().refunds.retrieve(refund.id)).toMatchObject({ status: 'pending' });
    expect(await stripe().refunds.retrieve(refund.id)).toMatchObject({ status: 'pending' });
    expect(await stripe().refunds.retrieve(refund.id)).toMatchObject({
      status: 'failed',
      failure_reason: 'expired_or_canceled_card',
    });

    sandbox.refundOutcomes.add({ outcome: 'pending' });
    const other = await stripe().refunds.create({ charge: charge.id, amount: 1000 });
    await expect(
      sandbox.settleRefund(other.id, { status: 'failed', failureReason: 'declined' }),
    ).resolves.toMatchObject({ status: 'failed', failure_reason: 'declined' });
    expect(await stripe().charges.retrieve(charge.id)).toMatchObject({ amount_refunded: 0 });
    await expect(sandbox.settleRefund('re_missing')).rejects.toThrow(/no refund re_missing/);
  });

  it('applies only to the charge named, and only `count` times', async () => {
    const [first, second] = [await paid(), await paid()];
    const outcome = sandbox.refundOutcomes.add({ outcome: 'pending', charge: second.id, count: 2 });
    await expect(stripe().refunds.create({ charge: first.id, amount: 100 })).resolves.toMatchObject(
      { status: 'succeeded' },
    );
    expect(outcome.remaining).toBe(2);
    await stripe().refunds.create({ charge: second.id, amount: 100 });
    await stripe().refunds.create({ charge: second.id, amount: 100 });
    expect(sandbox.refundOutcomes.list()).toEqual([]);
    await expect(
      stripe().refunds.create({ charge: second.id, amount: 100 }),
    ).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('replays the first answer, pending included, for the same idempotency key', async () => {
    const charge = await paid();
    sandbox.refundOutcomes.add({ outcome: 'fail_later' });
    const first = await stripe().refunds.create(
      { charge: charge.id, amount: 700 },
      { idempotencyKey: 'refund-intent-1' },
    );
    const again = await stripe().refunds.create(
      { charge: charge.id, amount: 700 },
      { idempotencyKey: 'refund-intent-1' },
    );
    expect(again).toMatchObject({ id: first.id, status: 'pending' });
    expect(sandbox.requests.last()).toMatchObject({ replayed: true });
    expect((await sandbox.listRefunds()).filter((r) => r.charge === charge.id)).toHaveLength(1);
  });
});

describe('answers lost after Stripe acted', () => {
  it('makes the refund, drops the connection, and replays that refund on a retry', async () => {
    const charge = await paid();
    // Two: the stripe package retries a closed connection once even with retries turned off.
    sandbox.faults.add({
      drop: true,
      afterAction: true,
      method: 'POST',
      path: '/v1/refunds',
      count: 2,
    });
    const intent = { charge: charge.id, amount: 1000 };
    await expect(
      stripe().refunds.create(intent, { idempotencyKey: 'lost-1' }),
    ).rejects.toMatchObject({ type: 'StripeConnectionError' });
    expect(sandbox.requests.last()).toMatchObject({ status: 0, fault: 'drop', afterAction: true });
    const made = (await sandbox.listRefunds()).filter((refund) => refund.charge === charge.id);
    expect(made).toHaveLength(1);

    const retry = await stripe().refunds.create(intent, { idempotencyKey: 'lost-1' });
    expect(retry.id).toBe(made[0]!.id);
    expect(sandbox.requests.last()).toMatchObject({ status: 200, replayed: true });
    expect((await sandbox.listRefunds()).filter((r) => r.charge === charge.id)).toHaveLength(1);
  });

  it('makes the charge, answers 500, and replays it; a fault before acting makes nothing', async () => {
    const before = await sandbox.countCharges();
    sandbox.faults.add({ status: 500, afterAction: true, path: '/v1/charges', method: 'POST' });
    const order = { amount: 2500, currency: 'usd', source: 'tok_visa' };
    await expect(
      stripe().charges.create(order, { idempotencyKey: 'order-9' }),
    ).rejects.toMatchObject({ type: 'StripeAPIError', statusCode: 500 });
    expect(await sandbox.countCharges()).toBe(before + 1);
    const retry = await stripe().charges.create(order, { idempotencyKey: 'order-9' });
    expect(retry.id).toBe((await sandbox.listCharges())[0]!.id);
    expect(await sandbox.countCharges()).toBe(before + 1);

    sandbox.faults.add({ status: 500, path: '/v1/charges', method: 'POST' });
    await expect(
      stripe().charges.create(order, { idempotencyKey: 'order-10' }),
    ).rejects.toMatchObject({ statusCode: 500 });
    expect(await sandbox.countCharges()).toBe(before + 1);
  });

  it('lets the stripe package’s own retry recover the first refund', async () => {
    const charge = await paid();
    sandbox.faults.add({ drop: true, afterAction: true, method: 'POST', path: '/v1/refunds' });
    const retrying = testStripeClient(sandbox.port, sandbox.keys.full, { maxNetworkRetries: 1 });
    const refund = await retrying.refunds.create({ charge: charge.id, amount: 300 });
    expect((await sandbox.listRefunds()).filter((r) => r.charge === charge.id)).toEqual([
      expect.objectContaining({ id: refund.id, amount: 300 }),
    ]);
  });
});

describe('charges for scenarios', () => {
  it('seeds charges with a description, metadata and a receipt email, outside the log', async () => {
    const logged = sandbox.requests.length;
    const charge = await sandbox.createCharge({
      amount: 5000,
      currency: 'usd',
      description: 'Summer gala — 2 tickets',
      metadata: { order_id: 'ORD-1001' },
      receiptEmail: 'ada@example.com',
    });
    expect(charge).toMatchObject({
      object: 'charge',
      amount: 5000,
      captured: true,
      description: 'Summer gala — 2 tickets',
      metadata: { order_id: 'ORD-1001' },
      receipt_email: 'ada@example.com',
      payment_method_details: { card: { brand: 'visa', last4: '4242' } },
    });
    expect(sandbox.requests.length).toBe(logged);
    expect((await stripe().charges.retrieve(charge.id)).id).toBe(charge.id);
    await expect(sandbox.createCharge({ amount: 10, currency: 'usd' })).rejects.toThrow(
      /could not make the charge: Amount must be at least 50 cents/,
    );
  });

  it('seeds uncaptured charges and keeps accounts apart', async () => {
    const other = sandbox.addKey({ permissions: ['charge_write'], account: 'other-merchant' });
    const held = await sandbox.createCharge({
      account: 'other-merchant',
      amount: 1200,
      currency: 'eur',
      capture: false,
    });
    expect(held).toMatchObject({ captured: false, amount_captured: 0 });
    await expect(stripe().charges.retrieve(held.id)).rejects.toMatchObject({
      code: 'resource_missing',
    });
    const own = testStripeClient(sandbox.port, other);
    expect((await own.charges.retrieve(held.id)).captured).toBe(false);
  });

  it('disputes a charge, after which Stripe refuses to refund it', async () => {
    const charge = await paid();
    const disputed = await sandbox.disputeCharge(charge.id);
    expect(disputed).toMatchObject({ disputed: true, dispute: expect.stringMatching(/^dp_/) });
    expect(await stripe().charges.retrieve(charge.id)).toMatchObject({ disputed: true });
    await expect(stripe().refunds.create({ charge: charge.id })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'charge_disputed',
    });
    await expect(sandbox.disputeCharge('ch_missing')).rejects.toThrow(/no charge ch_missing/);
  });

  it('disputes a charge made with tok_createDispute a moment later', async () => {
    const charge = await stripe().charges.create({
      amount: 3000,
      currency: 'usd',
      source: 'tok_createDispute',
    });
    await expect.poll(async () => (await stripe().charges.retrieve(charge.id)).disputed).toBe(true);
  });

  it('lists objects made within the same second newest first', async () => {
    const charge = await paid();
    const made = [];
    for (const amount of [100, 200, 300]) {
      made.push(await stripe().refunds.create({ charge: charge.id, amount }));
    }
    const listed = await stripe().refunds.list({ charge: charge.id });
    expect(listed.data.map((refund) => refund.amount)).toEqual([300, 200, 100]);
  });
});
