import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  createKeyVault,
  createPelagoConnect,
  generateEncryptionKey,
  memoryStore,
} from '@pelago/connect-server';
import { type StripeSandbox, startStripeSandbox } from '@pelago/connect-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExpressApp } from '../../examples/express-app/app.mjs';

let sandbox: StripeSandbox;
const servers: http.Server[] = [];

beforeAll(async () => {
  sandbox = await startStripeSandbox();
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await sandbox?.stop();
});

/** The example app on 127.0.0.1, and a `call` that signs in and sends what a browser would. */
async function startApp(parseJsonFirst: boolean) {
  const app = createExpressApp({
    connect: createPelagoConnect({
      mode: 'test',
      stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
    }),
    vault: createKeyVault({
      store: memoryStore(),
      encryptionKeys: { current: 'k1', keys: { k1: generateEncryptionKey() } },
    }),
    parseJsonFirst,
  });
  const server = http.createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signIn = await fetch(`${url}/sign-in`, { method: 'POST', redirect: 'manual' });
  const cookie = signIn.headers.get('set-cookie')!.split(';', 1)[0]!;
  const call = async (
    path: string,
    init: RequestInit & { duplex?: 'half' } = {},
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(`${url}${path}`, {
      ...init,
      headers: { cookie, origin: url, ...headers },
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text,
      body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null,
    };
  };
  return { url, call };
}

const postJson = (body: string): RequestInit => ({ method: 'POST', body });
const json = { 'content-type': 'application/json' };

for (const parseJsonFirst of [true, false]) {
  describe(`the Express example ${parseJsonFirst ? 'with' : 'without'} express.json() in front`, () => {
    let app: Awaited<ReturnType<typeof startApp>>;
    beforeAll(async () => {
      app = await startApp(parseJsonFirst);
    });

    it('connects a sandbox key and reports its status', async () => {
      expect((await app.call('/api/pelago/key')).body).toEqual({ status: { connected: false } });
      const stored = await app.call(
        '/api/pelago/key',
        postJson(JSON.stringify({ key: sandbox.keys.full, name: 'Acme_Pelago' })),
        json,
      );
      expect(stored.status).toBe(200);
      expect(stored.body.status).toMatchObject({ connected: true, name: 'Acme_Pelago' });
      expect(stored.text).not.toContain(sandbox.keys.full);
      expect((await app.call('/api/pelago/key')).body.status.connected).toBe(true);
    });

    it('answers broken JSON with the kit’s JSON error, not an HTML page', async () => {
      const answer = await app.call('/api/pelago/key', postJson('{"key": "rk_test_'), json);
      expect(answer.status).toBe(400);
      expect(answer.type).toMatch(/^application\/json/);
      expect(answer.body.error.code).toBe('malformed_json');
      expect(answer.text).not.toContain('<');
    });

    it('still checks sign-in and origin before reading a broken body', async () => {
      const anonymous = await app.call('/api/pelago/key', postJson('{'), { ...json, cookie: '' });
      expect([anonymous.status, anonymous.body.error.code]).toEqual([401, 'unauthenticated']);
      const crossSite = await app.call('/api/pelago/key', postJson('{'), {
        ...json,
        origin: 'https://evil.example',
      });
      expect([crossSite.status, crossSite.body.error.code]).toEqual([403, 'origin_not_allowed']);
    });

    it('enforces the kit’s body limit, declared or streamed', async () => {
      const big = JSON.stringify({ key: 'x'.repeat(20 * 1024) });
      const declared = await app.call('/api/pelago/key', postJson(big), json);
      expect([declared.status, declared.body.error.code]).toEqual([413, 'payload_too_large']);
      const streamed = await app.call(
        '/api/pelago/key',
        {
          method: 'POST',
          body: new Blob([big]).stream(),
          duplex: 'half',
        },
        json,
      );
      expect([streamed.status, streamed.body.error.code]).toEqual([413, 'payload_too_large']);
    });

    it('refuses a form posted from another site', async () => {
      const answer = await app.call('/api/pelago/key', postJson('key=rk_test_x'), {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      });
      expect([answer.status, answer.body.error.code]).toEqual([403, 'origin_not_allowed']);
    });

    it('leaves the app’s own routes and their body parsing alone', async () => {
      const note = await app.call('/api/notes', postJson(JSON.stringify({ text: 'hi' })), json);
      expect([note.status, note.body]).toEqual([201, { note: 'hi' }]);
      // Outside the kit's path, Express's own error handling answers as before.
      const broken = await app.call('/api/notes', postJson('{'), json);
      expect(broken.status).toBe(400);
      expect(broken.type).toMatch(/html/);
    });
  });
}

describe('node examples/express-app/server.mjs', () => {
  it('starts on the sandbox and serves the API', async () => {
    const script = fileURLToPath(new URL('../../examples/express-app/server.mjs', import.meta.url));
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, PORT: '0', PELAGO_VAULT_KEY_K1: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Express example: (\S+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`server.mjs exited with ${code}: ${out}`)));
      });
      const signIn = await fetch(`${url}/sign-in`, { method: 'POST', redirect: 'manual' });
      const cookie = signIn.headers.get('set-cookie')!.split(';', 1)[0]!;
      const status = await fetch(`${url}/api/pelago/key`, { headers: { cookie } });
      expect(status.status).toBe(200);
      expect(await status.json()).toEqual({ status: { connected: false } });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
