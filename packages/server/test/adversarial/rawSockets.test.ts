import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createConnectHandler,
  createKeyVault,
  generateEncryptionKey,
  memoryStore,
  toNodeHandler,
} from '../../src/index';

// Answers must reach clients that send a whole body in one write and only then read, whatever
// the route does with the body: the cases where answers used to be lost.

const KiB = 1024;
const MiB = 1024 * KiB;

/** 48 sizes from 1 KiB to 20 MiB, evenly spread on a log scale. */
const sizes = Array.from({ length: 48 }, (_, i) => Math.round(KiB * (20 * 1024) ** (i / 47)));

let server: http.Server;
let port: number;
let removals = 0;

beforeAll(async () => {
  const vault = createKeyVault({
    store: memoryStore(),
    encryptionKeys: { current: 'k1', keys: { k1: generateEncryptionKey() } },
  });
  const handler = createConnectHandler({
    connect: {
      mode: 'test',
      verifyKey: () => Promise.reject(new Error('not used')),
      merchant: () => {
        throw new Error('not used');
      },
    },
    vault: {
      ...vault,
      remove: async (merchantId) => {
        removals++;
        return vault.remove(merchantId);
      },
    },
    authorize: () => ({ merchantId: 'merchant-raw', role: 'owner' }),
  });
  server = http.createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface RawAnswer {
  status: number | null;
  head: string;
  error: string | null;
}

/**
 * Sends `head` and `body` in one write on a fresh connection and reads until the server closes
 * it. The status is null when no answer arrived.
 */
function rawExchange(head: string, body: Buffer = Buffer.alloc(0)): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let error: string | null = null;
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('error', (cause: NodeJS.ErrnoException) => {
      error = cause.code ?? cause.message;
    });
    socket.on('close', () => {
      const text = Buffer.concat(received).toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({
        status: status ? Number(status[1]) : null,
        head: text.split('\r\n\r\n', 1)[0] ?? '',
        error,
      });
    });
    socket.setTimeout(30_000, () => socket.destroy());
    socket.write(Buffer.concat([Buffer.from(head, 'latin1'), body]));
  });
}

function requestHead(method: string, path: string, headers: Record<string, string | number>) {
  const lines = Object.entries({ host: `127.0.0.1:${port}`, ...headers }).map(
    ([name, value]) => `${name}: ${value}`,
  );
  return `${method} ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

/** Runs `task` for every item, `width` at a time. */
async function inBatches<T, R>(items: T[], width: number, task: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) {
    results.push(...(await Promise.all(items.slice(i, i + width).map(task))));
  }
  return results;
}

describe('answers over raw sockets, bodies from 1 KiB to 20 MiB', () => {
  it('answers all 48 DELETE /key requests sent with a body the route never reads', async () => {
    const before = removals;
    const answers = await inBatches(sizes, 6, (size) =>
      rawExchange(
        requestHead('DELETE', '/api/pelago/key', {
          'content-type': 'application/json',
          'content-length': size,
          connection: 'close',
        }),
        Buffer.alloc(size, 0x20),
      ),
    );
    // A reset (ECONNRESET) can overtake the answer in a real client, so none may come.
    expect(answers.map((answer) => [answer.status, answer.error])).toEqual(
      sizes.map(() => [204, null]),
    );
    expect(removals - before).toBe(48);
  });

  it('answers all 48 over-limit POSTs with 413, declared or streamed without a length', async () => {
    const answers = await inBatches(sizes, 6, (size) => {
      const body = Buffer.alloc(size + 16 * KiB, 0x20);
      // Half declare their length; the other half stream it chunked, so only counting finds it.
      const chunked = size % 2 === 1;
      const head = requestHead('POST', '/api/pelago/key', {
        'content-type': 'application/json',
        connection: 'close',
        ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': body.length }),
      });
      const payload = chunked
        ? Buffer.concat([
            Buffer.from(`${body.length.toString(16)}\r\n`),
            body,
            Buffer.from('\r\n0\r\n\r\n'),
          ])
        : body;
      return rawExchange(head, payload);
    });
    expect(answers.map((answer) => [answer.status, answer.error])).toEqual(
      sizes.map(() => [413, null]),
    );
  });

  it('closes the connection after answering a body too large to read, saying so', async () => {
    const size = 4 * MiB;
    const answer = await rawExchange(
      requestHead('DELETE', '/api/pelago/key', { 'content-length': size }),
      Buffer.alloc(size, 0x20),
    );
    expect(answer.status).toBe(204);
    expect(answer.head.toLowerCase()).toContain('connection: close');
    expect(answer.error).toBeNull();
  });

  it('keeps a connection usable after discarding a small unread body', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, body?: Buffer) =>
      new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
        const request = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/pelago/key',
            method,
            agent,
            // node:http frames a DELETE body only when told its length.
            headers: body ? { 'content-length': body.length } : {},
          },
          (response) => {
            response.resume();
            response.on('end', () =>
              resolve({ status: response.statusCode ?? 0, socket: request.socket }),
            );
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    try {
      const first = await send('DELETE', Buffer.alloc(200 * KiB, 0x20));
      const second = await send('GET');
      expect([first.status, second.status]).toEqual([204, 200]);
      expect(second.socket).toBe(first.socket);
    } finally {
      agent.destroy();
    }
  });

  it('answers 400, not 405, when the Host header carries credentials', async () => {
    for (const host of ['user@evil.example', 'user:pass@evil.example', `u@127.0.0.1:${port}`]) {
      const answer = await rawExchange(
        requestHead('GET', '/api/pelago/key', { host, connection: 'close' }),
      );
      expect([host, answer.status]).toEqual([host, 400]);
    }
  });

  it('answers a GET sent with a body, and a request whose body never finishes arriving', async () => {
    const withBody = await rawExchange(
      requestHead('GET', '/api/pelago/key', { 'content-length': 5000, connection: 'close' }),
      Buffer.alloc(5000, 0x20),
    );
    expect(withBody.status).toBe(200);
    // 100 bytes announced, 10 sent: the answer still comes, within the discard time bound.
    const stalled = await rawExchange(
      requestHead('DELETE', '/api/pelago/key', { 'content-length': 100 }),
      Buffer.alloc(10, 0x20),
    );
    expect(stalled.status).toBe(204);
  });
});
