import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoKeyLeaks } from '@pelago/connect-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KeyStore, postgresStore, sqliteStore } from '../../src/vault/index';
import { connectFullKey } from '../../test-support/connectKey';
import {
  type ApiAnswer,
  type HandlerTestServer,
  startHandlerTestServer,
} from '../../test-support/handlerTestServer';
import { postgresTestDatabase, postgresTestUrl } from '../../test-support/postgresForTests';

// Identical charges and refunds sent at once to two server instances that share one vault
// database: each idempotency key moves money exactly once, and every answer names that one
// charge or refund (or asks to retry, and the retry names it).

const dir = mkdtempSync(join(tmpdir(), 'pelago-concurrent-'));
const postgresUrl = postgresTestUrl();
const postgres = postgresUrl ? postgresTestDatabase(postgresUrl) : null;
const schema = postgres?.newSchema() ?? '';

afterAll(async () => {
  await postgres?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describeConcurrentMoney('one SQLite file', false, () => sqliteStore(join(dir, 'keys.db')));
describeConcurrentMoney('one PostgreSQL database', !postgres, () =>
  postgresStore(postgres!.pool, { schema }),
);

function describeConcurrentMoney(name: string, skip: boolean, makeStore: () => KeyStore): void {
  describe.skipIf(skip)(`identical requests across two instances on ${name}`, () => {
    let t: HandlerTestServer;
    let other: { url: string };
    const slug = name.replace(/\W+/g, '-');
    const owner = `merchant-${slug}:owner`;
    const AT_ONCE = 40;

    beforeAll(async () => {
      t = await startHandlerTestServer(makeStore);
      other = await t.startInstance();
      await connectFullKey(t, owner);
    });

    afterAll(async () => {
      await t?.stop();
    });

    /** Sends `body` AT_ONCE times, alternating between the instances, all at the same moment. */
    const burst = (path: string, body: unknown) =>
      Promise.all(
        Array.from({ length: AT_ONCE }, (_, i) =>
          t.callAt(i % 2 === 0 ? t.url : other.url, path, { method: 'POST', as: owner, body }),
        ),
      );

    /** Ids from 200 answers; any other answer must be "in progress, retry", which is retried. */
    async function settledIds(answers: ApiAnswer[], path: string, body: unknown, pick: string) {
      const ids: string[] = [];
      for (const answer of answers) {
        let settled = answer;
        for (let attempt = 0; settled.status === 409 && attempt < 20; attempt++) {
          expect(settled.body.error.code).toBe('request_in_progress');
          await new Promise((resolve) => setTimeout(resolve, 50));
          settled = await t.callAt(other.url, path, { method: 'POST', as: owner, body });
        }
        expect([settled.status, settled.text]).toEqual([200, expect.any(String)]);
        ids.push(settled.body[pick].id);
      }
      return ids;
    }

    it(`charges once for ${AT_ONCE} identical charges at once`, async () => {
      const before = t.sandbox.requests.count(chargeCreates);
      const body = {
        amount: 4200,
        currency: 'eur',
        source: 'tok_visa',
        idempotencyKey: `burst-charge-${slug}`,
      };
      const answers = await burst('/api/pelago/charges', body);
      const ids = await settledIds(answers, '/api/pelago/charges', body, 'charge');
      expect(new Set(ids).size).toBe(1);
      const page = await t.call('/api/pelago/charges?limit=100', { as: owner });
      expect(page.body.data.filter((c: { id: string }) => c.id === ids[0])).toHaveLength(1);
      expect(page.body.data.filter((c: { amount: number }) => c.amount === 4200)).toHaveLength(1);
      expect(t.sandbox.requests.count(chargeCreates) - before).toBeGreaterThan(0);
    });

    it(`refunds once for ${AT_ONCE} identical refunds at once`, async () => {
      const paid = await t.call('/api/pelago/charges', {
        method: 'POST',
        as: owner,
        body: {
          amount: 9000,
          currency: 'usd',
          source: 'tok_visa',
          idempotencyKey: `to-refund-${slug}`,
        },
      });
      expect([paid.status, paid.text]).toEqual([200, expect.any(String)]);
      const body = {
        chargeId: paid.body.charge.id,
        amount: 700,
        idempotencyKey: `burst-refund-${slug}`,
      };
      const answers = await burst('/api/pelago/refunds', body);
      const ids = await settledIds(answers, '/api/pelago/refunds', body, 'refund');
      expect(new Set(ids).size).toBe(1);
      const charge = await t.call(`/api/pelago/charges/${paid.body.charge.id}`, { as: owner });
      expect(charge.status).toBe(200);
      expect(charge.body.refunds.map((r: { id: string }) => r.id)).toEqual([ids[0]]);
      expect(charge.body.charge.amountRefunded).toBe(700);
    });

    it('leaves no whole key in any answer or log line', () => {
      expectNoKeyLeaks(
        [...t.seen, ...t.logs],
        t.sandbox.describeKeys().map((info) => info.key),
      );
    });
  });
}

const chargeCreates = { method: 'POST', path: '/v1/charges' };
