import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { it } from 'vitest';

const SKIP_MESSAGE =
  'PostgreSQL tests skipped: set PELAGO_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run them.';
const CI_MESSAGE =
  'CI must provide PostgreSQL: set PELAGO_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) before running the tests.';

let warned = false;

/**
 * The PostgreSQL URL for tests, or null. Without one, a CI run gets a failing test saying CI
 * must provide PostgreSQL; a local run prints once that the PostgreSQL tests are skipped.
 * Call it at the top level of a test file.
 */
export function postgresTestUrl(): string | null {
  const url = process.env.PELAGO_TEST_POSTGRES_URL?.trim();
  if (url) return url;
  if (process.env.CI) {
    it('has PostgreSQL to test against', () => {
      throw new Error(CI_MESSAGE);
    });
  } else if (!warned) {
    warned = true;
    console.warn(SKIP_MESSAGE);
  }
  return null;
}

/** A pool plus throwaway schemas, all dropped by `cleanup()`. */
export interface PostgresTestDatabase {
  pool: pg.Pool;
  /** A new unique schema name (created by the store's migration, dropped on cleanup). */
  newSchema(): string;
  /** A second pool whose search_path is `schema`, for stores used without the schema option. */
  poolFor(schema: string): pg.Pool;
  cleanup(): Promise<void>;
}

/** Opens a test database connection; every schema it names is dropped by `cleanup()`. */
export function postgresTestDatabase(url: string): PostgresTestDatabase {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const schemas: string[] = [];
  const pools: pg.Pool[] = [];
  return {
    pool,
    newSchema() {
      const schema = `pelago_test_${process.pid}_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return schema;
    },
    poolFor(schema) {
      const scoped = new pg.Pool({
        connectionString: url,
        max: 10,
        options: `-c search_path=${schema}`,
      });
      pools.push(scoped);
      return scoped;
    },
    async cleanup() {
      await Promise.all(pools.splice(0).map((scoped) => scoped.end()));
      for (const schema of schemas.splice(0)) {
        await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      }
      await pool.end();
    },
  };
}
