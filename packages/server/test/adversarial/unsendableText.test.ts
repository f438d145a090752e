import { expectNoKeyLeaks } from '@pelago/connect-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPelagoConnect, type MerchantClient } from '../../src/stripe/index';
import { toConnectError } from '../../src/stripe/toConnectError';
import { memoryStore } from '../../src/vault/index';
import { connectFullKey } from '../../test-support/connectKey';
import {
  type HandlerTestServer,
  startHandlerTestServer,
} from '../../test-support/handlerTestServer';

// Text the `stripe` package cannot encode, or Stripe would refuse, is refused by the kit with
// 400 validation_failed naming the field, before any request leaves for Stripe.

let t: HandlerTestServer;
const owner = 'merchant-text:owner';

beforeAll(async () => {
  t = await startHandlerTestServer(() => memoryStore());
  await connectFullKey(t, owner);
});

afterAll(async () => {
  await t?.stop();
});

const loneHigh = '\ud800';
const loneLow = 'end\udc00';
const many = (count: number, keyLength = 4) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [String(i).padStart(keyLength, 'k'), 'v']),
  );

const charge = (extra: Record<string, unknown>) => ({
  amount: 1500,
  currency: 'usd',
  source: 'tok_visa',
  idempotencyKey: `text-${Math.random()}`,
  ...extra,
});

describe('text the server cannot send to Stripe', () => {
  it('refuses lone surrogates, NUL characters, over-long text and metadata past Stripe’s limits', async () => {
    const paid = await t.call('/api/pelago/charges', {
      method: 'POST',
      as: owner,
      body: charge({}),
    });
    expect(paid.status).toBe(200);
    const chargeId = paid.body.charge.id as string;
    const refund = (extra: Record<string, unknown>) => ({
      chargeId,
      amount: 1,
      idempotencyKey: `text-${Math.random()}`,
      ...extra,
    });
    const cases: Array<[path: string, body: unknown, field: string]> = [
      ['/charges', charge({ description: `Order ${loneHigh}` }), 'description'],
      ['/charges', charge({ description: loneLow }), 'description'],
      ['/charges', charge({ description: 'a\u0000b' }), 'description'],
      ['/charges', charge({ description: 'x'.repeat(1001) }), 'description'],
      ['/charges', charge({ source: `tok_${loneHigh}` }), 'source'],
      ['/charges', charge({ currency: `us${loneHigh}` }), 'currency'],
      ['/charges', charge({ metadata: { [`order${loneHigh}`]: '1' } }), 'metadata'],
      ['/charges', charge({ metadata: { order: loneLow } }), 'metadata'],
      ['/charges', charge({ metadata: { order: '\u0000' } }), 'metadata'],
      ['/charges', charge({ metadata: many(51) }), 'metadata'],
      ['/charges', charge({ metadata: { ['k'.repeat(41)]: 'v' } }), 'metadata'],
      ['/charges', charge({ metadata: { order: 'v'.repeat(501) } }), 'metadata'],
      ['/charges', charge({ metadata: { 'a[b]': 'v' } }), 'metadata'],
      ['/charges', charge({ metadata: { '': 'v' } }), 'metadata'],
      ['/refunds', refund({ metadata: { reason: loneHigh } }), 'metadata'],
      ['/refunds', refund({ note: `Customer ${loneLow}` }), 'note'],
      ['/refunds', refund({ note: 'a\u0000b' }), 'note'],
      ['/refunds', refund({ chargeId: `ch_${loneHigh}` }), 'chargeId'],
      ['/refunds', refund({ reason: loneHigh }), 'reason'],
      ['/key', { key: t.sandbox.keys.full, name: `Acme ${loneHigh}` }, 'name'],
    ];
    const before = t.sandbox.requests.length;
    for (const [path, body, field] of cases) {
      const answer = await t.call(`/api/pelago${path}`, { method: 'POST', as: owner, body });
      expect([answer.status, answer.body?.error?.code], `${path} ${field}`).toEqual([
        400,
        'validation_failed',
      ]);
      expect(answer.body.error.message, `${path} ${field}`).toContain(`"${field}"`);
    }
    expect(t.sandbox.requests.length).toBe(before);
  });

  it('refuses the same text in the SDK, before any request', async () => {
    const merchant = createMerchant();
    const before = t.sandbox.requests.length;
    const attempts: Array<[Promise<unknown>, string]> = [
      [
        merchant.charges.create({
          amount: 100,
          currency: 'usd',
          source: 'tok_visa',
          description: loneHigh,
        }),
        '"description"',
      ],
      [
        merchant.charges.create({ amount: 100, currency: 'usd', source: `tok_visa${loneLow}` }),
        '"source"',
      ],
      [
        merchant.charges.create({
          amount: 100,
          currency: 'usd',
          source: 'tok_visa',
          metadata: { order: 'v'.repeat(501) },
        }),
        '"metadata"',
      ],
      [merchant.refunds.create({ chargeId: 'ch_1', metadata: many(51) }), '"metadata"'],
      [merchant.refunds.create({ chargeId: 'ch_1', note: `a${loneHigh}` }), '"note"'],
      // The note is kept in a metadata key of its own: 50 keys and a note are one too many.
      [
        merchant.refunds.create({ chargeId: 'ch_1', metadata: many(50), note: 'Other' }),
        '"metadata"',
      ],
    ];
    for (const [attempt, field] of attempts) {
      await expect(attempt).rejects.toMatchObject({
        code: 'validation_failed',
        status: 400,
        message: expect.stringContaining(field),
      });
    }
    expect(t.sandbox.requests.length).toBe(before);
  });

  it('accepts text right at the limits, including characters outside the BMP', async () => {
    const metadata = many(50, 40);
    metadata[Object.keys(metadata)[0]!] = `${'é'.repeat(498)}😀`;
    const answer = await t.call('/api/pelago/charges', {
      method: 'POST',
      as: owner,
      body: charge({ description: `Ticket 🎟️ ${'d'.repeat(980)}`, metadata }),
    });
    expect([answer.status, answer.text]).toEqual([200, expect.any(String)]);
    expect(answer.body.charge.id).toMatch(/^ch_/);
  });

  it('logs the cause of an unexpected failure, with keys redacted, and answers 500 without it', async () => {
    const leaky = t.sandbox.keys.full;
    const failing = {
      refunds: {
        create: async () => {
          throw toConnectError(new URIError(`URI malformed near ${leaky}`));
        },
      },
    } as unknown as MerchantClient;
    const broken = await t.startInstance({
      vault: t.vault,
      connect: { mode: 'test', verifyKey: async () => Promise.reject(), merchant: () => failing },
    });
    const answer = await t.callAt(broken.url, '/api/pelago/refunds', {
      method: 'POST',
      as: owner,
      body: { chargeId: 'ch_123', idempotencyKey: 'cause-1' },
    });
    expect([answer.status, answer.body.error.code]).toEqual([500, 'internal_error']);
    expect(answer.text).not.toContain('URI malformed');
    const line = t.logs.find((entry) => entry.includes('URIError: URI malformed'));
    expect(line).toBeDefined();
    expect(line).toContain(`rk_test_…${leaky.slice(-4)}`);
    expect(line).not.toContain(leaky);
  });

  it('leaves no whole key in any answer, header or log line of these tests', () => {
    expectNoKeyLeaks(
      [...t.seen, ...t.logs],
      t.sandbox.describeKeys().map((info) => info.key),
    );
  });
});

function createMerchant(): MerchantClient {
  // The SDK the handler uses, straight against the sandbox.
  const { host, port } = t.sandbox;
  return createPelagoConnect({
    stripe: { host, port, protocol: 'http' },
    maxNetworkRetries: 0,
  }).merchant(t.sandbox.keys.full);
}
