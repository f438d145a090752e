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
  sandbox.checkParametersFirst = false;
  sandbox.faults.clear();
});

afterAll(async () => {
  await sandbox.stop();
  recorder.restore();
  expectNoKeyLeaks(recorder.texts, sandbox.secretKeys());
});

const otherMerchantsPublishable = () => sandbox.publishableKeyFor(sandbox.keys.chargesOnly);

describe('verifyKey with a publishable key (test mode)', () => {
  it('confirms the pair when the token is on the restricted key’s account, moving no money', async () => {
    const charges = await sandbox.countCharges();
    const result = await connect.verifyKey(sandbox.keys.full, {
      publishableKey: ` ${sandbox.keys.publishable}\n`,
    });
    expect(result).toMatchObject({
      ok: true,
      problems: [],
      publishableKey: { pairing: 'confirmed' },
    });
    expect(result.publishableKey).not.toHaveProperty('problem');
    expect(await sandbox.countCharges()).toBe(charges);
    // Token and probes in one round trip, then the two pairing charges.
    const sent = sandbox.requests.list().map((entry) => `${entry.method} ${entry.path}`);
    expect(sent.sort()).toEqual([
      'POST /v1/charges',
      'POST /v1/charges',
      'POST /v1/charges',
      'POST /v1/refunds',
      'POST /v1/tokens',
    ]);
  });

  it('refuses another merchant’s publishable key: Stripe answers "No such token"', async () => {
    const charges = await sandbox.countCharges();
    const result = await connect.verifyKey(sandbox.keys.full, {
      publishableKey: otherMerchantsPublishable(),
    });
    expect(result.ok).toBe(false);
    expect(result.permissions).toEqual({ charges: 'write', refunds: 'write' });
    expect(result.publishableKey).toEqual({
      pairing: 'mismatch',
      problem: {
        code: 'publishable_key_mismatch',
        message: expect.stringContaining('another Stripe account'),
      },
    });
    expect(result.problems.map((problem) => problem.code)).toEqual(['publishable_key_mismatch']);
    expect(await sandbox.countCharges()).toBe(charges);
  });

  it('stays unconfirmed when Stripe checks the amount before the token, never guessing', async () => {
    sandbox.checkParametersFirst = true;
    const same = await connect.verifyKey(sandbox.keys.full, {
      publishableKey: sandbox.keys.publishable,
    });
    expect(same).toMatchObject({ ok: true, publishableKey: { pairing: 'unconfirmed' } });
    const other = await connect.verifyKey(sandbox.keys.full, {
      publishableKey: otherMerchantsPublishable(),
    });
    // Not provable here, so not refused either: the first payment settles it.
    expect(other.publishableKey).toEqual({ pairing: 'unconfirmed' });
  });

  it.each([
    ['a restricted key', () => sandbox.keys.chargesOnly, 'publishable_key_invalid'],
    ['a secret key', () => sandbox.keys.secret, 'publishable_key_invalid'],
    [
      'a live publishable key',
      () => `pk_${'live'}_${'L1ve'.repeat(20)}`,
      'publishable_key_wrong_mode',
    ],
    ['nothing', () => '', 'publishable_key_invalid'],
  ])('refuses %s locally, sending it nowhere', async (_name, pasted, code) => {
    const result = await connect.verifyKey(sandbox.keys.full, { publishableKey: pasted() });
    expect(result.ok).toBe(false);
    expect(result.publishableKey).toMatchObject({ pairing: 'unconfirmed', problem: { code } });
    expect(sandbox.requests.list({ path: '/v1/tokens' })).toHaveLength(0);
    if (pasted()) expect(JSON.stringify(result)).not.toContain(pasted());
  });

  it('refuses a publishable key Stripe does not know', async () => {
    const unknown = `pk_test_${'Unknown0'.repeat(12)}`;
    const result = await connect.verifyKey(sandbox.keys.full, { publishableKey: unknown });
    expect(result.publishableKey).toMatchObject({
      pairing: 'unconfirmed',
      problem: {
        code: 'publishable_key_invalid',
        message: expect.stringContaining('does not recognise'),
      },
    });
  });

  it('leaves the pair unconfirmed when the key may not create charges', async () => {
    const result = await connect.verifyKey(sandbox.keys.readOnly, {
      publishableKey: sandbox.publishableKeyFor(sandbox.keys.readOnly),
    });
    expect(result.publishableKey).toEqual({ pairing: 'unconfirmed' });
    expect(sandbox.requests.list({ path: '/v1/charges' })).toHaveLength(1);
  });

  it('leaves the pair unconfirmed when Stripe fails to answer', async () => {
    sandbox.faults.add({ status: 500, path: '/v1/tokens' });
    const result = await connect.verifyKey(sandbox.keys.full, {
      publishableKey: sandbox.keys.publishable,
    });
    expect(result).toMatchObject({ ok: true, publishableKey: { pairing: 'unconfirmed' } });
  });
});

describe('checkPublishableKey', () => {
  it('checks a publishable key added later against the stored key’s account', async () => {
    await expect(
      connect.checkPublishableKey(sandbox.keys.full, sandbox.keys.publishable),
    ).resolves.toEqual({ pairing: 'confirmed' });
    await expect(
      connect.checkPublishableKey(sandbox.keys.full, otherMerchantsPublishable()),
    ).resolves.toMatchObject({
      pairing: 'mismatch',
      problem: { code: 'publishable_key_mismatch' },
    });
  });

  it('sends nothing in live mode: a live token needs a real card', async () => {
    const live = createPelagoConnect({
      mode: 'live',
      stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
    });
    const check = await live.checkPublishableKey(
      `rk_${'live'}_${'L1ve'.repeat(20)}`,
      `pk_${'live'}_${'L1ve'.repeat(20)}`,
    );
    expect(check).toEqual({ pairing: 'unconfirmed' });
    expect(sandbox.requests.length).toBe(0);
  });
});
