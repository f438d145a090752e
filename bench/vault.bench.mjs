// vault.get per second: SQLite (a WAL file in a temp folder) and, when PELAGO_TEST_POSTGRES_URL
// is set, PostgreSQL (a throwaway schema), against memoryStore as the baseline measured in the
// same run. Every get decrypts (AES-256-GCM), so the ratio shows what the store adds.
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
  } else {
    process.stdout.write('PostgreSQL skipped: set PELAGO_TEST_POSTGRES_URL to include it.\n');
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

  const baseline = results[0][1];
  for (const [name, perSecond] of results) {
    process.stdout.write(
      `${name.padEnd(18)} ${perSecond.toFixed(0).padStart(8)} gets/s  ${(perSecond / baseline).toFixed(3)}× memoryStore\n`,
    );
  }
  process.stdout.write(`  [${MERCHANTS} merchants, ${SECONDS} s per store, each get decrypts]\n`);
} finally {
  for (const cleanup of cleanups) await cleanup();
  rmSync(dir, { recursive: true, force: true });
  clearTimeout(guard);
}

/** Gets for SECONDS with `concurrency` callers in a loop; answers gets per second. */
async function getsPerSecond(vault, concurrency) {
  let count = 0;
  const end = performance.now() + SECONDS * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      let i = worker;
      while (performance.now() < end) {
        const key = await vault.get(`merchant-${i % MERCHANTS}`);
        if (!key) throw new Error('missing key');
        i += concurrency;
        count++;
      }
    }),
  );
  return count / ((performance.now() - start) / 1000);
}
