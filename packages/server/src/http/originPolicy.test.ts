import { describe, expect, it, vi } from 'vitest';
import { createKeyVault, generateEncryptionKey, memoryStore } from '../vault/index';
import { type ConnectHandlerOptions, createConnectHandler } from './createConnectHandler';
import type { HandlerConnect } from './routeTypes';

/**
 * The handler as frameworks call it. `DELETE /key` is the probe: 204 when the origin check lets
 * it through (nothing is stored, so nothing changes), 403 `origin_not_allowed` when not.
 */
function handlerWith(overrides: Partial<ConnectHandlerOptions> = {}) {
  const connect: HandlerConnect = {
    mode: 'test',
    verifyKey: vi.fn(),
    merchant: vi.fn(),
  };
  const handler = createConnectHandler({
    connect,
    vault: createKeyVault({
      store: memoryStore(),
      encryptionKeys: { current: 'k1', keys: { k1: generateEncryptionKey() } },
    }),
    authorize: () => ({ merchantId: 'm-1', role: 'owner' }),
    logger: { warn: () => {}, error: () => {} },
    ...overrides,
  });
  /** `url` is what the runtime puts in `request.url`; headers are what the browser sent. */
  const send = async (
    url: string,
    headers: Record<string, string>,
    init: { method?: string; body?: string } = {},
  ) => {
    const response = await handler(
      new Request(url, { method: init.method ?? 'DELETE', headers, body: init.body }),
    );
    const text = await response.text();
    return {
      status: response.status,
      code: text ? (JSON.parse(text).error?.code as string | undefined) : undefined,
      cors: response.headers.get('access-control-allow-origin'),
      headers: response.headers,
    };
  };
  return { send };
}

/** Next.js route handlers: `request.url` is always on localhost, whatever the browser used. */
const NEXT_URL = 'http://localhost:3000/api/pelago/key';

describe('origin policy without configuration', () => {
  it('lets the page’s own origin through behind Next.js on 127.0.0.1, localhost and a real domain', async () => {
    const { send } = handlerWith();
    for (const host of ['127.0.0.1:3100', 'localhost:3000', 'shop.example']) {
      const scheme = host === 'shop.example' ? 'https' : 'http';
      const origin = `${scheme}://${host}`;
      // Chromium and Firefox send both; older browsers only Origin.
      const modern = await send(NEXT_URL, { host, origin, 'sec-fetch-site': 'same-origin' });
      const older = await send(NEXT_URL, { host, origin });
      expect([modern.status, older.status], host).toEqual([204, 204]);
      // Same-origin answers never carry CORS headers.
      expect([modern.cors, older.cors]).toEqual([null, null]);
    }
  });

  it('refuses another site, with or without Origin, and a page that matches only the URL', async () => {
    const { send } = handlerWith();
    const refused = [
      await send(NEXT_URL, { host: 'shop.example', origin: 'https://evil.example' }),
      await send(NEXT_URL, {
        host: 'shop.example',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      }),
      // No Origin (a browser that left it out) but the browser's own verdict.
      await send(NEXT_URL, { host: 'shop.example', 'sec-fetch-site': 'cross-site' }),
      await send(NEXT_URL, { host: 'shop.example', 'sec-fetch-site': 'same-site' }),
      await send(NEXT_URL, { host: 'shop.example', referer: 'https://evil.example/page' }),
      // request.url says localhost; a localhost origin is not the page the browser shows.
      await send(NEXT_URL, { host: 'shop.example', origin: 'http://localhost:3000' }),
      // Same host, other port: another origin.
      await send(NEXT_URL, { host: 'shop.example', origin: 'https://shop.example:8443' }),
    ];
    for (const answer of refused) {
      expect([answer.status, answer.code]).toEqual([403, 'origin_not_allowed']);
      expect(answer.cors).toBeNull();
    }
  });

  it('refuses the null origin (sandboxed frames, opaque redirects, file pages)', async () => {
    const { send } = handlerWith({ allowedOrigins: ['https://admin.example'] });
    for (const site of [undefined, 'cross-site']) {
      const answer = await send(NEXT_URL, {
        host: 'shop.example',
        origin: 'null',
        ...(site ? { 'sec-fetch-site': site } : {}),
      });
      expect([answer.status, answer.code]).toEqual([403, 'origin_not_allowed']);
    }
    // A same-origin page with Referrer-Policy: no-referrer sends Origin: null on POST.
    const own = await send(NEXT_URL, {
      host: 'shop.example',
      origin: 'null',
      'sec-fetch-site': 'same-origin',
    });
    expect(own.status).toBe(204);
  });

  it('refuses a form posted from another site, whatever its content type', async () => {
    const { send } = handlerWith();
    const form = { method: 'POST', body: 'key=rk_test_x' };
    const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
    const withOrigin = await send(
      'http://shop.example/api/pelago/key',
      { ...formHeaders, host: 'shop.example', origin: 'https://evil.example' },
      form,
    );
    expect([withOrigin.status, withOrigin.code]).toEqual([403, 'origin_not_allowed']);
    const withSite = await send(
      'http://shop.example/api/pelago/key',
      { ...formHeaders, host: 'shop.example', 'sec-fetch-site': 'cross-site' },
      form,
    );
    expect([withSite.status, withSite.code]).toEqual([403, 'origin_not_allowed']);
    // Even with no header at all to judge by, a form body is never read as a request.
    const bare = await send(
      'http://shop.example/api/pelago/key',
      { ...formHeaders, host: 'shop.example' },
      form,
    );
    expect([bare.status, bare.code]).toEqual([415, 'unsupported_media_type']);
  });

  it('lets a client that is not a browser through to authorize', async () => {
    const authorize = vi.fn(() => null);
    const { send } = handlerWith({ authorize });
    const answer = await send(NEXT_URL, { host: 'shop.example' });
    expect([answer.status, answer.code]).toEqual([401, 'unauthenticated']);
    expect(authorize).toHaveBeenCalledTimes(1);
  });

  it('trusts Sec-Fetch-Site over a Host a proxy rewrote', async () => {
    const { send } = handlerWith();
    // nginx with proxy_pass http://127.0.0.1:3000 and no Host forwarding.
    const proxied = { host: '127.0.0.1:3000', origin: 'https://shop.example' };
    expect((await send(NEXT_URL, { ...proxied, 'sec-fetch-site': 'same-origin' })).status).toBe(
      204,
    );
    expect((await send(NEXT_URL, proxied)).code).toBe('origin_not_allowed');
  });

  it('matches a TLS-terminating proxy’s https origin against the Host it forwards', async () => {
    const { send } = handlerWith();
    const answer = await send('http://shop.example/api/pelago/key', {
      host: 'shop.example',
      origin: 'https://shop.example',
    });
    expect(answer.status).toBe(204);
    // A server that terminates TLS itself knows the page is https.
    const downgraded = await send('https://shop.example/api/pelago/key', {
      host: 'shop.example',
      origin: 'http://shop.example',
    });
    expect(downgraded.code).toBe('origin_not_allowed');
  });
});

describe('origin policy behind a proxy', () => {
  const proxied = {
    host: '127.0.0.1:3000',
    'x-forwarded-host': 'shop.example',
    'x-forwarded-proto': 'https',
  };

  it('ignores X-Forwarded-* unless trustProxy is set', async () => {
    const { send } = handlerWith();
    const answer = await send(NEXT_URL, { ...proxied, origin: 'https://shop.example' });
    expect(answer.code).toBe('origin_not_allowed');
    // Nor can a client use them to pass off another site as the target.
    const forged = await send(NEXT_URL, {
      host: 'shop.example',
      'x-forwarded-host': 'evil.example',
      origin: 'https://evil.example',
    });
    expect(forged.code).toBe('origin_not_allowed');
  });

  it('takes the public host and scheme from the proxy with trustProxy', async () => {
    const { send } = handlerWith({ trustProxy: true });
    expect((await send(NEXT_URL, { ...proxied, origin: 'https://shop.example' })).status).toBe(204);
    // The first entry is the one the client-facing proxy wrote.
    const chained = await send(NEXT_URL, {
      ...proxied,
      'x-forwarded-host': 'shop.example, internal.lb',
      'x-forwarded-proto': 'https, http',
      origin: 'https://shop.example',
    });
    expect(chained.status).toBe(204);
    for (const origin of ['http://shop.example', 'http://127.0.0.1:3000']) {
      expect((await send(NEXT_URL, { ...proxied, origin })).code, origin).toBe(
        'origin_not_allowed',
      );
    }
  });
});

describe('origin policy with allowed cross-origin callers', () => {
  it('lets listed origins through with CORS headers, and never sends them to same-origin pages', async () => {
    const { send } = handlerWith({
      allowedOrigins: ['https://admin.example', 'https://shop.example'],
    });
    const admin = await send(NEXT_URL, {
      host: 'shop.example',
      origin: 'https://admin.example',
      'sec-fetch-site': 'same-site',
    });
    expect(admin.status).toBe(204);
    expect(admin.cors).toBe('https://admin.example');
    expect(admin.headers.get('access-control-allow-credentials')).toBe('true');
    expect(admin.headers.get('vary')).toBe('Origin');
    // Listed, but the page's own origin here: a same-origin answer.
    const own = await send(NEXT_URL, {
      host: 'shop.example',
      origin: 'https://shop.example',
      'sec-fetch-site': 'same-origin',
    });
    expect([own.status, own.cors]).toEqual([204, null]);
    // An unlisted origin reading with GET gets its answer without CORS headers (unreadable).
    const read = await send(
      NEXT_URL,
      { host: 'shop.example', origin: 'https://evil.example' },
      { method: 'GET' },
    );
    expect([read.status, read.cors]).toEqual([200, null]);
  });

  it('answers preflight with CORS only for listed origins', async () => {
    const { send } = handlerWith({ allowedOrigins: ['https://admin.example'] });
    const preflight = (origin: string) =>
      send(
        NEXT_URL,
        { host: 'shop.example', origin, 'access-control-request-method': 'DELETE' },
        { method: 'OPTIONS' },
      );
    const listed = await preflight('https://admin.example');
    expect(listed.cors).toBe('https://admin.example');
    expect(listed.headers.get('access-control-allow-methods')).toMatch(/DELETE/);
    expect((await preflight('https://evil.example')).cors).toBeNull();
  });
});

describe('origin policy with publicOrigins (DNS-rebinding protection)', () => {
  it('refuses any request addressed to a host that is not public, reads included', async () => {
    const { send } = handlerWith({ publicOrigins: ['https://shop.example'] });
    // A rebinding page on evil.example resolves to this server: to the browser it is same-origin.
    const rebound = {
      host: 'evil.example',
      origin: 'https://evil.example',
      'sec-fetch-site': 'same-origin',
    };
    expect((await send(NEXT_URL, rebound)).code).toBe('origin_not_allowed');
    expect((await send(NEXT_URL, rebound, { method: 'GET' })).code).toBe('origin_not_allowed');
    const own = await send(NEXT_URL, {
      host: 'shop.example',
      origin: 'https://shop.example',
      'sec-fetch-site': 'same-origin',
    });
    expect(own.status).toBe(204);
    expect((await send(NEXT_URL, { host: 'shop.example' }, { method: 'GET' })).status).toBe(200);
  });

  it('compares the scheme exactly once the public origin is pinned', async () => {
    const { send } = handlerWith({ publicOrigins: ['https://shop.example'] });
    const http = await send('http://shop.example/api/pelago/key', {
      host: 'shop.example',
      origin: 'http://shop.example',
    });
    expect(http.code).toBe('origin_not_allowed');
    const https = await send('http://shop.example/api/pelago/key', {
      host: 'shop.example',
      origin: 'https://shop.example',
    });
    expect(https.status).toBe(204);
  });

  it('refuses entries that are not origins', () => {
    expect(() => handlerWith({ publicOrigins: ['shop.example'] })).toThrow(/publicOrigins/);
    expect(() => handlerWith({ publicOrigins: [] })).toThrow(/at least one origin/);
  });
});
