import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { describeKeyStoreContract } from '../../test-support/storeContract';
import { createKeyVault } from './createKeyVault';
import { generateEncryptionKey } from './encryptionKeys';
import { findKeyInFiles } from './findKeyInFiles';
import { sqliteStore } from './sqliteStore';

const dir = mkdtempSync(join(tmpdir(), 'pelago-sqlite-'));
let fileCount = 0;
const newFile = () => join(dir, `keys-${++fileCount}.db`);
const filesOf = (path: string) => [path, `${path}-wal`, `${path}-shm`, `${path}-journal`];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeKeyStoreContract('sqliteStore (file)', () => sqliteStore(newFile()));
describeKeyStoreContract('sqliteStore (:memory:)', () => sqliteStore({ path: ':memory:' }));

const meta = {
  name: 'Acme_Pelago',
  mode: 'test' as const,
  permissions: { charges: 'write' as const, refunds: 'write' as const },
  verifiedAt: new Date(),
};
const k1 = generateEncryptionKey();
const k2 = generateEncryptionKey();
const fakeKey = () => `rk_${'test'}_${randomBytes(32).toString('base64url').replace(/[-_]/g, 'x')}`;

describe('sqliteStore', () => {
  it('uses WAL, a busy timeout and the schema migrations table', async () => {
    const path = newFile();
    const store = sqliteStore({ path, busyTimeoutMs: 1234 });
    await store.migrate();
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare('SELECT version, name FROM pelago_schema_migrations').all()).toEqual([
        { version: 1, name: 'create pelago_merchant_keys' },
        { version: 2, name: 'add the publishable key to pelago_merchant_keys' },
      ]);
    } finally {
      db.close();
      await store.close();
    }
  });

  it('upgrades a file made before publishable keys, keeping its keys', async () => {
    const path = newFile();
    const vault = createKeyVault({
      store: sqliteStore(path),
      encryptionKeys: { current: 'k1', keys: { k1 } },
    });
    const key = fakeKey();
    await vault.put('merchant-1', key, meta);
    await vault.close();
    // Back to the first schema, as a file written by an earlier release.
    const old = new Database(path);
    const columns =
      'merchant_id, encryption_key_id, nonce, ciphertext, tag, mode, redacted_key, name, permissions, verified_at, updated_at';
    old.exec(`CREATE TABLE v1 (merchant_id TEXT NOT NULL PRIMARY KEY, encryption_key_id TEXT NOT NULL,
      nonce BLOB NOT NULL, ciphertext BLOB NOT NULL, tag BLOB NOT NULL, mode TEXT NOT NULL,
      redacted_key TEXT NOT NULL, name TEXT, permissions TEXT NOT NULL, verified_at TEXT NOT NULL,
      updated_at TEXT NOT NULL);
      INSERT INTO v1 SELECT ${columns} FROM pelago_merchant_keys;
      DROP TABLE pelago_merchant_keys; ALTER TABLE v1 RENAME TO pelago_merchant_keys;
      DELETE FROM pelago_schema_migrations WHERE version > 1`);
    old.close();
    const upgraded = createKeyVault({
      store: sqliteStore(path),
      encryptionKeys: { current: 'k1', keys: { k1 } },
    });
    expect(await upgraded.get('merchant-1')).toBe(key);
    expect(await upgraded.status('merchant-1')).toMatchObject({
      connected: true,
      payments: 'publishable_key_missing',
    });
    expect(await upgraded.status('merchant-1')).not.toHaveProperty('publishableKey');
    await upgraded.close();
  });

  it('creates the database file readable by its owner only', async () => {
    const path = newFile();
    const store = sqliteStore(path);
    await store.migrate();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await store.close();
  });

  it('lets several connections migrate one file at once and share its records', async () => {
    const path = newFile();
    const stores = Array.from({ length: 4 }, () => sqliteStore(path));
    await Promise.all(stores.map((store) => store.migrate()));
    const vaults = stores.map((store) =>
      createKeyVault({ store, encryptionKeys: { current: 'k1', keys: { k1 } } }),
    );
    const key = fakeKey();
    await vaults[0]!.put('merchant-1', key, meta);
    expect(await vaults[3]!.get('merchant-1')).toBe(key);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM pelago_schema_migrations').get()).toEqual({
      n: 2,
    });
    db.close();
    await Promise.all(vaults.map((vault) => vault.close()));
  });

  it('writes no key to disk in plain text, base64 or hex: db, -wal and -shm', async () => {
    const path = newFile();
    const vault = createKeyVault({
      store: sqliteStore(path),
      encryptionKeys: { current: 'k1', keys: { k1 } },
    });
    const keys = Array.from({ length: 5 }, fakeKey);
    for (const [i, key] of keys.entries()) await vault.put(`merchant-${i}`, key, meta);
    await vault.put('merchant-0', keys[0]!, { ...meta, name: 'again' });
    await vault.remove('merchant-4');

    // While open, the records sit in the WAL: every file must be clean.
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    for (const key of keys) expect(findKeyInFiles(filesOf(path), key)).toEqual([]);

    const rotated = createKeyVault({
      store: sqliteStore(path),
      encryptionKeys: { current: 'k2', keys: { k1, k2 } },
    });
    expect((await rotated.rotate()).rotated).toBe(4);
    for (const key of keys) expect(findKeyInFiles(filesOf(path), key)).toEqual([]);

    await vault.close();
    await rotated.close();
    for (const key of keys) expect(findKeyInFiles(filesOf(path), key)).toEqual([]);
  });

  it('has a scanner that does find a key written in any of the forms it checks', () => {
    const key = fakeKey();
    const probes = {
      plain: key,
      base64: `x${Buffer.from(`ab${key}`).toString('base64')}`,
      hex: Buffer.from(key).toString('hex'),
    };
    for (const [form, content] of Object.entries(probes)) {
      const file = join(dir, `probe-${form}.bin`);
      writeFileSync(file, Buffer.concat([randomBytes(100), Buffer.from(content), randomBytes(7)]));
      expect(findKeyInFiles([file], key).length, form).toBeGreaterThan(0);
    }
  });
});
