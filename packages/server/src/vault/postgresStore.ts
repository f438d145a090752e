import type { KeyMode } from '@pelago/connect-core';
import type { KeyStore, StoredKeyRecord } from './KeyStore';
import { parsePairing } from './storedPairing';
import { parsePermissions } from './storedPermissions';

/**
 * What `postgresStore` needs from a `pg` pool (a `pg.Pool` fits). Declared here so the kit
 * needs `pg` only when you use PostgreSQL.
 */
export interface PostgresPool {
  query(text: string, values?: unknown[]): Promise<PostgresResult>;
  connect(): Promise<PostgresPoolClient>;
}

/** A client checked out of a {@link PostgresPool}. */
export interface PostgresPoolClient {
  query(text: string, values?: unknown[]): Promise<PostgresResult>;
  release(error?: Error | boolean): void;
}

/** The part of a `pg` query result the store reads. */
export interface PostgresResult {
  // biome-ignore lint/suspicious/noExplicitAny: rows are typed per query below
  rows: any[];
  rowCount: number | null;
}

/** Options for {@link postgresStore}. */
export interface PostgresStoreOptions {
  /** Schema for the kit's tables (created when missing). Default: the pool's search_path. */
  schema?: string;
}

/**
 * A `KeyStore` in PostgreSQL, for several server instances sharing one vault. Migrations run
 * under `pg_advisory_xact_lock`, so instances starting together apply each exactly once; writes
 * are single statements (`INSERT … ON CONFLICT`), safe under concurrent instances. The pool
 * is yours: `close()` leaves it open.
 *
 * @example
 * import pg from 'pg';
 * const store = postgresStore(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 */
export function postgresStore(pool: PostgresPool, options: PostgresStoreOptions = {}): KeyStore {
  if (!pool || typeof pool.query !== 'function' || typeof pool.connect !== 'function') {
    throw new TypeError('postgresStore needs a pg Pool: postgresStore(new pg.Pool({ … })).');
  }
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new TypeError('postgresStore schema must be a plain identifier (letters, digits, "_").');
  }
  const table = (name: string) => (schema ? `"${schema}"."${name}"` : `"${name}"`);
  const keys = table('pelago_merchant_keys');
  const sql = {
    upsert: `INSERT INTO ${keys} (${COLUMNS})
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
      ON CONFLICT (merchant_id) DO UPDATE SET
        encryption_key_id = EXCLUDED.encryption_key_id, nonce = EXCLUDED.nonce,
        ciphertext = EXCLUDED.ciphertext, tag = EXCLUDED.tag, mode = EXCLUDED.mode,
        redacted_key = EXCLUDED.redacted_key, name = EXCLUDED.name,
        permissions = EXCLUDED.permissions, verified_at = EXCLUDED.verified_at,
        updated_at = EXCLUDED.updated_at, publishable_key = EXCLUDED.publishable_key,
        publishable_key_pairing = EXCLUDED.publishable_key_pairing`,
    replace: `UPDATE ${keys} SET encryption_key_id = $2, nonce = $3, ciphertext = $4, tag = $5,
        mode = $6, redacted_key = $7, name = $8, permissions = $9, verified_at = $10,
        updated_at = $11, publishable_key = $12, publishable_key_pairing = $13
      WHERE merchant_id = $1 AND nonce = $14`,
    find: `SELECT ${COLUMNS} FROM ${keys} WHERE merchant_id = $1`,
    delete: `DELETE FROM ${keys} WHERE merchant_id = $1`,
    list: `SELECT ${COLUMNS} FROM ${keys} WHERE merchant_id > $1 ORDER BY merchant_id LIMIT $2`,
  };

  return {
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // Held until COMMIT/ROLLBACK: concurrent instances wait here, then see the work done.
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
        if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        const migrations = table('pelago_schema_migrations');
        await client.query(`CREATE TABLE IF NOT EXISTS ${migrations} (
          version integer NOT NULL PRIMARY KEY,
          name text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`);
        const applied = await client.query(`SELECT version FROM ${migrations}`);
        const done = new Set(applied.rows.map((row: { version: number }) => row.version));
        for (const migration of MIGRATIONS) {
          if (done.has(migration.version)) continue;
          await client.query(migration.sql(keys));
          await client.query(`INSERT INTO ${migrations} (version, name) VALUES ($1, $2)`, [
            migration.version,
            migration.name,
          ]);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },

    async upsert(record) {
      await pool.query(sql.upsert, toParams(record));
    },

    async replace(record, expectedNonce) {
      const result = await pool.query(sql.replace, [
        ...toParams(record),
        Buffer.from(expectedNonce),
      ]);
      return result.rowCount === 1;
    },

    async find(merchantId) {
      const result = await pool.query(sql.find, [merchantId]);
      const row = result.rows[0] as KeyRow | undefined;
      return row ? fromRow(row) : null;
    },

    async delete(merchantId) {
      const result = await pool.query(sql.delete, [merchantId]);
      return result.rowCount === 1;
    },

    async list(afterMerchantId, limit) {
      // Merchant ids are never empty, so '' sorts before all of them.
      const result = await pool.query(sql.list, [afterMerchantId ?? '', limit]);
      return (result.rows as KeyRow[]).map(fromRow);
    },

    async close() {},
  };
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
  permissions: unknown;
  verified_at: Date | string;
  updated_at: Date | string;
  publishable_key: string | null;
  publishable_key_pairing: string | null;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
// 'PELAGO' in ASCII; any fixed 64-bit number works as long as every instance uses the same.
const MIGRATION_LOCK_ID = '88258562312015';

const COLUMNS =
  'merchant_id, encryption_key_id, nonce, ciphertext, tag, mode, redacted_key, name, permissions, verified_at, updated_at, publishable_key, publishable_key_pairing';

const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: (table: string) => string }> =
  [
    {
      version: 1,
      name: 'create pelago_merchant_keys',
      // COLLATE "C": byte order, so rotation's keyset pages never depend on the locale.
      sql: (table) => `CREATE TABLE ${table} (
        merchant_id text COLLATE "C" NOT NULL PRIMARY KEY,
        encryption_key_id text NOT NULL,
        nonce bytea NOT NULL,
        ciphertext bytea NOT NULL,
        tag bytea NOT NULL,
        mode text NOT NULL CHECK (mode IN ('test', 'live')),
        redacted_key text NOT NULL,
        name text,
        permissions jsonb NOT NULL,
        verified_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`,
    },
    {
      version: 2,
      name: 'add the publishable key to pelago_merchant_keys',
      sql: (table) => `ALTER TABLE ${table}
        ADD COLUMN publishable_key text,
        ADD COLUMN publishable_key_pairing text`,
    },
  ];

function toParams(record: StoredKeyRecord): unknown[] {
  return [
    record.merchantId,
    record.encryptionKeyId,
    Buffer.from(record.nonce),
    Buffer.from(record.ciphertext),
    Buffer.from(record.tag),
    record.mode,
    record.redactedKey,
    record.name,
    JSON.stringify(record.permissions),
    record.verifiedAt,
    record.updatedAt,
    record.publishableKey,
    record.publishableKey === null ? null : record.publishableKeyPairing,
  ];
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
    verifiedAt: isoString(row.verified_at),
    updatedAt: isoString(row.updated_at),
    ...parsePairing(row.publishable_key, row.publishable_key_pairing),
  };
}

function isoString(value: Date | string): string {
  return new Date(value).toISOString();
}
