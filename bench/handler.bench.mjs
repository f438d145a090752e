// POST /refunds through the kit's HTTP handler versus the SDK's merchant(key).refunds.create,
// against the same offline sandbox in the same run. The handler path adds what a real request
// pays: authorize, JSON parsing, a vault read (SQLite file, AES-GCM decrypt) and the answer.
// Measured directly (Request objects, no sockets) and through node:http + fetch. Rounds
// alternate so drift in the sandbox hits every path alike. Prints medians and ratios; stops
// itself.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createConnectHandler,
  createKeyVault,
  createPelagoConnect,
  generateEncryptionKey,
  sqliteStore,
  toNodeHandler,
} from '@pelago/connect-server';
import { startStripeSandbox } from '@pelago/connect-testing';

const ROUNDS = 6;
const PER_ROUND = 40;

const guard = setTimeout(() => {
  process.stderr.write('handler bench: gave up after 120 s\n');
  process.exit(1);
}, 120_000);
guard.unref();

const dir = mkdtempSync(join(tmpdir(), 'pelago-bench-'));
const sandbox = await startStripeSandbox();
const vault = createKeyVault({
  store: sqliteStore(join(dir, 'keys.db')),
  encryptionKeys: { current: 'k1', keys: { k1: generateEncryptionKey() } },
});
const server = http.createServer();
try {
  const key = sandbox.keys.full;
  const connect = createPelagoConnect({
    stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
    maxNetworkRetries: 0,
  });
  const merchantId = 'merchant-bench';
  await vault.put(merchantId, key, {
    mode: 'test',
    permissions: { charges: 'write', refunds: 'write' },
    verifiedAt: new Date(),
  });
  const handler = createConnectHandler({
    connect,
    vault,
    authorize: () => ({ merchantId, role: 'admin' }),
  });
  server.on('request', toNodeHandler(handler));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const merchant = connect.merchant(key);
  // One charge per path and round, each refunded 1 cent at a time.
  const newCharge = async () =>
    (await merchant.charges.create({ amount: 1_000_000, currency: 'usd', source: 'tok_visa' })).id;
  let sequence = 0;
  const body = (chargeId) =>
    JSON.stringify({ chargeId, amount: 1, idempotencyKey: `bench-${++sequence}` });

  const paths = {
    'SDK refunds.create': async (chargeId) => {
      await merchant.refunds.create(
        { chargeId, amount: 1 },
        { idempotencyKey: `bench-${++sequence}` },
      );
    },
    'handler (Request)': async (chargeId) => {
      const response = await handler(
        new Request(`${origin}/api/pelago/refunds`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: body(chargeId),
        }),
      );
      if (response.status !== 200) throw new Error(`handler answered ${response.status}`);
      await response.arrayBuffer();
    },
    'handler (node:http)': async (chargeId) => {
      const response = await fetch(`${origin}/api/pelago/refunds`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body(chargeId),
      });
      if (response.status !== 200) throw new Error(`node:http answered ${response.status}`);
      await response.arrayBuffer();
    },
  };

  // Warm-up: connections, JIT, SQLite page cache.
  const warm = await newCharge();
  for (const run of Object.values(paths)) for (let i = 0; i < 5; i++) await run(warm);

  const samples = Object.fromEntries(Object.keys(paths).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(paths)) {
      const chargeId = await newCharge();
      for (let i = 0; i < PER_ROUND; i++) {
        const start = performance.now();
        await run(chargeId);
        samples[name].push(performance.now() - start);
      }
    }
  }

  const baseline = median(samples['SDK refunds.create']);
  for (const [name, values] of Object.entries(samples)) {
    const ms = median(values);
    process.stdout.write(
      `${name.padEnd(22)} ${ms.toFixed(2).padStart(7)} ms median  ${(1000 / ms).toFixed(0).padStart(5)}/s  ` +
        `${(ms / baseline).toFixed(2)}× the SDK\n`,
    );
  }
  process.stdout.write(
    `  [${ROUNDS * PER_ROUND} refunds per path, sequential, sandbox on 127.0.0.1]\n`,
  );
} finally {
  server.closeAllConnections?.();
  await new Promise((resolve) => server.close(() => resolve()));
  await vault.close();
  await sandbox.stop();
  rmSync(dir, { recursive: true, force: true });
  clearTimeout(guard);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
