// The kit's HTTP handler against baselines measured in the same run, on one machine:
//
// 1. GET /key throughput through toNodeHandler (authorize, a SQLite vault read, the JSON answer)
//    versus a bare node:http server answering fixed JSON, 16 concurrent keep-alive clients in a
//    separate process, so the load generator does not eat the server's CPU.
// 2. POST /refunds through the handler versus the same refund through the SDK's
//    merchant(key).refunds.create, against the offline sandbox in a process of its own (Stripe
//    is never in the server's process). The handler path adds what a real request pays:
//    authorize, JSON parsing and checks, a vault read (SQLite file, AES-GCM) and the answer.
//    Measured on Request objects (the handler itself, against the bare SDK call) and through
//    node:http + fetch (against the same SDK call behind a bare node:http endpoint, so both pay
//    the HTTP hop and the client).
//
// Rounds alternate so drift hits every path alike. Prints medians and ratios; stops itself.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONCURRENCY = 16;
const THROUGHPUT_ROUNDS = 5;
const THROUGHPUT_SECONDS = 1;
const REFUND_ROUNDS = 6;
const REFUNDS_PER_ROUND = 40;

if (process.argv[2] === 'load') {
  await generateLoad(process.argv[3], Number(process.argv[4]));
  process.exit(0);
}
if (process.argv[2] === 'sandbox') {
  // Stripe is never in the server's process: the sandbox runs in its own, answering at once.
  const { startStripeSandbox } = await import('@pelago/connect-testing');
  const sandbox = await startStripeSandbox();
  process.send({ host: sandbox.host, port: sandbox.port, key: sandbox.keys.full });
  process.once('disconnect', () => sandbox.stop().then(() => process.exit(0)));
  await new Promise(() => {}); // serves until the bench disconnects
}

const guard = setTimeout(() => {
  process.stderr.write('handler bench: gave up after 180 s\n');
  process.exit(1);
}, 180_000);
guard.unref();

const {
  createConnectHandler,
  createKeyVault,
  createPelagoConnect,
  generateEncryptionKey,
  sqliteStore,
  toNodeHandler,
} = await import('@pelago/connect-server');
const dir = mkdtempSync(join(tmpdir(), 'pelago-bench-'));
const sandboxProcess = fork(fileURLToPath(import.meta.url), ['sandbox']);
const sandbox = await new Promise((resolve, reject) => {
  sandboxProcess.once('message', resolve);
  sandboxProcess.once('error', reject);
});
const vault = createKeyVault({
  store: sqliteStore(join(dir, 'keys.db')),
  encryptionKeys: { current: 'k1', keys: { k1: generateEncryptionKey() } },
});
const servers = [];
try {
  const { key } = sandbox;
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
  const kitOrigin = await listen(http.createServer(toNodeHandler(handler)));
  // The same answer GET /key gives, fixed: what node:http costs with nothing else to do.
  const fixed = JSON.stringify({ status: await vault.status(merchantId) });
  const bareOrigin = await listen(
    http.createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(fixed),
      });
      res.end(fixed);
    }),
  );

  // 1. GET /key throughput
  const load = {
    'bare node:http': `${bareOrigin}/api/pelago/key`,
    'GET /key (kit)': `${kitOrigin}/api/pelago/key`,
  };
  for (const url of Object.values(load)) await runLoad(url, 0.3); // warm-up
  const rates = Object.fromEntries(Object.keys(load).map((name) => [name, []]));
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
    for (const [name, url] of Object.entries(load)) {
      rates[name].push(await runLoad(url, THROUGHPUT_SECONDS));
    }
  }
  process.stdout.write(
    `GET /key, ${CONCURRENCY} concurrent keep-alive clients in another process\n`,
  );
  const bareRate = median(rates['bare node:http'].map((r) => r.perSecond));
  for (const [name, runs] of Object.entries(rates)) {
    const perSecond = median(runs.map((r) => r.perSecond));
    const p99 = median(runs.map((r) => r.p99));
    process.stdout.write(
      `  ${name.padEnd(22)} ${perSecond.toFixed(0).padStart(7)}/s  p99 ${p99.toFixed(1).padStart(5)} ms  ` +
        `${(perSecond / bareRate).toFixed(2)}× bare node:http\n`,
    );
  }

  // 2. POST /refunds latency
  const merchant = connect.merchant(key);
  // The same SDK call behind a bare node:http endpoint: the baseline for the handler over HTTP,
  // since both then pay the HTTP hop and the client.
  const sdkOrigin = await listen(
    http.createServer((req, res) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => {
        text += chunk;
      });
      req.on('end', async () => {
        const { chargeId, amount, idempotencyKey } = JSON.parse(text);
        const refund = await merchant.refunds.create({ chargeId, amount }, { idempotencyKey });
        const answer = JSON.stringify({ refund: { id: refund.id, amount: refund.amount } });
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(answer),
        });
        res.end(answer);
      });
    }),
  );
  // One charge per path and round, refunded 1 cent at a time.
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
        new Request(`${kitOrigin}/api/pelago/refunds`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: body(chargeId),
        }),
      );
      if (response.status !== 200) throw new Error(`handler answered ${response.status}`);
      await response.arrayBuffer();
    },
    'SDK behind node:http': async (chargeId) => {
      const response = await fetch(`${sdkOrigin}/refunds`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body(chargeId),
      });
      if (response.status !== 200) throw new Error(`bare node:http answered ${response.status}`);
      await response.arrayBuffer();
    },
    'handler (node:http)': async (chargeId) => {
      const response = await fetch(`${kitOrigin}/api/pelago/refunds`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body(chargeId),
      });
      if (response.status !== 200) throw new Error(`node:http answered ${response.status}`);
      await response.arrayBuffer();
    },
  };
  const warm = await newCharge();
  for (const run of Object.values(paths)) for (let i = 0; i < 10; i++) await run(warm);
  const samples = Object.fromEntries(Object.keys(paths).map((name) => [name, []]));
  for (let round = 0; round < REFUND_ROUNDS; round++) {
    for (const [name, run] of Object.entries(paths)) {
      const chargeId = await newCharge();
      for (let i = 0; i < REFUNDS_PER_ROUND; i++) {
        const start = performance.now();
        await run(chargeId);
        samples[name].push(performance.now() - start);
      }
    }
  }
  process.stdout.write(
    `POST /refunds, ${REFUND_ROUNDS * REFUNDS_PER_ROUND} per path, sequential, sandbox in its own process\n`,
  );
  // Each handler path against the SDK path that pays the same transport.
  const baselines = {
    'SDK refunds.create': 'SDK refunds.create',
    'handler (Request)': 'SDK refunds.create',
    'SDK behind node:http': 'SDK behind node:http',
    'handler (node:http)': 'SDK behind node:http',
  };
  for (const [name, values] of Object.entries(samples)) {
    const ms = median(values);
    const baseline = baselines[name];
    process.stdout.write(
      `  ${name.padEnd(22)} ${ms.toFixed(2).padStart(7)} ms median  ${(1000 / ms).toFixed(0).padStart(5)}/s  ` +
        `${(ms / median(samples[baseline])).toFixed(2)}× ${baseline}\n`,
    );
  }
} finally {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve()));
  }
  await vault.close();
  sandboxProcess.disconnect();
  rmSync(dir, { recursive: true, force: true });
  clearTimeout(guard);
}

async function listen(server) {
  servers.push(server);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}`;
}

/** Runs the load generator in a child process for `seconds`; answers its figures. */
function runLoad(url, seconds) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['load', url, String(seconds)]);
    child.once('message', resolve);
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
    });
  });
}

/** CONCURRENCY clients, each sending GET requests one after another on a kept-alive socket. */
async function generateLoad(url, seconds) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies = [];
  const end = performance.now() + seconds * 1000;
  const once = () =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      http
        .get(
          { host: target.hostname, port: target.port, path: target.pathname, agent },
          (response) => {
            response.resume();
            response.on('end', () => {
              if (response.statusCode !== 200) reject(new Error(`answered ${response.statusCode}`));
              latencies.push(performance.now() - start);
              resolve();
            });
          },
        )
        .on('error', reject);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) await once();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  agent.destroy();
  const figures = {
    perSecond: latencies.length / elapsed,
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
  };
  await new Promise((resolve) => process.send(figures, resolve));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
