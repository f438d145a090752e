// An attendee's payment through the kit's HTTP handler (authorize as attendee, JSON checks, a
// vault read, one Stripe charge, the pairing write, the answer) against the same charge sent
// straight to Stripe with the stripe package, in the same run, against a sandbox answering
// after 20 ms. Counts the Stripe requests each payment made from the sandbox's log: a payment
// must cost exactly one POST /v1/charges, also when its first answer was lost and it is retried
// with the same idempotency key. Prints medians and the ratio; stops itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createConnectHandler,
  createKeyVault,
  createPelagoConnect,
  generateEncryptionKey,
  sqliteStore,
} from '@pelago/connect-server';
import { startStripeSandbox } from '@pelago/connect-testing';
import Stripe from 'stripe';

const RUNS = 20;
const LATENCY_MS = 20;

const guard = setTimeout(() => {
  process.stderr.write('checkout-payment bench: gave up after 90 s\n');
  process.exit(1);
}, 90_000);
guard.unref();

const dir = mkdtempSync(join(tmpdir(), 'pelago-bench-'));
const sandbox = await startStripeSandbox({ latencyMs: LATENCY_MS });
try {
  const endpoint = { host: sandbox.host, port: sandbox.port, protocol: 'http' };
  const key = sandbox.keys.full;
  const publishableKey = sandbox.publishableKeyFor(key);
  const account = sandbox.accountOf(key);
  const connect = createPelagoConnect({ stripe: endpoint, maxNetworkRetries: 0 });
  const vault = createKeyVault({
    store: sqliteStore(join(dir, 'keys.db')),
    encryptionKeys: { current: 'k1', keys: { k1: generateEncryptionKey() } },
  });
  const handler = createConnectHandler({
    connect,
    vault,
    authorize: (request) =>
      request.headers.get('x-bench-role') === 'owner'
        ? { merchantId: 'merchant-bench', role: 'owner' }
        : { merchantId: 'merchant-bench', role: 'attendee' },
  });
  const call = (path, body, role = 'attendee') =>
    handler(
      new Request(`http://localhost/api/pelago${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-bench-role': role },
        body: JSON.stringify(body),
      }),
    );
  const connected = await call('/key', { key, publishableKey }, 'owner');
  if (connected.status !== 200) throw new Error(`connecting failed: ${await connected.text()}`);
  const stripe = new Stripe(key, { ...endpoint, maxNetworkRetries: 0, telemetry: false });

  let order = 0;
  const kitPayment = async () => {
    const source = sandbox.createToken({ key: publishableKey }).id;
    const answer = await call('/charges', {
      amount: 2500,
      currency: 'usd',
      source,
      idempotencyKey: `bench-kit-${++order}`,
    });
    if (answer.status !== 200) throw new Error(`payment failed: ${await answer.text()}`);
  };
  const directCharge = async () => {
    const source = sandbox.createToken({ key: publishableKey }).id;
    await stripe.charges.create(
      { amount: 2500, currency: 'usd', source },
      { idempotencyKey: `bench-direct-${++order}` },
    );
  };

  await kitPayment();
  await directCharge();
  const kit = await measure(kitPayment);
  const direct = await measure(directCharge);
  const kitMs = median(kit.map((run) => run.ms));
  const directMs = median(direct.map((run) => run.ms));
  process.stdout.write(
    `payment through the kit: ${kitMs.toFixed(1)} ms, ${describeTrips(kit)} vs stripe.charges.create: ` +
      `${directMs.toFixed(1)} ms, ${describeTrips(direct)} → ${(kitMs / directMs).toFixed(2)}×` +
      `  [median of ${RUNS}, ${LATENCY_MS} ms latency per answer]\n`,
  );

  // The answer lost after Stripe charged, then the same payment sent again: still one charge.
  const before = await sandbox.countCharges(account);
  const source = sandbox.createToken({ key: publishableKey }).id;
  const payment = { amount: 2500, currency: 'usd', source, idempotencyKey: 'bench-lost-answer' };
  sandbox.requests.clear();
  // Every answer is lost until the attendee's browser gives up (the stripe package retries a
  // dropped connection itself, with the same idempotency key); then the attendee tries again.
  const fault = sandbox.faults.add({
    method: 'POST',
    path: '/v1/charges',
    drop: true,
    afterAction: true,
    count: Number.POSITIVE_INFINITY,
  });
  const lost = await call('/charges', payment);
  fault.remove();
  const retried = await call('/charges', payment);
  const made = (await sandbox.countCharges(account)) - before;
  process.stdout.write(
    `answer lost after charging (${lost.status}), then retried (${retried.status}): ` +
      `${made} charge made by ${sandbox.requests.count({ method: 'POST', path: '/v1/charges' })} ` +
      'POST /v1/charges with one idempotency key (each after the first replayed it)\n',
  );
  if (made !== 1) throw new Error(`a retried payment made ${made} charges`);
} finally {
  await sandbox.stop();
  rmSync(dir, { recursive: true, force: true });
  clearTimeout(guard);
}

/** Runs `fn` RUNS times, timing each and counting the Stripe requests it made, by kind. */
async function measure(fn) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    sandbox.requests.clear();
    const started = performance.now();
    await fn();
    const ms = performance.now() - started;
    runs.push({
      ms,
      charges: sandbox.requests.count({ method: 'POST', path: '/v1/charges' }),
      // Tokens are made in the browser by Stripe.js; this bench makes them in-process.
      others: sandbox.requests.list().filter((request) => request.path !== '/v1/charges').length,
    });
  }
  return runs;
}

function describeTrips(runs) {
  const charges = new Set(runs.map((run) => run.charges));
  const others = new Set(runs.map((run) => run.others));
  if (charges.size !== 1 || !charges.has(1) || others.size !== 1 || !others.has(0)) {
    throw new Error(`a payment sent ${[...charges]} charges and ${[...others]} other requests`);
  }
  return '1 POST /v1/charges per payment';
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
