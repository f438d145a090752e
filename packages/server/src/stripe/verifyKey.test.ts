import {
  expectNoKeyLeaks,
  type OutputRecorder,
  recordOutput,
  type StripeSandbox,
  startStripeSandbox,
} from '@pelago/connect-testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPelagoConnect, type PelagoConnect } from './createPelagoConnect';

let sandbox: StripeSandbox;
let connect: PelagoConnect;
let recorder: OutputRecorder;
const extraKeys: string[] = [];

beforeAll(async () => {
  recorder = recordOutput();
  sandbox = await startStripeSandbox();
  connect = createPelagoConnect({
    stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
    timeout: 2000,
    logger: recorder.logger,
  });
});

beforeEach(() => {
  sandbox.requests.clear();
});

afterEach(() => {
  sandbox.faults.clear();
  sandbox.checkParametersFirst = false;
});

afterAll(async () => {
  await sandbox.stop();
  recorder.restore();
  expect(recorder.texts.length).toBeGreaterThan(0);
  expectNoKeyLeaks(recorder.texts, [...Object.values(sandbox.keys), ...extraKeys]);
});

/** Verifies and keeps the result for the suite's key-leak check. */
async function verify(key: string, using = connect) {
  const result = await using.verifyKey(key);
  recorder.record(result, JSON.stringify(result));
  return result;
}

function probesSent() {
  return sandbox.requests.list().map((entry) => `${entry.method} ${entry.path}`);
}

// Whether Stripe checks a request's parameters before its permission is not documented: the
// answers must be right either way.
describe.each([
  ['permissions checked first', false],
  ['parameters checked first', true],
])('verifyKey with restricted keys (%s)', (_order, parametersFirst) => {
  beforeEach(() => {
    sandbox.checkParametersFirst = parametersFirst;
  });

  it('grants a full key with one probe per permission and moves no money', async () => {
    const charges = await sandbox.countCharges();
    const refunds = await sandbox.countRefunds();
    const result = await verify(sandbox.keys.full);
    expect(result).toEqual({
      ok: true,
      mode: 'test',
      permissions: { charges: 'write', refunds: 'write' },
      problems: [],
    });
    expect(probesSent().sort()).toEqual(['POST /v1/charges', 'POST /v1/refunds']);
    // Both name an object that is not there: only a key with the permission gets that far.
    expect(sandbox.requests.list().map((entry) => entry.errorCode)).toEqual([
      'resource_missing',
      'resource_missing',
    ]);
    expect(await sandbox.countCharges()).toBe(charges);
    expect(await sandbox.countRefunds()).toBe(refunds);
  });

  it('sends both probes at once', async () => {
    sandbox.faults.add({ path: '/v1/charges', latencyMs: 300 });
    await verify(sandbox.keys.full);
    const [charge] = sandbox.requests.list({ path: '/v1/charges' });
    const [refund] = sandbox.requests.list({ path: '/v1/refunds' });
    // The refund probe arrived while the charge probe was still waiting for its answer.
    expect(refund!.at).toBeLessThan(charge!.at + charge!.durationMs);
  });

  it('reports a missing Refunds permission and says which row to set', async () => {
    const result = await verify(sandbox.keys.chargesOnly);
    expect(result.ok).toBe(false);
    expect(result.permissions).toEqual({ charges: 'write', refunds: 'missing' });
    expect(result.problems).toEqual([
      {
        code: 'permission_missing',
        permission: 'refunds',
        message: expect.stringContaining('Refunds to Write'),
      },
    ]);
    expect(probesSent()).toHaveLength(2);
  });

  it('reports both permissions missing for a read-only key', async () => {
    const result = await verify(sandbox.keys.readOnly);
    expect(result.permissions).toEqual({ charges: 'missing', refunds: 'missing' });
    expect(result.problems.map((problem) => problem.permission)).toEqual(['charges', 'refunds']);
    expect(result.problems[0]?.message).toContain('Charges to Write');
  });

  it('reports an expired key once', async () => {
    const result = await verify(sandbox.keys.expired);
    expect(result).toMatchObject({
      ok: false,
      permissions: { charges: 'unknown', refunds: 'unknown' },
      problems: [{ code: 'key_expired' }],
    });
    expect(result.problems).toHaveLength(1);
  });

  it('reports an unknown or deleted key as invalid', async () => {
    const unknown = `rk_test_${'Unknown1'.repeat(12)}`;
    extraKeys.push(unknown);
    expect((await verify(unknown)).problems).toEqual([
      { code: 'key_invalid', message: expect.any(String) },
    ]);
    const deleted = sandbox.addKey({ permissions: ['charge_write', 'refund_write'] });
    extraKeys.push(deleted);
    sandbox.revokeKey(deleted);
    expect((await verify(deleted)).problems[0]?.code).toBe('key_invalid');
  });

  it('accepts a key pasted with quotes, spaces and a line break', async () => {
    const result = await verify(` "${sandbox.keys.full}"\n`);
    expect(result.ok).toBe(true);
  });

  it('reports missing permissions for a key with none at all', async () => {
    const bare = sandbox.addKey({ permissions: [] });
    extraKeys.push(bare);
    const result = await verify(bare);
    expect(result.permissions).toEqual({ charges: 'missing', refunds: 'missing' });
  });
});

describe('verifyKey reads every form of Stripe’s permission message', () => {
  const refusal = (message: string) => ({
    status: 403,
    path: '/v1/charges',
    body: { error: { type: 'invalid_request_error', message } },
  });
  const start =
    "The provided key 'rk_test_***abcd' does not have the required permissions for this endpoint on account 'acct_1'.";

  it.each([
    [
      'one permission named',
      `${start} Having the 'rak_charge_write' permission would allow this request to continue.`,
    ],
    [
      'several permissions named',
      `${start} Having the 'rak_charge_write', 'rak_charge_read' permissions would allow this request to continue.`,
    ],
    ['no permission named', start],
  ])('%s', async (_form, message) => {
    sandbox.faults.add(refusal(message));
    const result = await verify(sandbox.keys.full);
    expect(result.permissions).toEqual({ charges: 'missing', refunds: 'write' });
    expect(result.problems).toEqual([
      {
        code: 'permission_missing',
        permission: 'charges',
        message: expect.stringContaining('Charges to Write'),
      },
    ]);
  });

  it('passes on a permission Stripe asks for beyond the Charges row', async () => {
    sandbox.faults.add(
      refusal(
        `${start} Having the 'rak_token_read' permission would allow this request to continue.`,
      ),
    );
    const result = await verify(sandbox.keys.full);
    expect(result.permissions.charges).toBe('missing');
    expect(result.problems[0]?.message).toContain('rak_token_read');
  });

  it('never calls a parameter error a granted permission', async () => {
    sandbox.faults.add({
      status: 400,
      path: '/v1/refunds',
      body: {
        error: {
          type: 'invalid_request_error',
          code: 'parameter_missing',
          param: 'charge',
          message: 'Missing required param: charge.',
        },
      },
    });
    const result = await verify(sandbox.keys.full);
    expect(result.permissions).toEqual({ charges: 'write', refunds: 'unknown' });
    expect(result.problems.map((problem) => problem.code)).toEqual(['invalid_request']);
  });
});

describe('verifyKey refuses without any request', () => {
  const live = `rk_${'live'}_${'L1ve'.repeat(20)}`;
  const cases: [string, () => string, string][] = [
    ['a secret key', () => sandbox.keys.secret, 'secret_key'],
    ['a publishable key', () => sandbox.keys.publishable, 'publishable_key'],
    ['a truncated key', () => sandbox.keys.full.slice(0, 14), 'malformed'],
    ['a live key in test mode', () => live, 'wrong_mode'],
    ['an empty paste', () => '', 'empty'],
    ['something else', () => 'hello world', 'not_a_stripe_key'],
  ];
  it.each(cases)('%s', async (_name, key, code) => {
    extraKeys.push(live);
    const result = await verify(key());
    expect(result.ok).toBe(false);
    expect(result.permissions).toEqual({ charges: 'unknown', refunds: 'unknown' });
    expect(result.problems).toEqual([{ code, message: expect.any(String) }]);
    expect(sandbox.requests.length).toBe(0);
  });

  it('a test key when the connection is in live mode', async () => {
    const liveConnect = createPelagoConnect({
      mode: 'live',
      stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
      logger: recorder.logger,
    });
    const result = await verify(sandbox.keys.full, liveConnect);
    expect(result).toMatchObject({ ok: false, mode: 'test', problems: [{ code: 'wrong_mode' }] });
    expect(sandbox.requests.length).toBe(0);
  });
});

describe('verifyKey when Stripe does not answer clearly', () => {
  it('leaves permissions unknown on a 500, never granted', async () => {
    sandbox.faults.add({ status: 500, count: 2 });
    const result = await verify(sandbox.keys.full);
    expect(result).toMatchObject({
      ok: false,
      permissions: { charges: 'unknown', refunds: 'unknown' },
      problems: [{ code: 'stripe_unavailable' }],
    });
    // No retries for probes: one request each.
    expect(sandbox.requests.length).toBe(2);
  });

  it('says rate_limited on a 429 for one probe and keeps the other answer', async () => {
    sandbox.faults.add({ status: 429, path: '/v1/refunds' });
    const result = await verify(sandbox.keys.full);
    expect(result.permissions).toEqual({ charges: 'write', refunds: 'unknown' });
    expect(result.problems.map((problem) => problem.code)).toEqual(['rate_limited']);
  });

  it('says timeout when Stripe is too slow', async () => {
    const impatient = createPelagoConnect({
      stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
      timeout: 100,
      logger: recorder.logger,
    });
    sandbox.faults.add({ latencyMs: 500, count: 2 });
    const result = await verify(sandbox.keys.full, impatient);
    expect(result.permissions).toEqual({ charges: 'unknown', refunds: 'unknown' });
    expect(result.problems.map((problem) => problem.code)).toEqual(['timeout']);
  });

  it('says network_error when the connection drops', async () => {
    sandbox.faults.add({ drop: true, count: Number.POSITIVE_INFINITY });
    const result = await verify(sandbox.keys.full);
    expect(result.problems.map((problem) => problem.code)).toEqual(['network_error']);
    expect(result.ok).toBe(false);
  });
});
