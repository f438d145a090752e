// verifyKey against a sandbox with 100 ms of latency per answer: the kit's concurrent probes
// versus the same two probes sent one after the other with the stripe package, in the same run.
// Prints medians, round trips seen by the sandbox, and the ratio. Stops itself.
import { createPelagoConnect } from '@pelago/connect-server';
import { startStripeSandbox } from '@pelago/connect-testing';
import Stripe from 'stripe';

const RUNS = 10;
const LATENCY_MS = 100;

// Nothing here may hang a CI job.
const guard = setTimeout(() => {
  process.stderr.write('verify-key bench: gave up after 60 s\n');
  process.exit(1);
}, 60_000);
guard.unref();

const sandbox = await startStripeSandbox({ latencyMs: LATENCY_MS });
try {
  const endpoint = { host: sandbox.host, port: sandbox.port, protocol: 'http' };
  const key = sandbox.keys.full;
  const connect = createPelagoConnect({ stripe: endpoint });
  const stripe = new Stripe(key, { ...endpoint, maxNetworkRetries: 0, telemetry: false });

  const kit = async () => {
    const result = await connect.verifyKey(key);
    if (!result.ok) throw new Error(`verifyKey failed: ${result.problems.map((p) => p.code)}`);
  };
  const sequential = async () => {
    // The kit's own probes (objects that do not exist, so nothing is created), one after the other.
    const probe = `${Date.now()}${Math.random().toString(36).slice(2)}`;
    await stripe.charges
      .create({ amount: 100, currency: 'usd', source: `tok_pelagoprobe${probe}` })
      .catch(() => {});
    await stripe.refunds.create({ charge: `ch_pelagoprobe${probe}` }).catch(() => {});
  };

  // Warm up connections so both sides measure round trips, not TCP set-up.
  await kit();
  await sequential();

  const kitRuns = await measure(kit);
  const baseRuns = await measure(sequential);
  const kitMs = median(kitRuns.map((run) => run.ms));
  const baseMs = median(baseRuns.map((run) => run.ms));
  const kitTrips = median(kitRuns.map((run) => run.roundTrips));
  const baseTrips = median(baseRuns.map((run) => run.roundTrips));

  process.stdout.write(
    `verifyKey: ${kitMs.toFixed(0)} ms (${plural(kitTrips, 'round trip')}) vs sequential probes: ` +
      `${baseMs.toFixed(0)} ms (${plural(baseTrips, 'round trip')}) → ${(kitMs / baseMs).toFixed(2)}×` +
      `  [median of ${RUNS}, ${LATENCY_MS} ms latency per answer]\n`,
  );
} finally {
  await sandbox.stop();
  clearTimeout(guard);
}

/** Runs `fn` RUNS times, timing each run and counting its round trips from the sandbox log. */
async function measure(fn) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    sandbox.requests.clear();
    const start = performance.now();
    await fn();
    const ms = performance.now() - start;
    runs.push({ ms, roundTrips: roundTrips(sandbox.requests.list()) });
  }
  return runs;
}

/** Requests that overlap in time share a round trip; one that starts after the others end opens a new one. */
function roundTrips(entries) {
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  let trips = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const entry of sorted) {
    if (entry.at >= end) trips += 1;
    end = Math.max(end, entry.at + entry.durationMs);
  }
  return trips;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
