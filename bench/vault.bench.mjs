// vault.get per second: SQLite (a WAL file in a temp folder) and, when PELAGO_TEST_POSTGRES_URL
// is set, PostgreSQL (a throwaway schema), against memoryStore as the baseline measured in the
// same run. The gets cycle through 1000 merchants. Each get reads the store and checks the
// record's sealed bytes; a record not seen before is decrypted (AES-256-GCM), so the ratio
// shows what the store adds. For PostgreSQL, a bare `SELECT 1` on the same pool is measured
// too: one get is one such round trip plus the query itself, which is what bounds the ratio.
// Bounded by time per store; stops itself.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createKeyVault,
  generateEncryptionKey,
  memoryStore,
  postgresStore,
  sqliteStore,
} from '@pelago/connect-server';

const MERCHANTS = 1000;
const SECONDS = 1.5;
const POSTGRES_CONCURRENCY = 8;

const guard = setTimeout(() => {
  process.stderr.write('vault bench: gave up after 90 s\n');
  process.exit(1);
}, 90_000);
guard.unref();

const encryptionKeys = { current: 'k1', keys: { k1: generateEncryptionKey() } };
const meta = {
  mode: 'test',
  permissions: { charges: 'write', refunds: 'write' },
  verifiedAt: new Date(),
};
const dir = mkdtempSync(join(tmpdir(), 'pelago-vault-bench-'));
const cleanups = [];

try {
  const roundTrips = [];
  const stores = [
    ['memoryStore', () => memoryStore(), 1],
    ['sqliteStore', () => sqliteStore(join(dir, 'keys.db')), 1],
  ];
  const postgresUrl = process.env.PELAGO_TEST_POSTGRES_URL;
  if (postgresUrl) {
    // pg is an optional peer of the server package: load it from there.
    const require = createRequire(new URL('../packages/server/package.json', import.meta.url));
    const pg = require('pg');
    const pool = new pg.Pool({ connectionString: postgresUrl, max: POSTGRES_CONCURRENCY });
    const schema = `pelago_bench_${randomBytes(4).toString('hex')}`;
    cleanups.push(async () => {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    });
    stores.push(['postgresStore', () => postgresStore(pool, { schema }), 1]);
    stores.push([
      `postgresStore ×${POSTGRES_CONCURRENCY}`,
      () => postgresStore(pool, { schema }),
      POSTGRES_CONCURRENCY,
    ]);
    roundTrips.push(['SELECT 1 (round trip)', pool]);
  } else {
    process.stdout.write(
      'PostgreSQL skipped: no database URL. Set PELAGO_TEST_POSTGRES_URL to include it (npm test starts a throwaway server with scripts/postgres.mjs and sets it for the tests).\n',
    );
  }

  const results = [];
  for (const [name, makeStore, concurrency] of stores) {
    const vault = createKeyVault({ store: makeStore(), encryptionKeys });
    cleanups.unshift(() => vault.close());
    if ((await vault.status('merchant-0')).connected === false) {
      for (let i = 0; i < MERCHANTS; i++) {
        await vault.put(`merchant-${i}`, `rk_test_${randomBytes(40).toString('hex')}`, meta);
      }
    }
    for (let i = 0; i < 200; i++) await vault.get(`merchant-${i % MERCHANTS}`); // warm-up
    results.push([name, await getsPerSecond(vault, concurrency)]);
  }
  for (const [name, pool] of roundTrips) {
    for (let i = 0; i < 200; i++) await pool.query('SELECT 1'); // warm-up
    results.push([name, await callsPerSecond(() => pool.query('SELECT 1'), 1)]);
  }

  const baseline = results[0][1];
  for (const [name, perSecond] of results) {
    process.stdout.write(
      `${name.padEnd(22)} ${perSecond.toFixed(0).padStart(8)}/s  ${(1e6 / perSecond).toFixed(1).padStart(7)} µs each  ` +
        `${(perSecond / baseline).toFixed(3)}× memoryStore\n`,
    );
  }
  const rate = Object.fromEntries(results);
  if (rate.postgresStore && rate['SELECT 1 (round trip)']) {
    // Where a PostgreSQL get's time goes: the round trip every query pays, then the rest.
    const get = 1e6 / rate.postgresStore;
    const trip = 1e6 / rate['SELECT 1 (round trip)'];
    process.stdout.write(
      `  postgresStore get = ${(get / trip).toFixed(2)}× a bare round trip: ${trip.toFixed(0)} µs on the wire, ` +
        `${(get - trip).toFixed(0)} µs for parsing and planning the query, reading the row and opening the record\n`,
    );
  }
  process.stdout.write(
    `  [${MERCHANTS} merchants, ${SECONDS} s per store; a record is decrypted when first read, then matched by its sealed bytes]\n`,
  );
} finally {
  for (const cleanup of cleanups) await cleanup();
  rmSync(dir, { recursive: true, force: true });
  clearTimeout(guard);
}

/** Gets for SECONDS with `concurrency` callers in a loop; answers gets per second. */
function getsPerSecond(vault, concurrency) {
  let i = 0;
  return callsPerSecond(async () => {
    const key = await vault.get(`merchant-${i++ % MERCHANTS}`);
    if (!key) throw new Error('missing key');
  }, concurrency);
}

/** Calls `call` for SECONDS with `concurrency` callers in a loop; answers calls per second. */
async function callsPerSecond(call, concurrency) {
  let count = 0;
  const end = performance.now() + SECONDS * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        await call();
        count++;
      }
    }),
  );
  return count / ((performance.now() - start) / 1000);
}
