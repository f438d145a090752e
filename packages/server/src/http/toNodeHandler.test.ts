import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readsNoAbortSignal } from './handlerTraits';
import { jsonResponse } from './jsonResponse';
import { toNodeHandler } from './toNodeHandler';

const servers: http.Server[] = [];

async function listen(listener: http.RequestListener): Promise<string> {
  const server = http.createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

/** A fetch handler that echoes what it received. */
const echo = Object.assign(
  async (request: Request) =>
    Response.json({
      method: request.method,
      url: request.url,
      contentType: request.headers.get('content-type'),
      body: request.body ? await request.text() : null,
    }),
  { basePath: '/api/pelago' },
);

/** Mounts like Express's `app.use(prefix, middleware)`: strips the prefix from req.url. */
function mountedAt(prefix: string, middleware: ReturnType<typeof toNodeHandler>, next: () => void) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const original = req.url ?? '/';
    Object.assign(req, { originalUrl: original });
    if (original.startsWith(prefix)) req.url = original.slice(prefix.length) || '/';
    middleware(req, res, () => {
      next();
      res.statusCode = 418;
      res.end('next');
    });
  };
}

describe('toNodeHandler', () => {
  it('passes method, URL, headers and a streamed body through, and writes the answer back', async () => {
    const url = await listen(toNodeHandler(echo));
    const response = await fetch(`${url}/api/pelago/key?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(await response.json()).toEqual({
      method: 'POST',
      url: `${url}/api/pelago/key?x=1`,
      contentType: 'application/json',
      body: '{"a":1}',
    });
  });

  it('uses req.originalUrl under an Express mount, and calls next() outside basePath', async () => {
    const next = vi.fn();
    const url = await listen(mountedAt('/api/pelago', toNodeHandler(echo), next));
    const inside = await fetch(`${url}/api/pelago/charges?limit=2`);
    expect((await inside.json()).url).toBe(`${url}/api/pelago/charges?limit=2`);
    const outside = await fetch(`${url}/elsewhere`);
    expect(outside.status).toBe(418);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('answers 404 to a path that only URL parsing makes one of ours, so host middleware cannot be skipped', async () => {
    // The host guards its mount path on the raw path, as Express does, then hands on.
    const handler = vi.fn(echo);
    const guarded = toNodeHandler(Object.assign(handler, { basePath: '/api/pelago' }));
    const url = await listen((req, res) => {
      if ((req.url ?? '').startsWith('/api/pelago')) {
        res.statusCode = 401;
        res.end('sign in');
        return;
      }
      guarded(req, res, () => {
        res.statusCode = 418;
        res.end('next');
      });
    });
    const rawGet = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const { hostname, port } = new URL(url);
        // An options object, not a URL string: the path must leave unresolved.
        http
          .get({ host: hostname, port, path }, (res) => {
            let body = '';
            res.on('data', (chunk) => {
              body += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          })
          .on('error', reject);
      });
    for (const path of [
      '/x/../api/pelago/key',
      '/x/..\\api\\pelago\\key',
      '/x%2f..%2f/../api/pelago/key',
      '/%2e%2e/api/pelago/key',
      '/x/%2E%2e/api/pelago/key',
      '/x/.%2e/api/pelago/key',
    ]) {
      const answer = await rawGet(path);
      expect([answer.status, JSON.parse(answer.body).error.code], path).toEqual([404, 'not_found']);
    }
    expect(handler).not.toHaveBeenCalled();
    expect((await rawGet('/elsewhere/../other')).status).toBe(418);
  });

  it('keeps a path that looks like another host a path', async () => {
    const url = await listen(toNodeHandler(echo));
    const response = await new Promise<string>((resolve, reject) => {
      http
        .get(`${url}//evil.example/api/pelago/key`, (res) => {
          let body = '';
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () => resolve(body));
        })
        .on('error', reject);
    });
    expect(JSON.parse(response).url).toBe(`${url}//evil.example/api/pelago/key`);
  });

  it('passes on a body that a JSON body parser already consumed', async () => {
    const middleware = toNodeHandler(echo);
    const url = await listen((req, res) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => {
        text += chunk;
      });
      req.on('end', () => {
        Object.assign(req, { body: JSON.parse(text), _body: true });
        middleware(req, res);
      });
    });
    const response = await fetch(`${url}/api/pelago/key`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ "key": "x" }',
    });
    expect((await response.json()).body).toBe('{"key":"x"}');
  });

  it('keeps a kept-alive connection usable after a body the handler stopped reading', async () => {
    // Reads the first chunk only, as the body limit does, then answers.
    const stopEarly = Object.assign(
      async (request: Request) => {
        if (request.method !== 'POST' || !request.body) return Response.json({ ok: true });
        const reader = request.body.getReader();
        await reader.read();
        await reader.cancel();
        return Response.json({ refused: true }, { status: 413 });
      },
      { basePath: '/api/pelago' },
    );
    const url = await listen(toNodeHandler(stopEarly));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, body?: string) =>
      new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
        const request = http.request(`${url}/api/pelago/key`, { method, agent }, (response) => {
          response.resume();
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, socket: request.socket }),
          );
        });
        request.on('error', reject);
        request.end(body);
      });
    try {
      const refused = await send('POST', 'x'.repeat(300 * 1024));
      expect(refused.status).toBe(413);
      const next = await send('GET');
      expect(next.status).toBe(200);
      expect(next.socket).toBe(refused.socket);
    } finally {
      agent.destroy();
    }
  });

  it('writes every Set-Cookie header and streams the body', async () => {
    const url = await listen(
      toNodeHandler(async () => {
        const headers = new Headers({ 'content-type': 'text/plain' });
        headers.append('set-cookie', 'a=1');
        headers.append('set-cookie', 'b=2');
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode(`part${i};`));
            controller.close();
          },
        });
        return new Response(body, { status: 201, headers });
      }),
    );
    const response = await fetch(url);
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.text()).toBe('part0;part1;part2;');
  });

  it('aborts request.signal when the client goes away before the answer', async () => {
    let aborted!: () => void;
    const sawAbort = new Promise<void>((resolve) => {
      aborted = resolve;
    });
    let arrived!: () => void;
    const started = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const waiting = async (request: Request) => {
      request.signal.addEventListener('abort', () => aborted());
      arrived();
      await sawAbort;
      return new Response(null, { status: 204 });
    };
    const url = await listen(toNodeHandler(waiting));
    const client = http.get(url);
    client.on('error', () => {});
    await started;
    client.destroy();
    await sawAbort;
  });

  it('sends the kit’s JSON answers in one piece with a Content-Length', async () => {
    const kit = Object.assign(async () => jsonResponse(201, { ok: 'ü' }), {
      basePath: '/api/pelago',
      [readsNoAbortSignal]: true as const,
    });
    const url = await listen(toNodeHandler(kit));
    const response = await fetch(`${url}/api/pelago/key`);
    expect(response.status).toBe(201);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength('{"ok":"ü"}')));
    expect(response.headers.get('transfer-encoding')).toBeNull();
    expect(await response.json()).toEqual({ ok: 'ü' });
  });

  it('answers 500 JSON when the handler rejects, or hands the error to next()', async () => {
    const failing = async (): Promise<Response> => {
      throw new Error('broken');
    };
    const plain = await listen(toNodeHandler(failing));
    const answer = await fetch(plain);
    expect(answer.status).toBe(500);
    expect((await answer.json()).error.code).toBe('internal_error');

    const next = vi.fn();
    const withNext = await listen((req, res) =>
      toNodeHandler(failing)(req, res, (error) => {
        next(error);
        res.statusCode = 503;
        res.end();
      }),
    );
    expect((await fetch(withNext)).status).toBe(503);
    expect(next).toHaveBeenCalledWith(expect.objectContaining({ message: 'broken' }));
  });
});
