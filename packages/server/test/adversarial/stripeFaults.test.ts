import { expectNoKeyLeaks } from '@pelago/connect-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../src/vault/index';
import { connectFullKey } from '../../test-support/connectKey';
import {
  type HandlerTestServer,
  startHandlerTestServer,
} from '../../test-support/handlerTestServer';

// Stripe failing before it acted (nothing happened) and after it acted (the refund or charge
// was made, the answer lost). Either way a retry with the same idempotency key, on either
// instance, answers with exactly one refund or charge.

let t: HandlerTestServer;
let other: { url: string };
const owner = 'merchant-faults:owner';
let sequence = 0;

beforeAll(async () => {
  t = await startHandlerTestServer(() => memoryStore());
  other = await t.startInstance({ vault: t.vault });
  await connectFullKey(t, owner);
});

afterAll(async () => {
  await t?.stop();
});

async function newCharge(): Promise<string> {
  const paid = await t.call('/api/pelago/charges', {
    method: 'POST',
    as: owner,
    body: { amount: 8000, currency: 'usd', source: 'tok_visa', idempotencyKey: `fc-${++sequence}` },
  });
  expect(paid.status).toBe(200);
  return paid.body.charge.id;
}

// The stripe package retries a reset connection once by itself (same idempotency key): a drop
// fault takes two requests to reach the handler.
const faults = [
  { name: 'a 500 before acting', spec: { status: 500 }, code: 'stripe_unavailable' },
  {
    name: 'a dropped connection before acting',
    spec: { drop: true, count: 2 },
    code: 'network_error',
  },
  {
    name: 'a 500 after acting',
    spec: { status: 500, afterAction: true },
    code: 'stripe_unavailable',
  },
  {
    name: 'a dropped connection after acting',
    spec: { drop: true, afterAction: true, count: 2 },
    code: 'network_error',
  },
] as const;

describe('Stripe faults followed by a retry with the same idempotency key', () => {
  for (const fault of faults) {
    it(`refunds once after ${fault.name}`, async () => {
      const chargeId = await newCharge();
      const body = { chargeId, amount: 1200, idempotencyKey: `retry-${++sequence}` };
      t.sandbox.faults.add({ ...fault.spec, method: 'POST', path: '/v1/refunds' });
      const failed = await t.call('/api/pelago/refunds', { method: 'POST', as: owner, body });
      expect([failed.status, failed.body?.error?.code], failed.text).toEqual([502, fault.code]);

      const first = await t.call('/api/pelago/refunds', { method: 'POST', as: owner, body });
      const second = await t.callAt(other.url, '/api/pelago/refunds', {
        method: 'POST',
        as: owner,
        body,
      });
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(second.body.refund.id).toBe(first.body.refund.id);
      const charge = await t.call(`/api/pelago/charges/${chargeId}`, { as: owner });
      expect(charge.body.refunds.map((refund: { id: string }) => refund.id)).toEqual([
        first.body.refund.id,
      ]);
      expect(charge.body.charge.amountRefunded).toBe(1200);
    });

    it(`charges once after ${fault.name}`, async () => {
      const body = {
        amount: 3100 + sequence,
        currency: 'usd',
        source: 'tok_visa',
        idempotencyKey: `charge-retry-${++sequence}`,
      };
      t.sandbox.faults.add({ ...fault.spec, method: 'POST', path: '/v1/charges' });
      const failed = await t.call('/api/pelago/charges', { method: 'POST', as: owner, body });
      expect([failed.status, failed.body?.error?.code], failed.text).toEqual([502, fault.code]);

      const first = await t.callAt(other.url, '/api/pelago/charges', {
        method: 'POST',
        as: owner,
        body,
      });
      const second = await t.call('/api/pelago/charges', { method: 'POST', as: owner, body });
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(second.body.charge.id).toBe(first.body.charge.id);
      const page = await t.call('/api/pelago/charges?limit=100', { as: owner });
      const same = page.body.data.filter((c: { amount: number }) => c.amount === body.amount);
      expect(same.map((c: { id: string }) => c.id)).toEqual([first.body.charge.id]);
    });
  }

  it('leaves no whole key in any answer or log line', () => {
    expect(t.logs.some((line) => line.includes('network_error'))).toBe(true);
    expectNoKeyLeaks(
      [...t.seen, ...t.logs],
      t.sandbox.describeKeys().map((info) => info.key),
    );
  });
});
