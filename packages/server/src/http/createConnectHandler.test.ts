import { ConnectError, type VerificationResult } from '@pelago/connect-core';
import { describe, expect, it, vi } from 'vitest';
import type { MerchantClient } from '../stripe/index';
import { createKeyVault, generateEncryptionKey, memoryStore } from '../vault/index';
import { type ConnectHandlerOptions, createConnectHandler } from './createConnectHandler';
import type { HandlerConnect } from './routeTypes';

const fullKey = `rk_${'test'}_${'A1b2C3d4'.repeat(4)}`;
const verified: VerificationResult = {
  ok: true,
  mode: 'test',
  permissions: { charges: 'write', refunds: 'write' },
  problems: [],
};

/** A handler over a fake Stripe side and an in-memory vault, called without sockets. */
function setup(
  overrides: Partial<ConnectHandlerOptions> = {},
  merchant: Partial<MerchantClient> = {},
) {
  const vault = createKeyVault({
    store: memoryStore(),
    encryptionKeys: { current: 'k1', keys: { k1: generateEncryptionKey() } },
  });
  const connect: HandlerConnect = {
    mode: 'test',
    verifyKey: vi.fn(async () => verified),
    merchant: vi.fn(() => merchant as MerchantClient),
  };
  const logs: string[] = [];
  const handler = createConnectHandler({
    connect,
    vault,
    authorize: () => ({ merchantId: 'm-1', role: 'owner' }),
    logger: { warn: (m) => logs.push(m), error: (m) => logs.push(m) },
    ...overrides,
  });
  const call = (path: string, init: RequestInit & { duplex?: 'half' } = {}) =>
    handler(new Request(`http://shop.example${path}`, init));
  return { handler, vault, connect, logs, call };
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('createConnectHandler', () => {
  it('stops reading a body at the limit, even one that never ends', async () => {
    const { call } = setup({ bodyLimit: 1024 });
    let pulls = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new TextEncoder().encode('{"key":"'.padEnd(256, 'x')));
      },
      cancel() {
        cancelled = true;
      },
    });
    const response = await call('/api/pelago/key', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: endless,
      duplex: 'half',
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('payload_too_large');
    expect(cancelled).toBe(true);
    expect(pulls).toBeLessThan(10);
  });

  it('refuses audit hooks that are not functions when it is created', () => {
    expect(() => setup({ onRefund: 'log it' as never })).toThrow(/onRefund must be a function/);
    expect(() => setup({ onCharge: {} as never })).toThrow(/onCharge must be a function/);
  });

  it('shares one Stripe call among concurrent identical refunds', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const create = vi.fn(async () => {
      await gate;
      return {
        id: 're_1',
        chargeId: 'ch_1',
        amount: 100,
        currency: 'usd',
        status: 'succeeded' as const,
        reason: null,
        pendingReason: null,
        failureReason: null,
        note: null,
        created: '2026-01-01T00:00:00.000Z',
        raw: { secret: 'internal' } as never,
      };
    });
    const onRefund = vi.fn();
    const { call, vault } = setup({ onRefund }, { refunds: { create, list: vi.fn() } });
    await vault.put('m-1', fullKey, {
      mode: 'test',
      permissions: verified.permissions,
      verifiedAt: new Date(),
    });
    const pending = Array.from({ length: 20 }, () =>
      call('/api/pelago/refunds', json({ chargeId: 'ch_1', amount: 100, idempotencyKey: 'once' })),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    const responses = await Promise.all(pending);
    expect(create).toHaveBeenCalledTimes(1);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(bodies.every((b) => b.refund.id === 're_1' && !('raw' in b.refund))).toBe(true);
    // Twenty coalesced requests are one refund: the audit hook hears of it once.
    expect(onRefund).toHaveBeenCalledTimes(1);
    // Once settled, the next identical request reaches Stripe again (whose idempotency replays it).
    await call(
      '/api/pelago/refunds',
      json({ chargeId: 'ch_1', amount: 100, idempotencyKey: 'once' }),
    );
    expect(create).toHaveBeenCalledTimes(2);
  });

  describe('POST /key/verify while Stripe is being asked', () => {
    const otherKey = `rk_${'test'}_${'Z9y8X7w6'.repeat(4)}`;

    /** A handler whose verification of `fullKey` waits until released. */
    function slowVerification() {
      let entered!: () => void;
      let release!: () => void;
      const called = new Promise<void>((resolve) => {
        entered = resolve;
      });
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const context = setup();
      context.connect.verifyKey = vi.fn(async (key: string) => {
        if (key === fullKey) {
          entered();
          await gate;
        }
        return verified;
      });
      return { ...context, called, release };
    }

    it('answers key_not_connected when the key was removed meanwhile, and stores nothing', async () => {
      const { call, vault, called, release } = slowVerification();
      await vault.put('m-1', fullKey, {
        mode: 'test',
        permissions: verified.permissions,
        verifiedAt: new Date(),
      });
      const pending = call('/api/pelago/key/verify', { method: 'POST' });
      await called;
      expect((await call('/api/pelago/key', { method: 'DELETE' })).status).toBe(204);
      release();
      const response = await pending;
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('key_not_connected');
      expect(await vault.get('m-1')).toBeNull();
      expect(await vault.status('m-1')).toEqual({ connected: false });
    });

    it('answers 409 when another key was stored meanwhile, and keeps the new key', async () => {
      const { call, vault, called, release } = slowVerification();
      await vault.put('m-1', fullKey, {
        mode: 'test',
        permissions: verified.permissions,
        verifiedAt: new Date(),
      });
      const pending = call('/api/pelago/key/verify', { method: 'POST' });
      await called;
      const replaced = await call('/api/pelago/key', json({ key: otherKey, name: 'New_Pelago' }));
      expect(replaced.status).toBe(200);
      release();
      const response = await pending;
      expect(response.status).toBe(409);
      expect((await response.json()).error).toEqual({
        code: 'validation_failed',
        message: 'The key was replaced while it was being checked. Check the new key instead.',
      });
      expect(await vault.get('m-1')).toBe(otherKey);
      expect((await vault.status('m-1')).name).toBe('New_Pelago');
    });

    it('records the verification when the key stayed, keeping its name', async () => {
      const { call, vault, called, release } = slowVerification();
      await vault.put('m-1', fullKey, {
        name: 'Acme_Pelago',
        mode: 'test',
        permissions: { charges: 'write', refunds: 'missing' },
        verifiedAt: new Date('2026-01-01T00:00:00.000Z'),
      });
      const pending = call('/api/pelago/key/verify', { method: 'POST' });
      await called;
      release();
      const response = await pending;
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.status).toMatchObject({
        name: 'Acme_Pelago',
        permissions: verified.permissions,
      });
      expect(body.status.verifiedAt).not.toBe('2026-01-01T00:00:00.000Z');
      expect(await vault.status('m-1')).toEqual(body.status);
    });
  });

  it('answers 404 to a request target with dot segments or backslashes, as a runtime may pass it', async () => {
    const { handler } = setup();
    // Some runtimes hand over the target as sent; a standard Request would already resolve it.
    const asSent = (url: string) =>
      ({ url, method: 'GET', headers: new Headers(), body: null }) as unknown as Request;
    expect((await handler(asSent('http://shop.example/api/pelago/key'))).status).toBe(200);
    for (const path of ['/x/../api/pelago/key', '/api/pelago\\key', '/api/%2e%2e/api/pelago/key']) {
      const response = await handler(asSent(`http://shop.example${path}`));
      expect([response.status, (await response.json()).error.code], path).toEqual([
        404,
        'not_found',
      ]);
    }
  });

  it('redacts a key that slipped into any answer field', async () => {
    const list = vi.fn(async () => ({
      data: [
        {
          id: 'ch_1',
          amount: 100,
          amountRefunded: 0,
          amountRefundable: 100,
          currency: 'usd',
          status: 'succeeded' as const,
          refunded: false,
          disputed: false,
          captured: true,
          description: `paid with ${fullKey}`,
          created: '2026-01-01T00:00:00.000Z',
          receiptEmail: null,
          cardBrand: 'visa',
          cardLast4: '4242',
          metadata: {},
          raw: {} as never,
        },
      ],
      hasMore: false,
    }));
    const { call, vault } = setup({}, { charges: { list, create: vi.fn(), retrieve: vi.fn() } });
    await vault.put('m-1', fullKey, {
      mode: 'test',
      permissions: verified.permissions,
      verifiedAt: new Date(),
    });
    const text = await (await call('/api/pelago/charges')).text();
    expect(text).not.toContain(fullKey);
    expect(text).toContain(`rk_test_…${fullKey.slice(-4)}`);
  });

  it('answers key_unreadable with the merchant message and logs the operator detail', async () => {
    const store = memoryStore();
    const old = createKeyVault({
      store,
      encryptionKeys: { current: 'k0', keys: { k0: generateEncryptionKey() } },
    });
    await old.put('m-1', fullKey, {
      mode: 'test',
      permissions: verified.permissions,
      verifiedAt: new Date(),
    });
    const { call, logs } = setup({
      vault: createKeyVault({
        store,
        encryptionKeys: { current: 'k1', keys: { k1: generateEncryptionKey() } },
      }),
    });
    const response = await call('/api/pelago/charges');
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe('key_unreadable');
    expect(body.error.message).toBe(
      'The stored Stripe key can no longer be read. Connect your restricted key again.',
    );
    expect(logs.join('\n')).toMatch(/"k0", which is not configured/);
  });

  it('uses a custom role policy and basePath', async () => {
    const can = vi.fn(
      (role: string, action: string) => role === 'finance' && action === 'key:read',
    );
    const { call } = setup({
      basePath: '/pelago/',
      can,
      authorize: () => ({ merchantId: 'm-1', role: 'finance' }),
    });
    expect((await call('/pelago/key')).status).toBe(200);
    expect((await call('/pelago/key', { method: 'DELETE' })).status).toBe(403);
    expect((await call('/api/pelago/key')).status).toBe(404);
    expect(can).toHaveBeenCalledWith('finance', 'key:write');
  });

  it('lets authorize refuse with its own ConnectError, and answers 500 to a bad merchant id', async () => {
    const refusing = setup({
      authorize: () => {
        throw new ConnectError('forbidden', { message: 'Your account is suspended.' });
      },
    });
    const refused = await refusing.call('/api/pelago/key');
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toBe('Your account is suspended.');

    const bad = setup({ authorize: async () => ({ merchantId: '', role: 'owner' }) });
    const answer = await bad.call('/api/pelago/key');
    expect(answer.status).toBe(500);
    expect(bad.logs.join('\n')).toMatch(/authorize\(\) returned a merchantId/);
  });

  it('stores the cleaned key under the authorized merchant only, ignoring ids sent by the browser', async () => {
    const { call, vault, connect } = setup();
    const response = await call(
      '/api/pelago/key?merchantId=m-2',
      json({ key: ` ${fullKey} `, merchantId: 'm-2', name: '  Acme_Pelago ' }),
    );
    expect(response.status).toBe(200);
    expect(connect.verifyKey).toHaveBeenCalledWith(fullKey);
    expect(await vault.get('m-1')).toBe(fullKey);
    expect(await vault.get('m-2')).toBeNull();
    expect((await vault.status('m-1')).name).toBe('Acme_Pelago');
  });

  it('logs unexpected errors to console.error when no logger is given', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { call } = setup({
        logger: undefined,
        authorize: () => {
          throw new TypeError(`boom ${fullKey}`);
        },
      });
      expect((await call('/api/pelago/key')).status).toBe(500);
      expect(spy).toHaveBeenCalledTimes(1);
      const printed = String(spy.mock.calls[0]?.[0]);
      expect(printed).toContain('boom');
      expect(printed).not.toContain(fullKey);
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses bad options at creation', () => {
    const base = setup();
    const options = { connect: base.connect, vault: base.vault, authorize: () => null };
    expect(() => createConnectHandler({ ...options, authorize: undefined as never })).toThrow(
      /authorize/,
    );
    expect(() => createConnectHandler({ ...options, basePath: 'api' })).toThrow(/basePath/);
    expect(() => createConnectHandler({ ...options, allowedOrigins: ['*'] })).toThrow(/origins/);
    expect(() => createConnectHandler({ ...options, bodyLimit: 0 })).toThrow(/bodyLimit/);
    expect(() => createConnectHandler({ ...options, connect: {} as never })).toThrow(/connect/);
    expect(createConnectHandler(options).basePath).toBe('/api/pelago');
  });

  it('lets an origin function decide', async () => {
    const { call } = setup({ allowedOrigins: (origin) => origin.endsWith('.partner.example') });
    const allowed = await call('/api/pelago/key', {
      method: 'DELETE',
      headers: { origin: 'https://a.partner.example' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://a.partner.example');
    const refused = await call('/api/pelago/key', {
      method: 'DELETE',
      headers: { origin: 'https://partner.example.evil' },
    });
    expect(refused.status).toBe(403);
  });
});
