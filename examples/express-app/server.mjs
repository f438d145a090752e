// Starts the Express example on an offline Stripe sandbox:
//
//   node examples/express-app/server.mjs              → http://127.0.0.1:3001
//   PORT=4001 HOST=0.0.0.0 node examples/express-app/server.mjs
//
// With PELAGO_VAULT_KEY_K1 set, keys are kept in ./data/pelago-keys.db (folder and file are
// created on the first request); without it, in memory with a key made for this run.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createKeyVault,
  createPelagoConnect,
  encryptionKeysFromEnv,
  generateEncryptionKey,
  memoryStore,
  sqliteStore,
} from '@pelago/connect-server';
import { startStripeSandbox } from '@pelago/connect-testing';
import { createExpressApp } from './app.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const persistent = Boolean(process.env.PELAGO_VAULT_KEY_K1);

const sandbox = await startStripeSandbox({ seed: 'pelago-express-app' });
const connect = createPelagoConnect({
  mode: 'test',
  stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
});
const vault = createKeyVault(
  persistent
    ? {
        store: sqliteStore(join(here, 'data', 'pelago-keys.db')),
        encryptionKeys: encryptionKeysFromEnv({ current: 'k1' }),
      }
    : {
        store: memoryStore(),
        encryptionKeys: { current: 'k1', keys: { k1: generateEncryptionKey() } },
      },
);

const app = createExpressApp({
  connect,
  vault,
  parseJsonFirst: process.env.PARSE_JSON_FIRST !== '0',
});
const server = app.listen(Number(process.env.PORT ?? 3001), process.env.HOST ?? '127.0.0.1', () => {
  const { address, port } = server.address();
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  process.stdout.write(`Express example: ${url}\n`);
  process.stdout.write(`Sandbox keys to paste: full ${sandbox.keys.full}\n`);
  if (!persistent)
    process.stdout.write('Keys are kept in memory (set PELAGO_VAULT_KEY_K1 to keep them).\n');
});

async function stop() {
  server.close();
  server.closeAllConnections?.();
  await vault.close();
  await sandbox.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
