import { ConnectError } from '@pelago/connect-core';
import { describe, expect, it, vi } from 'vitest';
import { createConnectClient } from './createConnectClient';

const KEY = `rk_test_${'A1b2C3d4'.repeat(12)}`;

function jsonResponse(status: number, body: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function recordingFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return jsonResponse(status, body);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

describe('createConnectClient', () => {
  it('sends the key in a JSON body, never in the URL', async () => {
    const { fetch, calls } = recordingFetch(200, { status: { connected: true }, verification: {} });
    const client = createConnectClient({ endpoint: '/api/pelago/', fetch });
    await client.putKey({ key: KEY, name: 'Acme_Pelago' });
    expect(calls[0]?.url).toBe('/api/pelago/key');
    expect(calls[0]?.url).not.toContain(KEY);
    expect(calls[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ key: KEY, name: 'Acme_Pelago' });
    expect(new Headers(calls[0]?.init.headers).get('Content-Type')).toBe('application/json');
  });

  it('turns an error body into a ConnectError with its code and verification', async () => {
    const verification = {
      ok: false,
      mode: 'test',
      permissions: { charges: 'write', refunds: 'missing' },
      problems: [
        { code: 'permission_missing', message: 'Set Refunds to Write.', permission: 'refunds' },
      ],
    };
    const { fetch } = recordingFetch(422, {
      error: { code: 'permission_missing', message: 'A permission is missing.', verification },
    });
    const client = createConnectClient({ endpoint: '/api/pelago', fetch });
    const error = await client.putKey({ key: KEY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectError);
    expect(error).toMatchObject({ code: 'permission_missing', status: 422 });
    expect((error as ConnectError).verification?.permissions.refunds).toBe('missing');
  });

  it('reports a network failure as network_error', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    const client = createConnectClient({ endpoint: '/api/pelago', fetch });
    await expect(client.getKey()).rejects.toMatchObject({ code: 'network_error', retryable: true });
  });

  it('rejects with the abort reason when the caller aborts', async () => {
    const controller = new AbortController();
    const fetch = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    ) as unknown as typeof globalThis.fetch;
    const client = createConnectClient({ endpoint: '/api/pelago', fetch });
    const pending = client.getKey({ signal: controller.signal });
    controller.abort(new DOMException('The user left', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', message: 'The user left' });
  });

  it('sends a publishable key with PUT /key/publishable and answers the check', async () => {
    const publishableKey = `pk_test_${'P1b2'.repeat(24)}`;
    const answer = {
      status: { connected: true, publishableKey, publishableKeyPairing: 'confirmed' },
      publishableKey: { pairing: 'confirmed' },
    };
    const { fetch, calls } = recordingFetch(200, answer);
    const client = createConnectClient({ endpoint: '/api/pelago', fetch });
    await expect(client.putPublishableKey({ publishableKey })).resolves.toEqual(answer);
    expect(calls[0]?.url).toBe('/api/pelago/key/publishable');
    expect(calls[0]?.init.method).toBe('PUT');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ publishableKey });
  });

  it('resolves DELETE /key to nothing on 204', async () => {
    const fetch = vi.fn(
      async () => new Response(null, { status: 204 }),
    ) as unknown as typeof globalThis.fetch;
    const client = createConnectClient({ endpoint: '/api/pelago', fetch });
    await expect(client.deleteKey()).resolves.toBeUndefined();
  });

  it('puts paging in the query and the idempotency key in a header', async () => {
    const { fetch, calls } = recordingFetch(200, { data: [], hasMore: false });
    const client = createConnectClient({
      endpoint: '/api/pelago',
      fetch,
      headers: () => ({ 'X-CSRF-Token': 't0k' }),
    });
    await client.listCharges({ limit: 10, startingAfter: 'ch_123' });
    expect(calls[0]?.url).toBe('/api/pelago/charges?limit=10&startingAfter=ch_123');
    expect(new Headers(calls[0]?.init.headers).get('X-CSRF-Token')).toBe('t0k');
    await client.createCharge({
      amount: 500,
      currency: 'usd',
      source: 'tok_visa',
      idempotencyKey: 'order-42',
    });
    const init = calls[1]?.init;
    expect(new Headers(init?.headers).get('Idempotency-Key')).toBe('order-42');
    expect(JSON.parse(String(init?.body))).toEqual({
      amount: 500,
      currency: 'usd',
      source: 'tok_visa',
    });
  });

  it('gives a clear error when a proxy answers with a page instead of JSON', async () => {
    const fetch = vi.fn(
      async () => new Response('<html>Bad gateway</html>', { status: 502 }),
    ) as unknown as typeof globalThis.fetch;
    const client = createConnectClient({ endpoint: '/api/pelago', fetch });
    await expect(client.getKey()).rejects.toBeInstanceOf(ConnectError);
  });
});

describe('createCharge without an idempotency key', () => {
  it('sends a generated one, different for each call', async () => {
    const { fetch, calls } = recordingFetch(200, { charge: {} });
    const client = createConnectClient({ endpoint: '/api/pelago', fetch });
    await client.createCharge({ amount: 500, currency: 'usd', source: 'tok_visa' });
    await client.createCharge({ amount: 500, currency: 'usd', source: 'tok_visa' });
    const keys = calls.map((call) => new Headers(call.init.headers).get('Idempotency-Key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).not.toBe(keys[0]);
  });
});
