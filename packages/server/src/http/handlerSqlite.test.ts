import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { describeHandlerEndToEnd } from '../../test-support/handlerEndToEnd';
import { sqliteStore } from '../vault/index';

const dir = mkdtempSync(join(tmpdir(), 'pelago-handler-'));
const path = join(dir, 'keys.db');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeHandlerEndToEnd('SQLite', {
  makeStore: () => sqliteStore(path),
  // Every file SQLite writes for the database, read while the connections are open.
  storedData: async () =>
    [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file)),
});
