import { findKeyLeaks } from '@pelago/connect-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type HandlerTestServer,
  startHandlerTestServer,
} from '../../test-support/handlerTestServer';
import { memoryStore } from '../vault/index';

/**
 * The publishable key over HTTP, against the sandbox: given with the key or later, checked
 * against the key's Stripe account, stored beside it, answered whole, confirmed by a payment.
 */
let t: HandlerTestServer;
let merchants = 0;

beforeAll(async () => {
  t = await startHandlerTestServer(() => memoryStore());
});

afterAll(async () => {
  // Publishable keys are public and answered whole; every other key must never show.
  expect(findKeyLeaks([...t.seen, ...t.logs], t.sandbox.secretKeys())).toEqual([]);
  await t.stop();
});

/** A merchant of the test app with a Stripe account (and keys) of its own. */
function newMerchant() {
  const id = `pk-${++merchants}`;
  const key = t.sandbox.addKey({
    permissions: ['charge_write', 'refund_write'],
    account: `account-${id}`,
  });
  return { id, key, owner: `${id}:owner`, publishableKey: t.sandbox.publishableKeyFor(key) };
}

const postKey = (as: string, body: Record<string, unknown>) =>
  t.call('/api/pelago/key', { method: 'POST', as, body });
const putPublishable = (as: string, publishableKey: unknown) =>
  t.call('/api/pelago/key/publishable', { method: 'PUT', as, body: { publishableKey } });

describe('POST /key with a publishable key', () => {
  it('stores both, confirms the pair in test mode and answers the publishable key whole', async () => {
    const merchant = newMerchant();
    const answer = await postKey(merchant.owner, {
      key: merchant.key,
      publishableKey: `  "${merchant.publishableKey}"\n`,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.status).toMatchObject({
      connected: true,
      publishableKey: merchant.publishableKey,
      publishableKeyPairing: 'confirmed',
      payments: 'ready',
    });
    expect(answer.body.verification.publishableKey).toEqual({ pairing: 'confirmed' });
    const read = await t.call('/api/pelago/key', { as: merchant.owner });
    expect(read.body.status).toEqual(answer.body.status);
    expect(await t.sandbox.countCharges(`account-${merchant.id}`)).toBe(0);
  });

  it('refuses another Stripe account’s publishable key and stores nothing', async () => {
    const merchant = newMerchant();
    const answer = await postKey(merchant.owner, {
      key: merchant.key,
      publishableKey: newMerchant().publishableKey,
    });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({
      code: 'publishable_key_mismatch',
      message: expect.stringContaining('another Stripe account'),
      verification: { publishableKey: { pairing: 'mismatch' } },
    });
    expect((await t.call('/api/pelago/key', { as: merchant.owner })).body.status).toEqual({
      connected: false,
    });
  });

  it.each([
    ['the restricted key again', (m: { key: string }) => m.key, 'publishable_key_invalid', 400],
    ['a secret key', () => t.sandbox.keys.secret, 'publishable_key_invalid', 400],
    [
      'a live publishable key',
      () => `pk_${'live'}_${'L1ve'.repeat(20)}`,
      'publishable_key_wrong_mode',
      400,
    ],
  ])('refuses %s before asking Stripe anything', async (_name, pasted, code, status) => {
    const merchant = newMerchant();
    t.sandbox.requests.clear();
    const answer = await postKey(merchant.owner, {
      key: merchant.key,
      publishableKey: pasted(merchant),
    });
    expect([answer.status, answer.body.error.code]).toEqual([status, code]);
    expect(answer.text).not.toContain(pasted(merchant));
    expect(t.sandbox.requests.length).toBe(0);
  });

  it('forgets the publishable key when another key replaces the first, and on DELETE', async () => {
    const merchant = newMerchant();
    await postKey(merchant.owner, { key: merchant.key, publishableKey: merchant.publishableKey });
    const again = await postKey(merchant.owner, { key: merchant.key });
    expect(again.body.status).not.toHaveProperty('publishableKey');
    expect(again.body.status.payments).toBe('publishable_key_missing');
    await postKey(merchant.owner, { key: merchant.key, publishableKey: merchant.publishableKey });
    await t.call('/api/pelago/key', { method: 'DELETE', as: merchant.owner });
    expect((await t.call('/api/pelago/key', { as: merchant.owner })).body.status).toEqual({
      connected: false,
    });
  });
});

describe('PUT /key/publishable', () => {
  it('adds the publishable key to a connected key, checked against its account', async () => {
    const merchant = newMerchant();
    await postKey(merchant.owner, { key: merchant.key });
    const answer = await putPublishable(merchant.owner, merchant.publishableKey);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: expect.objectContaining({
        publishableKey: merchant.publishableKey,
        publishableKeyPairing: 'confirmed',
        payments: 'ready',
      }),
      publishableKey: { pairing: 'confirmed' },
    });
    expect(
      (await t.call('/api/pelago/key', { as: merchant.owner })).body.status.publishableKey,
    ).toBe(merchant.publishableKey);
  });

  it('refuses another account’s publishable key and keeps the one stored', async () => {
    const merchant = newMerchant();
    await postKey(merchant.owner, { key: merchant.key, publishableKey: merchant.publishableKey });
    const answer = await putPublishable(merchant.owner, newMerchant().publishableKey);
    expect([answer.status, answer.body.error.code]).toEqual([422, 'publishable_key_mismatch']);
    const stored = await t.call('/api/pelago/key', { as: merchant.owner });
    expect(stored.body.status.publishableKey).toBe(merchant.publishableKey);
  });

  it('refuses a restricted key sent as the publishable key without repeating it', async () => {
    const merchant = newMerchant();
    await postKey(merchant.owner, { key: merchant.key });
    const answer = await putPublishable(merchant.owner, merchant.key);
    expect([answer.status, answer.body.error.code]).toEqual([400, 'publishable_key_invalid']);
    expect(answer.body.error.message).toContain('restricted key field');
    expect(answer.text).not.toContain(merchant.key);
  });

  it('needs a connected key, the key:write role, and a JSON body', async () => {
    const merchant = newMerchant();
    const none = await putPublishable(merchant.owner, merchant.publishableKey);
    expect([none.status, none.body.error.code]).toEqual([404, 'key_not_connected']);
    await postKey(merchant.owner, { key: merchant.key });
    const viewer = await putPublishable(`${merchant.id}:viewer`, merchant.publishableKey);
    expect(viewer.status).toBe(403);
    const post = await t.call('/api/pelago/key/publishable', {
      method: 'POST',
      as: merchant.owner,
      body: { publishableKey: merchant.publishableKey },
    });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toContain('PUT');
  });
});

describe('POST /key/verify checks an unconfirmed pair again', () => {
  /** Connects while Stripe cannot tell (parameters checked first): the pair stays unconfirmed. */
  async function connectUnconfirmed(
    merchant: { owner: string; key: string },
    publishableKey: string,
  ) {
    t.sandbox.checkParametersFirst = true;
    try {
      const answer = await postKey(merchant.owner, { key: merchant.key, publishableKey });
      expect(answer.body.status.publishableKeyPairing).toBe('unconfirmed');
    } finally {
      t.sandbox.checkParametersFirst = false;
    }
  }

  it('confirms the pair once Stripe can tell', async () => {
    const merchant = newMerchant();
    await connectUnconfirmed(merchant, merchant.publishableKey);
    const again = await t.call('/api/pelago/key/verify', { method: 'POST', as: merchant.owner });
    expect(again.status).toBe(200);
    expect(again.body.status).toMatchObject({
      publishableKey: merchant.publishableKey,
      publishableKeyPairing: 'confirmed',
      payments: 'ready',
    });
  });

  it('records a mismatch it finds, so the status says payments will fail', async () => {
    const merchant = newMerchant();
    await connectUnconfirmed(merchant, newMerchant().publishableKey);
    const again = await t.call('/api/pelago/key/verify', { method: 'POST', as: merchant.owner });
    expect(again.status).toBe(200);
    expect(again.body.verification.publishableKey.pairing).toBe('mismatch');
    expect(again.body.status).toMatchObject({
      publishableKeyPairing: 'mismatch',
      payments: 'publishable_key_mismatch',
    });
  });
});

describe('a payment confirms an unconfirmed pair', () => {
  it('marks the pair confirmed after a charge with a token of that account succeeds', async () => {
    const merchant = newMerchant();
    // With parameters checked first the pairing check cannot tell: the pair stays unconfirmed.
    t.sandbox.checkParametersFirst = true;
    try {
      const answer = await postKey(merchant.owner, {
        key: merchant.key,
        publishableKey: merchant.publishableKey,
      });
      expect(answer.body.status).toMatchObject({
        publishableKeyPairing: 'unconfirmed',
        payments: 'unconfirmed',
      });
    } finally {
      t.sandbox.checkParametersFirst = false;
    }
    // A shared test token proves nothing about the publishable key.
    const shared = await t.call('/api/pelago/charges', {
      method: 'POST',
      as: merchant.owner,
      body: { amount: 2500, currency: 'usd', source: 'tok_visa', idempotencyKey: 'order-shared' },
    });
    expect(shared.status).toBe(200);
    expect((await t.call('/api/pelago/key', { as: merchant.owner })).body.status.payments).toBe(
      'unconfirmed',
    );
    const token = t.sandbox.createToken({ key: merchant.publishableKey });
    const paid = await t.call('/api/pelago/charges', {
      method: 'POST',
      as: merchant.owner,
      body: { amount: 2500, currency: 'usd', source: token.id, idempotencyKey: 'order-1' },
    });
    expect(paid.status).toBe(200);
    expect((await t.call('/api/pelago/key', { as: merchant.owner })).body.status).toMatchObject({
      publishableKeyPairing: 'confirmed',
      payments: 'ready',
    });
  });

  it('charges a token of another account not at all: "No such token" leaves the status alone', async () => {
    const merchant = newMerchant();
    await postKey(merchant.owner, { key: merchant.key, publishableKey: merchant.publishableKey });
    const before = await t.sandbox.countCharges(`account-${merchant.id}`);
    const foreign = t.sandbox.createToken({ key: t.sandbox.keys.full });
    const answer = await t.call('/api/pelago/charges', {
      method: 'POST',
      as: merchant.owner,
      body: { amount: 2500, currency: 'usd', source: foreign.id, idempotencyKey: 'order-x' },
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(await t.sandbox.countCharges(`account-${merchant.id}`)).toBe(before);
    expect((await t.call('/api/pelago/key', { as: merchant.owner })).body.status.payments).toBe(
      'ready',
    );
  });
});
