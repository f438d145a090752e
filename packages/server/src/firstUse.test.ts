import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createConnectHandler } from './http/index';
import { createPelagoConnect } from './stripe/index';
import {
  createKeyVault,
  encryptionKeysFromEnv,
  generateEncryptionKey,
  memoryStore,
  sqliteStore,
} from './vault/index';

const root = mkdtempSync(join(tmpdir(), 'pelago-first-use-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What a `lib/pelago.ts` in the docs does at module level, with the environment given. */
function pelagoModule(env: Record<string, string | undefined>, folder: string) {
  const logs: string[] = [];
  const vault = createKeyVault({
    store: sqliteStore(join(folder, 'data', 'pelago-keys.db')),
    encryptionKeys: encryptionKeysFromEnv({ current: 'k1', env }),
  });
  const handler = createConnectHandler({
    connect: createPelagoConnect({ mode: 'live' }),
    vault,
    authorize: () => ({ merchantId: 'm-1', role: 'owner' }),
    logger: { warn: (m) => logs.push(m), error: (m) => logs.push(m) },
  });
  return { handler, vault, logs };
}

const getKey = (handler: (request: Request) => Promise<Response>) =>
  handler(
    new Request('http://localhost:3000/api/pelago/key', { headers: { host: 'shop.example' } }),
  );

describe('nothing happens until the first request', () => {
  it('creates no file and throws nothing when the module loads without secrets', async () => {
    const folder = join(root, 'build');
    const { vault } = pelagoModule({}, folder);
    expect(existsSync(folder)).toBe(false);
    await vault.close();
    expect(existsSync(folder)).toBe(false);
  });

  it('answers a generic 500 and logs the variable to set when the key is missing', async () => {
    const folder = join(root, 'missing');
    const { handler, logs } = pelagoModule({}, folder);
    const response = await getKey(handler);
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error.code).toBe('internal_error');
    expect(JSON.stringify(body)).not.toContain('PELAGO_VAULT_KEY');
    expect(logs.join('\n')).toMatch(/PELAGO_VAULT_KEY_K1 is not set/);
    // A vault without its secret does not create the database either.
    expect(existsSync(folder)).toBe(false);
  });

  it('names the variable, never its value, when the key is malformed', async () => {
    const short = Buffer.alloc(16, 7).toString('base64');
    const { handler, logs } = pelagoModule({ PELAGO_VAULT_KEY_K1: short }, join(root, 'malformed'));
    expect((await getKey(handler)).status).toBe(500);
    const log = logs.join('\n');
    expect(log).toMatch(/PELAGO_VAULT_KEY_K1 must be 32 random bytes .*decodes to 16 bytes/);
    expect(log).not.toContain(short);
  });

  it('creates the folder (0700) and the file (0600) on first use', async () => {
    const folder = join(root, 'first-use');
    const { handler, vault } = pelagoModule(
      { PELAGO_VAULT_KEY_K1: generateEncryptionKey() },
      folder,
    );
    expect(existsSync(folder)).toBe(false);
    const response = await getKey(handler);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: { connected: false } });
    expect(statSync(join(folder, 'data')).mode & 0o777).toBe(0o700);
    expect(statSync(join(folder, 'data', 'pelago-keys.db')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(folder, 'data'))).toContain('pelago-keys.db');
    await vault.close();
  });

  it('reads every PELAGO_VAULT_KEY_<ID> variable, so a rotation keeps old records readable', async () => {
    const env: Record<string, string> = { PELAGO_VAULT_KEY_K1: generateEncryptionKey() };
    const store = memoryStore();
    const key = `rk_${'test'}_${'A1b2C3d4'.repeat(4)}`;
    const meta = {
      mode: 'test' as const,
      permissions: { charges: 'write' as const, refunds: 'write' as const },
      verifiedAt: new Date(),
    };
    await createKeyVault({ store, encryptionKeys: encryptionKeysFromEnv({ env }) }).put(
      'm-1',
      key,
      meta,
    );
    env.PELAGO_VAULT_KEY_K2 = generateEncryptionKey();
    const rotated = createKeyVault({
      store,
      encryptionKeys: encryptionKeysFromEnv({ current: 'k2', env }),
    });
    expect(await rotated.get('m-1')).toBe(key);
    expect(await rotated.rotate()).toMatchObject({ rotated: 1, failed: 0 });
  });
});

describe('createConnectHandler with factories', () => {
  it('calls them on the first request only, and again after one failed', async () => {
    const vault = createKeyVault({
      store: memoryStore(),
      encryptionKeys: { current: 'k1', keys: { k1: generateEncryptionKey() } },
    });
    let fail = true;
    const makeVault = vi.fn(async () => {
      if (fail) throw new Error('the secret manager is unreachable');
      return vault;
    });
    const makeConnect = vi.fn(() => createPelagoConnect());
    const logs: string[] = [];
    const handler = createConnectHandler({
      connect: makeConnect,
      vault: makeVault,
      authorize: () => ({ merchantId: 'm-1', role: 'owner' }),
      logger: { error: (m) => logs.push(m) },
    });
    expect(makeVault).not.toHaveBeenCalled();
    expect(makeConnect).not.toHaveBeenCalled();

    const failed = await getKey(handler);
    expect(failed.status).toBe(500);
    expect((await failed.json()).error.message).not.toMatch(/secret manager/);
    expect(logs.join('\n')).toMatch(/the secret manager is unreachable/);

    fail = false;
    expect((await getKey(handler)).status).toBe(200);
    expect((await getKey(handler)).status).toBe(200);
    expect(makeVault).toHaveBeenCalledTimes(2);
    expect(makeConnect).toHaveBeenCalledTimes(1);
  });

  it('reports a factory that returns something else on the first request', async () => {
    const logs: string[] = [];
    const handler = createConnectHandler({
      connect: () => createPelagoConnect(),
      vault: () => ({}) as never,
      authorize: () => ({ merchantId: 'm-1', role: 'owner' }),
      logger: { error: (m) => logs.push(m) },
    });
    expect((await getKey(handler)).status).toBe(500);
    expect(logs.join('\n')).toMatch(/needs vault: createKeyVault/);
  });
});
