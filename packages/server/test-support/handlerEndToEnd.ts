import { createHash } from 'node:crypto';
import http from 'node:http';
import { connectErrorMessages, redactKey } from '@pelago/connect-core';
import { expectNoKeyLeaks } from '@pelago/connect-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPelagoConnect } from '../src/stripe/index';
import { findKeyInBytes } from '../src/vault/findKeyInFiles';
import { createKeyVault, type KeyStore } from '../src/vault/index';
import {
  ALLOWED_ORIGIN,
  type ApiAnswer,
  type HandlerTestServer,
  startHandlerTestServer,
} from './handlerTestServer';

/** What the end-to-end suite needs from a database. */
export interface EndToEndStore {
  /** A store on the same database at every call. */
  makeStore(): KeyStore | Promise<KeyStore>;
  /** Everything the database holds about keys, as text or bytes to scan for keys. */
  storedData(): Promise<Array<string | Buffer>>;
  /** Registers the suite as skipped (no database available). */
  skip?: boolean;
}

/**
 * The handler end to end: real HTTP on 127.0.0.1 through `toNodeHandler`, the Stripe sandbox,
 * and a vault on the given database. Run once per store.
 */
export function describeHandlerEndToEnd(name: string, database: EndToEndStore): void {
  describe.skipIf(database.skip === true)(`HTTP handler end to end (${name})`, () => {
    let t: HandlerTestServer;
    let merchantCount = 0;
    /** A merchant of its own for each test: `{ owner, admin, viewer }` session tokens. */
    const newMerchant = () => {
      const id = `merchant-${++merchantCount}`;
      return { id, owner: `${id}:owner`, admin: `${id}:admin`, viewer: `${id}:viewer` };
    };
    const key = (as: string, stripeKey: string, name?: string) =>
      t.call('/api/pelago/key', { method: 'POST', as, body: { key: stripeKey, name } });
    const connected = async () => {
      const merchant = newMerchant();
      const answer = await key(merchant.owner, t.sandbox.keys.full);
      expect(answer.status).toBe(200);
      return merchant;
    };
    const charge = async (as: string, amount = 5000) => {
      const answer = await t.call('/api/pelago/charges', {
        method: 'POST',
        as,
        body: { amount, currency: 'usd', source: 'tok_visa', idempotencyKey: `c-${Math.random()}` },
      });
      expect(answer.status).toBe(200);
      return answer.body.charge as { id: string; amount: number };
    };

    beforeAll(async () => {
      t = await startHandlerTestServer(database.makeStore);
    });

    afterAll(async () => {
      await t?.stop();
    });

    describe('POST /key', () => {
      it('verifies a usable key, stores it and answers its status and the verification', async () => {
        const merchant = newMerchant();
        const answer = await key(merchant.owner, t.sandbox.keys.full, 'Acme_Pelago');
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({
          status: {
            connected: true,
            mode: 'test',
            redactedKey: `rk_test_…${t.sandbox.keys.full.slice(-4)}`,
            name: 'Acme_Pelago',
            permissions: { charges: 'write', refunds: 'write' },
            verifiedAt: expect.any(String),
            updatedAt: expect.any(String),
            payments: 'publishable_key_missing',
          },
          verification: {
            ok: true,
            mode: 'test',
            permissions: { charges: 'write', refunds: 'write' },
            problems: [],
          },
        });
        expect(answer.text).not.toContain(t.sandbox.keys.full);
        const status = await t.call('/api/pelago/key', { as: merchant.viewer });
        expect(status.body).toEqual({ status: answer.body.status });
      });

      it('cleans up a paste with spaces and quotes before verifying it', async () => {
        const merchant = newMerchant();
        const answer = await key(merchant.owner, `  "${t.sandbox.keys.full}"\n`);
        expect(answer.status).toBe(200);
        expect(await t.vault.get(merchant.id)).toBe(t.sandbox.keys.full);
      });

      it('refuses secret, publishable, empty, malformed and live keys with 400 and never asks Stripe', async () => {
        const merchant = newMerchant();
        const before = t.sandbox.requests.length;
        const cases: Array<[unknown, string]> = [
          [t.sandbox.keys.secret, 'secret_key'],
          [t.sandbox.keys.publishable, 'publishable_key'],
          ['', 'empty'],
          [undefined, 'empty'],
          ['rk_test_abc', 'malformed'],
          [`rk_${'live'}_${'x'.repeat(40)}`, 'wrong_mode'],
          ['hello world', 'not_a_stripe_key'],
          [42, 'not_a_stripe_key'],
        ];
        for (const [pasted, code] of cases) {
          const answer = await t.call('/api/pelago/key', {
            method: 'POST',
            as: merchant.owner,
            body: { key: pasted },
          });
          expect([answer.status, answer.body.error.code], String(code)).toEqual([400, code]);
          expect(answer.text).not.toContain(t.sandbox.keys.secret);
        }
        expect(t.sandbox.requests.length).toBe(before);
        expect((await t.call('/api/pelago/key', { as: merchant.owner })).body.status).toEqual({
          connected: false,
        });
      });

      it('answers 422 with the verification for a key missing a permission, keeping the key stored before', async () => {
        const merchant = newMerchant();
        await key(merchant.owner, t.sandbox.keys.full);
        const answer = await key(merchant.owner, t.sandbox.keys.chargesOnly);
        expect(answer.status).toBe(422);
        expect(answer.body.error).toMatchObject({
          code: 'permission_missing',
          message: expect.stringContaining('Refunds'),
          verification: {
            ok: false,
            permissions: { charges: 'write', refunds: 'missing' },
            problems: [
              expect.objectContaining({ code: 'permission_missing', permission: 'refunds' }),
            ],
          },
        });
        expect(await t.vault.get(merchant.id)).toBe(t.sandbox.keys.full);
      });

      it('answers 422 for an expired key, a read-only key and a key Stripe does not know', async () => {
        const merchant = newMerchant();
        const unknown = `rk_${'test'}_${'Q'.repeat(40)}`;
        const expectations: Array<[string, string]> = [
          [t.sandbox.keys.expired, 'key_expired'],
          [t.sandbox.keys.readOnly, 'permission_missing'],
          [unknown, 'key_invalid'],
        ];
        for (const [stripeKey, code] of expectations) {
          const answer = await key(merchant.owner, stripeKey);
          expect([answer.status, answer.body.error.code]).toEqual([422, code]);
          expect(answer.body.error.verification.ok).toBe(false);
          expect(answer.text).not.toContain(stripeKey);
        }
        expect(await t.vault.get(merchant.id)).toBeNull();
      });

      it('answers 502 with the verification when Stripe fails while verifying', async () => {
        const merchant = newMerchant();
        t.sandbox.faults.add({ status: 500, path: /^\/v1\/(charges|refunds)$/, count: 2 });
        const answer = await key(merchant.owner, t.sandbox.keys.full);
        expect(answer.status).toBe(502);
        expect(answer.body.error.code).toBe('stripe_unavailable');
        expect(answer.body.error.verification.permissions).toEqual({
          charges: 'unknown',
          refunds: 'unknown',
        });
        expect(await t.vault.get(merchant.id)).toBeNull();
      });

      it('refuses a key pasted into the name field with 400, storing nothing of it', async () => {
        const merchant = newMerchant();
        const stripeKey = t.sandbox.addKey({ permissions: ['charge_write', 'refund_write'] });
        const before = t.sandbox.requests.length;
        for (const name of [
          stripeKey,
          `Acme ${stripeKey}`,
          ` ${stripeKey}\n`,
          t.sandbox.keys.secret,
        ]) {
          const answer = await key(merchant.owner, stripeKey, name);
          expect([answer.status, answer.body.error.code]).toEqual([400, 'validation_failed']);
          expect(answer.body.error.message).toBe(
            'That looks like a Stripe key, not a name. Paste the key into the key field.',
          );
        }
        expect(t.sandbox.requests.length).toBe(before);
        expect(await t.vault.get(merchant.id)).toBeNull();
        const data = await database.storedData();
        const found = data.flatMap((chunk) => findKeyInBytes(Buffer.from(chunk), stripeKey));
        expect(found).toEqual([]);
      });

      it('refuses a name that is not a string and a body that is not an object', async () => {
        const merchant = newMerchant();
        const badName = await t.call('/api/pelago/key', {
          method: 'POST',
          as: merchant.owner,
          body: { key: t.sandbox.keys.full, name: 12 },
        });
        expect([badName.status, badName.body.error.code]).toEqual([400, 'validation_failed']);
        for (const body of [[t.sandbox.keys.full], 'null', '"text"']) {
          const answer = await t.call('/api/pelago/key', {
            method: 'POST',
            as: merchant.owner,
            body,
          });
          expect([answer.status, answer.body.error.code]).toEqual([400, 'validation_failed']);
        }
      });
    });

    describe('GET and DELETE /key', () => {
      it('answers connected: false for a merchant without a key', async () => {
        const answer = await t.call('/api/pelago/key', { as: newMerchant().viewer });
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({ status: { connected: false } });
      });

      it('forgets the key with 204, after which money routes answer key_not_connected', async () => {
        const merchant = await connected();
        const removed = await t.call('/api/pelago/key', { method: 'DELETE', as: merchant.admin });
        expect(removed.status).toBe(204);
        expect(removed.text).toBe('');
        expect(removed.headers.get('cache-control')).toBe('no-store');
        expect(
          (await t.call('/api/pelago/key', { as: merchant.owner })).body.status.connected,
        ).toBe(false);
        const again = await t.call('/api/pelago/key', { method: 'DELETE', as: merchant.owner });
        expect(again.status).toBe(204);
      });
    });

    describe('POST /key/verify', () => {
      it('verifies the stored key again and records what Stripe says now', async () => {
        const merchant = newMerchant();
        const extra = t.sandbox.addKey({ permissions: ['charge_write', 'refund_write'] });
        expect((await key(merchant.owner, extra, 'Acme_Pelago')).status).toBe(200);
        const first = await t.call('/api/pelago/key/verify', {
          method: 'POST',
          as: merchant.owner,
        });
        expect(first.status).toBe(200);
        expect(first.body.verification.ok).toBe(true);
        expect(first.body.status).toMatchObject({ connected: true, name: 'Acme_Pelago' });

        t.sandbox.expireKey(extra);
        const second = await t.call('/api/pelago/key/verify', {
          method: 'POST',
          as: merchant.owner,
        });
        expect(second.status).toBe(200);
        expect(second.body.verification.ok).toBe(false);
        expect(second.body.verification.problems[0].code).toBe('key_expired');
        expect(second.body.status.permissions).toEqual({ charges: 'unknown', refunds: 'unknown' });
      });

      it('never brings back a key removed or replaced while Stripe was being asked', async () => {
        const real = createPelagoConnect({
          mode: 'test',
          stripe: { host: t.sandbox.host, port: t.sandbox.port, protocol: 'http' },
          maxNetworkRetries: 0,
        });
        let entered!: () => void;
        let release!: () => void;
        const arm = () => {
          const called = new Promise<void>((resolve) => {
            entered = resolve;
          });
          const gate = new Promise<void>((resolve) => {
            release = resolve;
          });
          return { called, gate };
        };
        let armed = arm();
        const slow = await t.startInstance({
          connect: {
            mode: 'test',
            merchant: real.merchant,
            async verifyKey(stripeKey) {
              entered();
              await armed.gate;
              return real.verifyKey(stripeKey);
            },
          },
        });
        const verifyOnSlow = (as: string) =>
          t.callAt(slow.url, '/api/pelago/key/verify', { method: 'POST', as });

        const merchant = await connected();
        const removing = verifyOnSlow(merchant.owner);
        await armed.called;
        expect(
          (await t.call('/api/pelago/key', { method: 'DELETE', as: merchant.owner })).status,
        ).toBe(204);
        release();
        const removed = await removing;
        expect([removed.status, removed.body.error.code]).toEqual([404, 'key_not_connected']);
        expect(await t.vault.get(merchant.id)).toBeNull();

        armed = arm();
        expect((await key(merchant.owner, t.sandbox.keys.full, 'Old_Pelago')).status).toBe(200);
        const replacing = verifyOnSlow(merchant.owner);
        await armed.called;
        const newer = t.sandbox.addKey({ permissions: ['charge_write', 'refund_write'] });
        expect((await key(merchant.owner, newer, 'New_Pelago')).status).toBe(200);
        release();
        const replaced = await replacing;
        expect(replaced.status).toBe(409);
        expect(replaced.body.error).toEqual({
          code: 'validation_failed',
          message: 'The key was replaced while it was being checked. Check the new key instead.',
        });
        expect(await t.vault.get(merchant.id)).toBe(newer);
        expect((await t.vault.status(merchant.id)).name).toBe('New_Pelago');
      });

      it('answers key_not_connected without a key, and refuses a viewer', async () => {
        const merchant = newMerchant();
        const none = await t.call('/api/pelago/key/verify', { method: 'POST', as: merchant.owner });
        expect(none.status).toBe(404);
        expect(none.body.error.code).toBe('key_not_connected');
        const viewer = await t.call('/api/pelago/key/verify', {
          method: 'POST',
          as: merchant.viewer,
        });
        expect(viewer.status).toBe(403);
      });
    });

    describe('merchants without a key, and merchants apart', () => {
      it('answers 404 key_not_connected on every money route for a merchant without a key', async () => {
        const merchant = newMerchant();
        const answers = [
          await t.call('/api/pelago/charges', { as: merchant.owner }),
          await t.call('/api/pelago/charges', {
            method: 'POST',
            as: merchant.owner,
            body: { amount: 100, currency: 'usd', source: 'tok_visa', idempotencyKey: 'c-1' },
          }),
          await t.call('/api/pelago/refunds', {
            method: 'POST',
            as: merchant.owner,
            body: { chargeId: 'ch_123', idempotencyKey: 'r-1' },
          }),
        ];
        for (const answer of answers) {
          expect([answer.status, answer.body.error.code]).toEqual([404, 'key_not_connected']);
        }
      });

      it('never lets one merchant reach another merchant’s key or account', async () => {
        const a = await connected();
        const aCharge = await charge(a.owner);
        const b = newMerchant();
        // b has no key: nothing of a's is reachable, whatever b sends.
        const bList = await t.call(`/api/pelago/charges?merchantId=${a.id}`, {
          as: b.owner,
          headers: { 'x-merchant-id': a.id },
        });
        expect(bList.body.error.code).toBe('key_not_connected');
        const bRefund = await t.call('/api/pelago/refunds', {
          method: 'POST',
          as: b.owner,
          body: { chargeId: aCharge.id, idempotencyKey: 'steal', merchantId: a.id },
        });
        expect(bRefund.body.error.code).toBe('key_not_connected');
        expect((await t.call('/api/pelago/key', { as: b.owner })).body.status.connected).toBe(
          false,
        );

        // b connects a key on another Stripe account: it sees only its own charges.
        const bKey = t.sandbox.addKey({
          permissions: ['charge_write', 'refund_write'],
          account: `acct-${b.id}`,
        });
        expect((await key(b.owner, bKey)).status).toBe(200);
        const bCharge = await charge(b.owner, 1200);
        const bCharges = await t.call('/api/pelago/charges?limit=100', { as: b.owner });
        expect(bCharges.body.data.map((c: { id: string }) => c.id)).toEqual([bCharge.id]);
        const crossRefund = await t.call('/api/pelago/refunds', {
          method: 'POST',
          as: b.owner,
          body: { chargeId: aCharge.id, idempotencyKey: 'cross' },
        });
        expect([crossRefund.status, crossRefund.body.error.code]).toEqual([
          404,
          'charge_not_found',
        ]);
        expect(await t.vault.get(a.id)).toBe(t.sandbox.keys.full);
        expect(await t.vault.get(b.id)).toBe(bKey);
      });
    });

    describe('GET /charges', () => {
      it('answers pages of charge summaries without Stripe’s raw objects', async () => {
        const merchant = await connected();
        const created = [await charge(merchant.owner, 1000), await charge(merchant.owner, 2000)];
        const first = await t.call('/api/pelago/charges?limit=1', { as: merchant.viewer });
        expect(first.status).toBe(200);
        expect(first.body.hasMore).toBe(true);
        expect(first.body.data).toHaveLength(1);
        expect(Object.keys(first.body.data[0]).sort()).toEqual(
          [
            'id',
            'amount',
            'amountRefunded',
            'amountRefundable',
            'currency',
            'status',
            'refunded',
            'disputed',
            'captured',
            'description',
            'created',
            'receiptEmail',
            'cardBrand',
            'cardLast4',
            'metadata',
          ].sort(),
        );
        expect(first.text).not.toContain('"raw"');
        const next = await t.call(
          `/api/pelago/charges?limit=1&startingAfter=${first.body.data[0].id}`,
          { as: merchant.viewer },
        );
        expect(next.body.data[0].id).not.toBe(first.body.data[0].id);
        const ids = (
          await t.call('/api/pelago/charges?limit=100', { as: merchant.viewer })
        ).body.data.map((c: { id: string }) => c.id);
        for (const c of created) expect(ids).toContain(c.id);
      });

      it('refuses a limit that is not a number or out of range', async () => {
        const merchant = await connected();
        const text = await t.call('/api/pelago/charges?limit=ten', { as: merchant.owner });
        expect([text.status, text.body.error.code]).toEqual([400, 'validation_failed']);
        const zero = await t.call('/api/pelago/charges?limit=0', { as: merchant.owner });
        expect(zero.status).toBe(400);
        const empty = await t.call('/api/pelago/charges?startingAfter=', { as: merchant.owner });
        expect([empty.status, empty.body.error.code]).toEqual([400, 'validation_failed']);
      });
    });

    describe('POST /charges', () => {
      it('charges once per idempotency key, from the header or the body', async () => {
        const merchant = await connected();
        const body = { amount: 2500, currency: 'usd', source: 'tok_visa', description: 'Ticket' };
        const first = await t.call('/api/pelago/charges', {
          method: 'POST',
          as: merchant.admin,
          body,
          headers: { 'Idempotency-Key': 'order-77' },
        });
        expect(first.status).toBe(200);
        expect(first.body.charge).toMatchObject({
          amount: 2500,
          currency: 'usd',
          description: 'Ticket',
        });
        expect(first.body.charge).not.toHaveProperty('raw');
        const again = await t.call('/api/pelago/charges', {
          method: 'POST',
          as: merchant.admin,
          body: { ...body, idempotencyKey: 'order-77' },
        });
        expect(again.body.charge.id).toBe(first.body.charge.id);
        const differing = await t.call('/api/pelago/charges', {
          method: 'POST',
          as: merchant.admin,
          body: { ...body, idempotencyKey: 'a' },
          headers: { 'Idempotency-Key': 'b' },
        });
        expect([differing.status, differing.body.error.code]).toEqual([400, 'validation_failed']);
      });

      it('requires an idempotency key of at most 200 characters, and asks Stripe nothing without one', async () => {
        const merchant = await connected();
        const body = { amount: 1800, currency: 'usd', source: 'tok_visa' };
        const before = t.sandbox.requests.count({ method: 'POST', path: '/v1/charges' });
        const refused = [
          await t.call('/api/pelago/charges', { method: 'POST', as: merchant.owner, body }),
          await t.call('/api/pelago/charges', {
            method: 'POST',
            as: merchant.owner,
            body: { ...body, idempotencyKey: 'k'.repeat(201) },
          }),
          await t.call('/api/pelago/charges', {
            method: 'POST',
            as: merchant.owner,
            body,
            headers: { 'Idempotency-Key': 'has space' },
          }),
        ];
        for (const answer of refused) {
          expect([answer.status, answer.body.error.code]).toEqual([400, 'validation_failed']);
        }
        expect(refused[0]!.body.error.message).toMatch(/idempotency key is required/);
        expect(t.sandbox.requests.count({ method: 'POST', path: '/v1/charges' })).toBe(before);
        const longest = await t.call('/api/pelago/charges', {
          method: 'POST',
          as: merchant.owner,
          body: { ...body, idempotencyKey: 'k'.repeat(200) },
        });
        expect(longest.status).toBe(200);
      });

      it('answers 402 card_declined with the decline code, and 400 for bad fields', async () => {
        const merchant = await connected();
        const declined = await t.call('/api/pelago/charges', {
          method: 'POST',
          as: merchant.owner,
          body: {
            amount: 2500,
            currency: 'usd',
            source: 'tok_chargeDeclinedInsufficientFunds',
            idempotencyKey: 'declined-1',
          },
        });
        expect(declined.status).toBe(402);
        expect(declined.body.error).toMatchObject({
          code: 'card_declined',
          declineCode: 'insufficient_funds',
        });
        const cases: Array<[Record<string, unknown>, string]> = [
          [{ currency: 'usd', source: 'tok_visa' }, 'validation_failed'],
          [{ amount: '25', currency: 'usd', source: 'tok_visa' }, 'validation_failed'],
          [{ amount: -5, currency: 'usd', source: 'tok_visa' }, 'amount_invalid'],
          [{ amount: 100, currency: 'zzz', source: 'tok_visa' }, 'currency_invalid'],
          [{ amount: 100, currency: 'usd' }, 'validation_failed'],
          [
            { amount: 100, currency: 'usd', source: 'tok_visa', metadata: { a: 1 } },
            'validation_failed',
          ],
        ];
        for (const [index, [body, code]] of cases.entries()) {
          const answer = await t.call('/api/pelago/charges', {
            method: 'POST',
            as: merchant.owner,
            body: { ...body, idempotencyKey: `bad-${index}` },
          });
          expect([answer.status, answer.body.error.code], JSON.stringify(body)).toEqual([
            400,
            code,
          ]);
        }
      });

      it('passes Stripe’s rate limit on as 429 with Retry-After', async () => {
        const merchant = await connected();
        t.sandbox.faults.add({ status: 429, path: '/v1/charges', headers: { 'retry-after': '3' } });
        const answer = await t.call('/api/pelago/charges', {
          method: 'POST',
          as: merchant.owner,
          body: { amount: 100, currency: 'usd', source: 'tok_visa', idempotencyKey: 'busy-1' },
        });
        expect([answer.status, answer.body.error.code]).toEqual([429, 'rate_limited']);
        expect(answer.body.error.retryAfterSeconds).toBe(3);
        expect(answer.headers.get('retry-after')).toBe('3');
      });
    });

    describe('POST /refunds', () => {
      it('refunds part of a charge and answers the refund summary', async () => {
        const merchant = await connected();
        const paid = await charge(merchant.owner, 4000);
        const answer = await t.call('/api/pelago/refunds', {
          method: 'POST',
          as: merchant.admin,
          body: {
            chargeId: paid.id,
            amount: 1500,
            reason: 'requested_by_customer',
            idempotencyKey: 'r-1',
          },
        });
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({
          refund: {
            id: expect.stringMatching(/^re_/),
            chargeId: paid.id,
            amount: 1500,
            currency: 'usd',
            status: 'succeeded',
            reason: 'requested_by_customer',
            pendingReason: null,
            failureReason: null,
            note: null,
            created: expect.any(String),
          },
        });
        const list = await t.call('/api/pelago/charges?limit=100', { as: merchant.owner });
        const after = list.body.data.find((c: { id: string }) => c.id === paid.id);
        expect(after).toMatchObject({ amountRefunded: 1500, amountRefundable: 2500 });
      });

      it('sends Stripe idempotency keys scoped to the merchant, and replays a repeat', async () => {
        const merchant = await connected();
        const scope = createHash('sha256').update(merchant.id).digest('hex').slice(0, 16);
        const paid = await charge(merchant.owner, 2000);
        const chargePost = t.sandbox.requests.list({ method: 'POST', path: '/v1/charges' }).at(-1);
        expect(chargePost?.idempotencyKey).toMatch(new RegExp(`^pelago:${scope}:c-0\\.\\d+$`));

        const refund = () =>
          t.call('/api/pelago/refunds', {
            method: 'POST',
            as: merchant.admin,
            body: { chargeId: paid.id, amount: 300, idempotencyKey: 'scoped-1' },
          });
        const first = await refund();
        const again = await refund();
        expect([first.status, again.status]).toEqual([200, 200]);
        expect(again.body.refund.id).toBe(first.body.refund.id);
        const posts = t.sandbox.requests.list({ method: 'POST', path: '/v1/refunds' }).slice(-2);
        expect(posts.map((post) => [post.idempotencyKey, post.replayed ?? false])).toEqual([
          [`pelago:${scope}:scoped-1`, false],
          [`pelago:${scope}:scoped-1`, true],
        ]);
        const stripeCharge = (await t.sandbox.listCharges()).find((c) => c.id === paid.id);
        expect(stripeCharge?.amount_refunded).toBe(300);
      });

      it('requires an idempotency key and answers refund errors with their codes', async () => {
        const merchant = await connected();
        const paid = await charge(merchant.owner, 1000);
        const call = (body: Record<string, unknown>) =>
          t.call('/api/pelago/refunds', { method: 'POST', as: merchant.owner, body });
        const expectations: Array<[ApiAnswer, number, string]> = [
          [await call({ chargeId: paid.id }), 400, 'validation_failed'],
          [await call({ chargeId: paid.id, idempotencyKey: '' }), 400, 'validation_failed'],
          [await call({ idempotencyKey: 'x-1' }), 400, 'validation_failed'],
          [
            await call({ chargeId: paid.id, amount: 5000, idempotencyKey: 'x-2' }),
            400,
            'refund_exceeds_charge',
          ],
          [
            await call({ chargeId: paid.id, reason: 'because', idempotencyKey: 'x-3' }),
            400,
            'refund_reason_invalid',
          ],
          [
            await call({ chargeId: 'ch_doesnotexist', idempotencyKey: 'x-4' }),
            404,
            'charge_not_found',
          ],
        ];
        for (const [answer, status, code] of expectations) {
          expect([answer.status, answer.body.error.code]).toEqual([status, code]);
        }
        expect((await call({ chargeId: paid.id, idempotencyKey: 'x-5' })).status).toBe(200);
        const again = await call({ chargeId: paid.id, idempotencyKey: 'x-6' });
        expect([again.status, again.body.error.code]).toEqual([400, 'charge_already_refunded']);
      });

      it('refunds exactly once for 20 identical requests at once, sharing one Stripe call', async () => {
        const merchant = await connected();
        const paid = await charge(merchant.owner, 3000);
        const refundPosts = () => t.sandbox.requests.count({ method: 'POST', path: '/v1/refunds' });
        const before = refundPosts();
        t.sandbox.faults.add({ latencyMs: 150, path: '/v1/refunds' });
        const answers = await Promise.all(
          Array.from({ length: 20 }, () =>
            t.call('/api/pelago/refunds', {
              method: 'POST',
              as: merchant.admin,
              body: { chargeId: paid.id, amount: 1000, idempotencyKey: 'double-click-1' },
            }),
          ),
        );
        expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
        expect(new Set(answers.map((a) => a.body.refund.id)).size).toBe(1);
        expect(refundPosts() - before).toBe(1);
        const stripeCharge = (await t.sandbox.listCharges()).find((c) => c.id === paid.id);
        expect(stripeCharge?.amount_refunded).toBe(1000);
      });

      it('refunds once across server instances: Stripe’s idempotency answers the repeats', async () => {
        const merchant = await connected();
        const paid = await charge(merchant.owner, 3000);
        const other = await t.startInstance();
        const body = { chargeId: paid.id, amount: 700, idempotencyKey: 'two-instances' };
        const first = await t.call('/api/pelago/refunds', {
          method: 'POST',
          as: merchant.admin,
          body,
        });
        const answers = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            i % 2
              ? t.call('/api/pelago/refunds', { method: 'POST', as: merchant.admin, body })
              : t.callAt(other.url, '/api/pelago/refunds', {
                  method: 'POST',
                  as: merchant.admin,
                  body,
                }),
          ),
        );
        for (const answer of answers) expect(answer.body.refund.id).toBe(first.body.refund.id);
        const stripeCharge = (await t.sandbox.listCharges()).find((c) => c.id === paid.id);
        expect(stripeCharge?.amount_refunded).toBe(700);
      });

      it('answers 409 when the same idempotency key comes with other details', async () => {
        const merchant = await connected();
        const paid = await charge(merchant.owner, 3000);
        t.sandbox.faults.add({ latencyMs: 150, path: '/v1/refunds' });
        const [a, b] = await Promise.all(
          [500, 600].map((amount) =>
            t.call('/api/pelago/refunds', {
              method: 'POST',
              as: merchant.admin,
              body: { chargeId: paid.id, amount, idempotencyKey: 'same-key' },
            }),
          ),
        );
        expect([a!.status, b!.status].sort()).toEqual([200, 409]);
        expect([a, b].find((x) => x!.status === 409)!.body.error.code).toBe('idempotency_conflict');
        const later = await t.call('/api/pelago/refunds', {
          method: 'POST',
          as: merchant.admin,
          body: { chargeId: paid.id, amount: 900, idempotencyKey: 'same-key' },
        });
        expect(later.status).toBe(409);
        const stripeCharge = (await t.sandbox.listCharges()).find((c) => c.id === paid.id);
        expect([500, 600]).toContain(stripeCharge?.amount_refunded);
      });
    });

    describe('roles and authentication', () => {
      it('answers 401 to a request without a session, on every route', async () => {
        const routes: Array<[string, string]> = [
          ['GET', '/key'],
          ['POST', '/key'],
          ['DELETE', '/key'],
          ['GET', '/charges'],
          ['POST', '/charges'],
          ['POST', '/refunds'],
        ];
        for (const [method, path] of routes) {
          const answer = await t.call(`/api/pelago${path}`, {
            method,
            as: null,
            ...(method === 'POST' ? { body: {} } : {}),
          });
          expect([answer.status, answer.body.error.code], `${method} ${path}`).toEqual([
            401,
            'unauthenticated',
          ]);
        }
      });

      it('lets a viewer read but not change the key, charge or refund', async () => {
        const merchant = await connected();
        const paid = await charge(merchant.owner, 1000);
        expect((await t.call('/api/pelago/key', { as: merchant.viewer })).status).toBe(200);
        expect((await t.call('/api/pelago/charges', { as: merchant.viewer })).status).toBe(200);
        const refused = [
          await key(merchant.viewer, t.sandbox.keys.full),
          await t.call('/api/pelago/key', { method: 'DELETE', as: merchant.viewer }),
          await t.call('/api/pelago/charges', {
            method: 'POST',
            as: merchant.viewer,
            body: { amount: 100, currency: 'usd', source: 'tok_visa' },
          }),
          await t.call('/api/pelago/refunds', {
            method: 'POST',
            as: merchant.viewer,
            body: { chargeId: paid.id, idempotencyKey: 'viewer-1' },
          }),
        ];
        for (const answer of refused) {
          expect([answer.status, answer.body.error.code]).toEqual([403, 'forbidden']);
        }
        expect(await t.vault.get(merchant.id)).toBe(t.sandbox.keys.full);
        const stripeCharge = (await t.sandbox.listCharges()).find((c) => c.id === paid.id);
        expect(stripeCharge?.amount_refunded).toBe(0);
      });

      it('refuses a role it does not know', async () => {
        const merchant = await connected();
        const answer = await t.call('/api/pelago/key', { as: `${merchant.id}:guest` });
        expect([answer.status, answer.body.error.code]).toEqual([403, 'forbidden']);
      });
    });

    describe('hardening', () => {
      const post = (headers: Record<string, string>, as = 'merchant-h:owner') =>
        t.call('/api/pelago/key', { method: 'POST', as, body: { key: '' }, headers });

      it('takes state changes only from allowed origins', async () => {
        const refused = [
          await post({ origin: 'https://evil.example' }),
          await post({ origin: 'null' }),
          await post({ referer: 'https://evil.example/page' }),
          await post({ referer: 'not a url' }),
          await post({ 'sec-fetch-site': 'cross-site' }),
          await post({ 'sec-fetch-site': 'same-site' }),
          await t.call('/api/pelago/key', {
            method: 'DELETE',
            as: 'merchant-h:owner',
            headers: { origin: 'https://evil.example' },
          }),
        ];
        for (const answer of refused) {
          expect([answer.status, answer.body.error.code]).toEqual([403, 'origin_not_allowed']);
        }
        // Let through (to the key check, which answers 400 for the empty paste):
        const passed = [
          await post({ origin: ALLOWED_ORIGIN }),
          await post({ origin: t.url }),
          await post({ referer: `${ALLOWED_ORIGIN}/settings/stripe` }),
          await post({ 'sec-fetch-site': 'same-origin' }),
          await post({}),
        ];
        for (const answer of passed) expect(answer.body.error.code).toBe('empty');
      });

      it('sends CORS headers only to allowed cross-origin callers, and answers preflight', async () => {
        const allowed = await t.call('/api/pelago/key', { headers: { origin: ALLOWED_ORIGIN } });
        expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
        expect(allowed.headers.get('vary')).toBe('Origin');
        const other = await t.call('/api/pelago/key', {
          headers: { origin: 'https://evil.example' },
        });
        expect(other.status).toBe(200);
        expect(other.headers.get('access-control-allow-origin')).toBeNull();
        const preflight = await t.call('/api/pelago/refunds', {
          method: 'OPTIONS',
          as: null,
          headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST' },
        });
        expect(preflight.status).toBe(204);
        expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
        expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
        const evil = await t.call('/api/pelago/refunds', {
          method: 'OPTIONS',
          as: null,
          headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
        });
        expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      });

      it('answers 415 to a body that is not JSON', async () => {
        for (const contentType of [
          null,
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=latin1',
        ]) {
          const answer = await t.call('/api/pelago/key', {
            method: 'POST',
            as: 'merchant-h:owner',
            body: '{"key":""}',
            contentType,
          });
          expect([answer.status, answer.body.error.code], String(contentType)).toEqual([
            415,
            'unsupported_media_type',
          ]);
        }
        const withCharset = await t.call('/api/pelago/key', {
          method: 'POST',
          as: 'merchant-h:owner',
          body: '{"key":""}',
          contentType: 'Application/JSON; charset=UTF-8',
        });
        expect(withCharset.body.error.code).toBe('empty');
      });

      it('answers 413 to a body over 16 KiB, declared or streamed without a length', async () => {
        const big = JSON.stringify({ key: '', name: 'x'.repeat(20 * 1024) });
        const declared = await t.call('/api/pelago/key', {
          method: 'POST',
          as: 'merchant-h:owner',
          body: big,
        });
        expect([declared.status, declared.body.error.code]).toEqual([413, 'payload_too_large']);

        // Chunked, and the request never ends: only a limit enforced while streaming answers.
        const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          const request = http.request(`${t.url}/api/pelago/key`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: 'Bearer merchant-h:owner',
            },
          });
          request.on('response', (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk) => {
              body += chunk;
            });
            response.on('end', () => {
              resolve({ status: response.statusCode ?? 0, body });
              request.destroy();
            });
          });
          request.on('error', reject);
          request.write(`{"key":"","name":"${'y'.repeat(8 * 1024)}`);
          request.write('y'.repeat(12 * 1024));
        });
        expect(streamed.status).toBe(413);
        expect(JSON.parse(streamed.body).error.code).toBe('payload_too_large');
      });

      it('answers 400 malformed_json to broken JSON', async () => {
        for (const body of ['{"key":', '{key: 1}', '\u00ff\u00fe']) {
          const answer = await t.call('/api/pelago/key', {
            method: 'POST',
            as: 'merchant-h:owner',
            body,
          });
          expect([answer.status, answer.body.error.code]).toEqual([400, 'malformed_json']);
        }
        const empty = await t.call('/api/pelago/key', {
          method: 'POST',
          as: 'merchant-h:owner',
          body: '',
        });
        expect([empty.status, empty.body.error.code]).toEqual([400, 'malformed_json']);
      });

      it('answers 404 to unknown routes and 405 with Allow to wrong methods', async () => {
        for (const path of [
          '/api/pelago/keys',
          '/api/pelago/key/',
          '/api/pelago',
          '/elsewhere',
          '/api/pelago/__proto__',
        ]) {
          const answer = await t.call(path, { as: 'merchant-h:owner' });
          expect([answer.status, answer.body.error.code], path).toEqual([404, 'not_found']);
        }
        const put = await t.call('/api/pelago/key', {
          method: 'PUT',
          as: 'merchant-h:owner',
          body: {},
        });
        expect([put.status, put.body.error.code]).toEqual([405, 'method_not_allowed']);
        expect(put.headers.get('allow')).toBe('GET, POST, DELETE, OPTIONS');
        const getRefunds = await t.call('/api/pelago/refunds', { as: 'merchant-h:owner' });
        expect(getRefunds.status).toBe(405);
        expect(getRefunds.headers.get('allow')).toBe('POST, OPTIONS');
      });

      it('answers 404 to paths that URL parsing would turn into a route', async () => {
        // Sent as written: fetch would resolve them before they leave.
        const rawGet = (path: string) =>
          new Promise<{ status: number; body: string }>((resolve, reject) => {
            const target = new URL(t.url);
            http
              .get(
                {
                  host: target.hostname,
                  port: target.port,
                  path,
                  headers: { authorization: 'Bearer merchant-h:owner' },
                },
                (response) => {
                  let body = '';
                  response.setEncoding('utf8');
                  response.on('data', (chunk) => {
                    body += chunk;
                  });
                  response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
                },
              )
              .on('error', reject);
          });
        expect((await rawGet('/api/pelago/key')).status).toBe(200);
        for (const path of [
          '/x/../api/pelago/key',
          '/api/pelago\\key',
          '/api/%2e%2e/api/pelago/key',
          '/api/pelago/%2E/key',
          '/api/pelago/./key',
        ]) {
          const answer = await rawGet(path);
          expect([answer.status, JSON.parse(answer.body).error.code], path).toEqual([
            404,
            'not_found',
          ]);
        }
      });

      it('sends every error as JSON with no-store and nosniff, and no stack trace', async () => {
        const answers = [
          await t.call('/api/pelago/nope'),
          await t.call('/api/pelago/key', { as: null }),
          await t.call('/api/pelago/key', { method: 'PATCH', body: {} }),
          await t.call('/api/pelago/key', { method: 'POST', body: '{', as: 'merchant-h:owner' }),
        ];
        for (const answer of answers) {
          expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
          expect(answer.headers.get('cache-control')).toBe('no-store');
          expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
          expect(Object.keys(answer.body)).toEqual(['error']);
          expect(answer.body.error).toEqual({
            code: expect.any(String),
            message: expect.any(String),
          });
          expect(answer.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
        }
      });
    });

    describe('the vault behind the API', () => {
      it('keeps serving after the encryption key is rotated', async () => {
        const merchant = await connected();
        const paid = await charge(merchant.owner, 2000);
        const { k1, k2 } = t.encryptionKeys;
        const rotating = createKeyVault({
          store: await database.makeStore(),
          encryptionKeys: { current: 'k2', keys: { k1, k2 } },
        });
        const result = await rotating.rotate();
        expect(result.rotated).toBeGreaterThan(0);
        expect(result.failed).toBe(0);
        await rotating.close();

        const onlyK2 = createKeyVault({
          store: await database.makeStore(),
          encryptionKeys: { current: 'k2', keys: { k2 } },
        });
        const rotated = await t.startInstance({ vault: onlyK2 });
        const answer = await t.callAt(rotated.url, '/api/pelago/refunds', {
          method: 'POST',
          as: merchant.owner,
          body: { chargeId: paid.id, amount: 100, idempotencyKey: 'after-rotation' },
        });
        expect(answer.status).toBe(200);
        // The first instance only knows k1: the rotated records are unreadable to it.
        const stale = await t.call('/api/pelago/charges', { as: merchant.owner });
        expect([stale.status, stale.body.error.code]).toEqual([422, 'key_unreadable']);
        expect(stale.body.error.message).not.toMatch(/encryptionKeys|k2/);
        expect(t.logs.some((line) => line.includes('"k2", which is not configured'))).toBe(true);
        await onlyK2.close();
      });

      it('answers key_unreadable for a tampered record, while GET /key still answers', async () => {
        const merchant = await connected();
        const store = await database.makeStore();
        const record = (await store.find(merchant.id))!;
        const tag = Buffer.from(record.tag);
        tag[0] = tag[0]! ^ 0xff;
        await store.upsert({ ...record, tag });
        await store.close();
        const answer = await t.call('/api/pelago/charges', { as: merchant.owner });
        expect([answer.status, answer.body.error.code]).toEqual([422, 'key_unreadable']);
        const status = await t.call('/api/pelago/key', { as: merchant.owner });
        expect(status.body.status.connected).toBe(true);
        // Connecting again repairs it.
        expect((await key(merchant.owner, t.sandbox.keys.full)).status).toBe(200);
        expect((await t.call('/api/pelago/charges', { as: merchant.owner })).status).toBe(200);
      });

      it('answers 500 internal_error for an unexpected failure, logging it redacted', async () => {
        const leaky = t.sandbox.keys.full;
        const broken = await t.startInstance({
          vault: {
            ...t.vault,
            status: async () => {
              throw new Error(`database exploded near ${leaky}`);
            },
          },
        });
        const answer = await t.callAt(broken.url, '/api/pelago/key', { as: 'merchant-x:owner' });
        expect(answer.status).toBe(500);
        expect(answer.body).toEqual({
          error: {
            code: 'internal_error',
            message: connectErrorMessages.internal_error,
          },
        });
        expect(answer.text).not.toContain('exploded');
        const line = t.logs.find((l) => l.includes('database exploded'));
        expect(line).toBeDefined();
        expect(line).toContain(`rk_test_…${leaky.slice(-4)}`);
        expect(line).not.toContain(leaky);
      });
    });

    describe('no key anywhere', () => {
      it('leaves no whole key in any answer, header or log line', async () => {
        // Traffic of its own, so the check holds when this test runs alone.
        const merchant = await connected();
        await key(merchant.owner, t.sandbox.keys.chargesOnly);
        await key(merchant.owner, t.sandbox.keys.secret);
        await t.call('/api/pelago/key/verify', { method: 'POST', as: merchant.owner });
        const paid = await charge(merchant.owner, 1500);
        await t.call('/api/pelago/refunds', {
          method: 'POST',
          as: merchant.owner,
          body: { chargeId: paid.id, idempotencyKey: `leak-${paid.id}` },
        });
        await t.call('/api/pelago/charges', { as: merchant.viewer });
        expect(t.seen.some((text) => text.includes(paid.id))).toBe(true);
        // The SDK's own lines reach the log too.
        expect(t.logs.some((line) => line.startsWith('info Stripe key verified'))).toBe(true);
        expectNoKeyLeaks(
          [...t.seen, ...t.logs],
          [...Object.values(t.sandbox.keys), ...t.sandbox.describeKeys().map((info) => info.key)],
        );
      });

      it('leaves no key in the database, in plain text, base64 or hex', async () => {
        const data = await database.storedData();
        expect(data.length).toBeGreaterThan(0);
        const keys = t.sandbox.describeKeys().map((info) => info.key);
        const found = data.flatMap((chunk) =>
          keys.flatMap((stripeKey) =>
            findKeyInBytes(Buffer.from(chunk), stripeKey).map(
              (form) => `${redactKey(stripeKey)} as ${form}`,
            ),
          ),
        );
        expect(found).toEqual([]);
      });
    });
  });
}
