import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findKeyLeaks } from '@pelago/connect-testing';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEncryptionKey } from '../../src/vault/encryptionKeys';
import { createKeyVault, sqliteStore } from '../../src/vault/index';
import { parseWriterKey } from './fixtures/writerKey';

// kill -9 of a process in the middle of writing to the SQLite vault, three times over on the
// same file: after each, the database passes PRAGMA integrity_check, every record decrypts to a
// key that process wrote, and no key is in any of the files in plain text.

const here = dirname(fileURLToPath(import.meta.url));
const serverRoot = join(here, '../..');
const dir = mkdtempSync(join(tmpdir(), 'pelago-kill-'));
const database = join(dir, 'keys.db');
const secret = generateEncryptionKey();
let writer: string;

beforeAll(async () => {
  // The writer runs the vault's source in a plain Node process: bundle it, keeping the native
  // SQLite binding outside (found through NODE_PATH).
  writer = join(dir, 'vaultWriter.cjs');
  await build({
    entryPoints: [join(here, 'fixtures/vaultWriter.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    alias: { '@pelago/connect-core': join(serverRoot, '../core/src/index.ts') },
    logLevel: 'silent',
  });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the writer and kills it with SIGKILL once it reports `writes` writes. */
function killAfter(writes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [writer, database, secret], {
      env: { ...process.env, NODE_PATH: join(serverRoot, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    let reported = 0;
    child.stderr!.on('data', (chunk) => {
      errors += chunk;
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      const last = chunk.toString().trim().split('\n').at(-1);
      reported = Number(last);
      if (reported >= writes && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(reported);
      else reject(new Error(`the writer stopped by itself (${code}): ${errors.slice(0, 500)}`));
    });
  });
}

describe('kill -9 while writing to the SQLite vault', () => {
  for (const [round, writes] of [
    [1, 120],
    [2, 260],
    [3, 70],
  ] as const) {
    it(`keeps the file whole and every record readable (round ${round})`, async () => {
      const reported = await killAfter(writes);
      expect(reported).toBeGreaterThanOrEqual(writes);

      const db = new Database(database, { readonly: true });
      try {
        expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      } finally {
        db.close();
      }

      const store = sqliteStore(database);
      const vault = createKeyVault({
        store,
        encryptionKeys: { current: 'k1', keys: { k1: secret } },
      });
      try {
        const records = await store.list(null, 1000);
        expect(records.length).toBeGreaterThan(0);
        for (const record of records) {
          const key = await vault.get(record.merchantId);
          const parsed = parseWriterKey(key ?? '');
          expect(parsed, record.merchantId).not.toBeNull();
          expect(`merchant-${parsed!.merchant}`).toBe(record.merchantId);
          expect(record.name).toBe(`Writer ${parsed!.write}`);
        }
      } finally {
        await vault.close();
      }

      const files = ['', '-wal', '-shm'].flatMap((suffix) => {
        try {
          return [readFileSync(`${database}${suffix}`)];
        } catch {
          return [];
        }
      });
      expect(findKeyLeaks(files, [])).toEqual([]);
    });
  }
});
