import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyMode } from '@pelago/connect-core';
import Database from 'better-sqlite3';
import type { KeyStore, StoredKeyRecord } from './KeyStore';
import { parsePairing } from './storedPairing';
import { parsePermissions } from './storedPermissions';

/** Options for {@link sqliteStore}. */
export interface SqliteStoreOptions {
  /**
   * Database file path, or `':memory:'`. On first use, a missing folder is created (mode 0700)
   * and a missing file too (mode 0600).
   */
  path: string;
  /** How long a write waits for another connection's lock, in ms. Default 5000. */
  busyTimeoutMs?: number;
}

/**
 * The embedded default `KeyStore`: one SQLite file through better-sqlite3, in WAL mode with a
 * busy timeout, `secure_delete` on (so replaced ciphertext does not linger in free pages),
 * schema versions kept in `pelago_schema_migrations`, and prepared statements. Several
 * processes may share the file; for several machines use `postgresStore`.
 *
 * Creating the store touches nothing: the folder, the file and the schema appear on first use,
 * so a module that creates it can be loaded by a build step without side effects.
 *
 * @example
 * const store = sqliteStore('./data/pelago-keys.db');
 */
export function sqliteStore(options: string | SqliteStoreOptions): KeyStore {
  const { path, busyTimeoutMs = 5000 } = typeof options === 'string' ? { path: options } : options;
  if (typeof path !== 'string' || path.length === 0) {
    throw new TypeError('sqliteStore needs a database file path (or ":memory:").');
  }
  let db: Database.Database | null = null;
  let closed = false;
  const open = (): Database.Database => {
    if (closed) throw new Error('This sqliteStore is closed.');
    if (!db) db = openDatabase(path, busyTimeoutMs);
    return db;
  };

  let statements: Statements | null = null;
  const ready = (): Statements => {
    if (!statements) {
      const database = open();
      database.transaction(() => applyMigrations(database)).immediate();
      statements = prepare(database);
    }
    return statements;
  };

  return {
    async migrate() {
      ready();
    },

    async upsert(record) {
      ready().upsert.run(toRow(record));
    },

    async replace(record, expectedNonce) {
      const row = { ...toRow(record), expected_nonce: Buffer.from(expectedNonce) };
      return ready().replace.run(row).changes === 1;
    },

    async find(merchantId) {
      const row = ready().find.get(merchantId) as KeyRow | undefined;
      return row ? fromRow(row) : null;
    },

    async delete(merchantId) {
      return ready().delete.run(merchantId).changes === 1;
    },

    async list(afterMerchantId, limit) {
      // Merchant ids are never empty, so '' sorts before all of them.
      const rows = ready().list.all(afterMerchantId ?? '', limit) as KeyRow[];
      return rows.map(fromRow);
    },

    async close() {
      closed = true;
      if (db?.open) db.close();
    },
  };
}

function openDatabase(path: string, busyTimeoutMs: number): Database.Database {
  if (path !== ':memory:' && !path.startsWith('file:')) {
    // Only the process owner may list the folder or read the file; SQLite gives -wal and -shm
    // the file's mode. An existing folder keeps its own mode.
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    closeSync(openSync(path, 'a', 0o600));
  }
  const db = new Database(path);
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  db.pragma('journal_mode = WAL');
  db.pragma('secure_delete = ON');
  return db;
}

interface KeyRow {
  merchant_id: string;
  encryption_key_id: string;
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
  mode: string;
  redacted_key: string;
  name: string | null;
  permissions: string;
  verified_at: string;
  updated_at: string;
  publishable_key: string | null;
  publishable_key_pairing: string | null;
}

type Statements = ReturnType<typeof prepare>;

const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'create pelago_merchant_keys',
    sql: `CREATE TABLE pelago_merchant_keys (
      merchant_id TEXT NOT NULL PRIMARY KEY,
      encryption_key_id TEXT NOT NULL,
      nonce BLOB NOT NULL,
      ciphertext BLOB NOT NULL,
      tag BLOB NOT NULL,
      mode TEXT NOT NULL CHECK (mode IN ('test', 'live')),
      redacted_key TEXT NOT NULL,
      name TEXT,
      permissions TEXT NOT NULL,
      verified_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
  },
  {
    version: 2,
    name: 'add the publishable key to pelago_merchant_keys',
    sql: `ALTER TABLE pelago_merchant_keys ADD COLUMN publishable_key TEXT;
      ALTER TABLE pelago_merchant_keys ADD COLUMN publishable_key_pairing TEXT`,
  },
];

const COLUMNS =
  'merchant_id, encryption_key_id, nonce, ciphertext, tag, mode, redacted_key, name, permissions, verified_at, updated_at, publishable_key, publishable_key_pairing';

// Runs inside BEGIN IMMEDIATE, so processes starting together apply each migration once.
function applyMigrations(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS pelago_schema_migrations (
    version INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    db.prepare('SELECT version FROM pelago_schema_migrations').pluck().all() as number[],
  );
  const record = db.prepare(
    'INSERT INTO pelago_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.exec(migration.sql);
    record.run(migration.version, migration.name, new Date().toISOString());
  }
}

function prepare(db: Database.Database) {
  return {
    upsert: db.prepare(`INSERT INTO pelago_merchant_keys (${COLUMNS})
      VALUES (@merchant_id, @encryption_key_id, @nonce, @ciphertext, @tag, @mode, @redacted_key,
        @name, @permissions, @verified_at, @updated_at, @publishable_key, @publishable_key_pairing)
      ON CONFLICT (merchant_id) DO UPDATE SET
        encryption_key_id = excluded.encryption_key_id, nonce = excluded.nonce,
        ciphertext = excluded.ciphertext, tag = excluded.tag, mode = excluded.mode,
        redacted_key = excluded.redacted_key, name = excluded.name,
        permissions = excluded.permissions, verified_at = excluded.verified_at,
        updated_at = excluded.updated_at, publishable_key = excluded.publishable_key,
        publishable_key_pairing = excluded.publishable_key_pairing`),
    replace: db.prepare(`UPDATE pelago_merchant_keys SET
        encryption_key_id = @encryption_key_id, nonce = @nonce, ciphertext = @ciphertext,
        tag = @tag, mode = @mode, redacted_key = @redacted_key, name = @name,
        permissions = @permissions, verified_at = @verified_at, updated_at = @updated_at,
        publishable_key = @publishable_key, publishable_key_pairing = @publishable_key_pairing
      WHERE merchant_id = @merchant_id AND nonce = @expected_nonce`),
    find: db.prepare(`SELECT ${COLUMNS} FROM pelago_merchant_keys WHERE merchant_id = ?`),
    delete: db.prepare('DELETE FROM pelago_merchant_keys WHERE merchant_id = ?'),
    list: db.prepare(`SELECT ${COLUMNS} FROM pelago_merchant_keys
      WHERE merchant_id > ? ORDER BY merchant_id LIMIT ?`),
  };
}

function toRow(record: StoredKeyRecord): KeyRow {
  return {
    merchant_id: record.merchantId,
    encryption_key_id: record.encryptionKeyId,
    nonce: Buffer.from(record.nonce),
    ciphertext: Buffer.from(record.ciphertext),
    tag: Buffer.from(record.tag),
    mode: record.mode,
    redacted_key: record.redactedKey,
    name: record.name,
    permissions: JSON.stringify(record.permissions),
    verified_at: record.verifiedAt,
    updated_at: record.updatedAt,
    publishable_key: record.publishableKey,
    publishable_key_pairing: record.publishableKey === null ? null : record.publishableKeyPairing,
  };
}

function fromRow(row: KeyRow): StoredKeyRecord {
  return {
    merchantId: row.merchant_id,
    encryptionKeyId: row.encryption_key_id,
    nonce: row.nonce,
    ciphertext: row.ciphertext,
    tag: row.tag,
    mode: row.mode as KeyMode,
    redactedKey: row.redacted_key,
    name: row.name,
    permissions: parsePermissions(row.permissions),
    verifiedAt: row.verified_at,
    updatedAt: row.updated_at,
    ...parsePairing(row.publishable_key, row.publishable_key_pairing),
  };
}
