import {
  ConnectError,
  type ConnectErrorCode,
  connectErrorMessages,
  type KeyMode,
  type KeyPermissions,
  type KeyStatus,
  type PaymentsReadiness,
  type PublishableKeyPairing,
  type PutKeyResponse,
  type PutPublishableKeyResponse,
  parsePublishableKey,
  parseStripeKey,
  redactKey,
  type VerificationResult,
} from '@pelago/connect-core';
import type { ConnectClient } from '@pelago/connect-react';
import {
  createFakeCheckoutServer,
  type FakeCheckoutScript,
  type FakeCheckoutServer,
} from './fakeCheckoutServer';
import {
  createFakeRefundsServer,
  type FakeRefundsScript,
  type FakeRefundsServer,
} from './fakeRefundsServer';
import { wait } from './wait';

/** The key methods a story can script. */
export type FakeMethod =
  | 'getKey'
  | 'putKey'
  | 'verifyStoredKey'
  | 'putPublishableKey'
  | 'deleteKey';

/** How the fake server behaves in one story. */
export interface FakeConnectScript {
  /** What `GET /key` answers at first. Default: nothing connected. */
  status?: KeyStatus;
  /** The server's mode: a key of the other mode gets 400 `wrong_mode`. Default `'test'`. */
  mode?: KeyMode;
  /** How long each answer takes, in milliseconds. Default 250. */
  delay?: number;
  /** Methods whose answer never comes (to show pending states). */
  hang?: FakeMethod[];
  /** Methods that fail with a code, whatever the key (Stripe down, rate limited…). */
  fail?: Partial<Record<FakeMethod, ConnectErrorCode>>;
  /** What Stripe says about the stored key at "Verify again". Default: both permissions. */
  reverify?: KeyPermissions | 'expired';
  /** How the charges and refunds routes behave (see `fakeRefundsServer.ts`). */
  refunds?: FakeRefundsScript;
  /** How `POST /charges` behaves (see `fakeCheckoutServer.ts`). */
  checkout?: FakeCheckoutScript;
  /**
   * Failures of the first calls only, in order, e.g. `{ putKey: ['network_error'] }`: the
   * calls after them answer normally, as after a passing outage.
   */
  failFirst?: Partial<Record<FakeMethod, ConnectErrorCode[]>>;
  /**
   * The merchant fixes the key's permissions in Stripe after its first check: from the second
   * check of the same key on, a key that lacked a permission has both.
   */
  fixedAfterFirstCheck?: boolean;
}

/** A request as the fake server saw it, with the key redacted (the publishable key is public). */
export interface FakeRequest {
  method: FakeMethod;
  key?: string;
  name?: string;
  publishableKey?: string;
}

/** A `ConnectClient` that plays the kit's server in the browser, for stories. */
export interface FakeConnectClient extends ConnectClient, FakeRefundsServer, FakeCheckoutServer {
  /** Every key request received, in order. A refused paste never shows up here. */
  readonly requests: FakeRequest[];
  /** The status the fake server holds now. */
  readonly current: KeyStatus;
}

/**
 * Obviously fake restricted keys, built at run time. The fake server gives each its own
 * fate, the way the offline Stripe sandbox does: `full` has both permissions, `chargesOnly`
 * lacks refunds, `readOnly` lacks both, `invalid` is unknown to Stripe, `expired` was rolled.
 */
export const fakeKeys = {
  full: `rk_test_${'a1B2'.repeat(24)}`,
  chargesOnly: `rk_test_${'c3D4'.repeat(24)}`,
  readOnly: `rk_test_${'e5F6'.repeat(24)}`,
  invalid: `rk_test_${'g7H8'.repeat(24)}`,
  expired: `rk_test_${'j9K0'.repeat(24)}`,
  live: `rk_${'live'}_${'m1N2'.repeat(24)}`,
  secret: `sk_test_${'p3Q4'.repeat(24)}`,
  publishable: `pk_test_${'r5S6'.repeat(24)}`,
  /** A publishable key of another Stripe account: the server answers `publishable_key_mismatch`. */
  publishableOtherAccount: `pk_test_${'w9X0'.repeat(24)}`,
  publishableLive: `pk_${'live'}_${'y1Z2'.repeat(24)}`,
  webhookSecret: `whsec_${'t7U8'.repeat(8)}`,
  hidden: `rk_test_${'•'.repeat(24)}a1B2`,
  tooShort: 'rk_test_a1B2c3',
};

const PROBE_FAILED = " The key's permissions could not be checked yet.";

/**
 * A fake `ConnectClient` with the server's rules: it parses a posted key like the server
 * (a secret, publishable or wrong-mode key gets 400 and is never verified), answers 422 with
 * the verification for a key Stripe refuses, and 429/502/504 when Stripe is scripted to be
 * unavailable. Answers arrive after `delay` and honour `AbortSignal`s.
 */
export function createFakeConnectClient(script: FakeConnectScript = {}): FakeConnectClient {
  const mode = script.mode ?? 'test';
  const delay = script.delay ?? 250;
  const requests: FakeRequest[] = [];
  let current: KeyStatus = script.status ?? { connected: false };

  const calls: Partial<Record<FakeMethod, number>> = {};
  const checked = new Set<string>();

  async function answer<T>(method: FakeMethod, signal: AbortSignal | undefined, run: () => T) {
    const call = (calls[method] ?? 0) + 1;
    calls[method] = call;
    await wait(script.hang?.includes(method) ? Number.POSITIVE_INFINITY : delay, signal);
    const failure = script.failFirst?.[method]?.[call - 1] ?? script.fail?.[method];
    if (failure) throw unavailable(failure);
    return run();
  }

  /** The server's local check of a publishable key: 400 for a secret, malformed or other-mode one. */
  const readPublishable = (value: unknown): string => {
    const parsed = parsePublishableKey(value, { mode });
    if (parsed.ok) return parsed.key;
    throw new ConnectError(
      parsed.code === 'wrong_mode' ? 'publishable_key_wrong_mode' : 'publishable_key_invalid',
      { message: parsed.message, status: 400 },
    );
  };

  return {
    requests,
    get current() {
      return current;
    },
    getKey: (options) => answer('getKey', options?.signal, () => ({ status: current })),
    putKey: (body, options) => {
      requests.push({
        method: 'putKey',
        key: redactKey(String(body.key)),
        ...(body.name ? { name: body.name } : {}),
        ...(typeof body.publishableKey === 'string'
          ? { publishableKey: redactKey(body.publishableKey) }
          : {}),
      });
      return answer('putKey', options?.signal, () => {
        const parsed = parseStripeKey(body.key, { mode });
        if (!parsed.ok)
          throw new ConnectError(parsed.code, { message: parsed.message, status: 400 });
        const publishableKey =
          body.publishableKey === undefined ? undefined : readPublishable(body.publishableKey);
        const fixed = script.fixedAfterFirstCheck && checked.has(parsed.key);
        checked.add(parsed.key);
        const verification = fixed
          ? withPermissions({ charges: 'write', refunds: 'write' }, parsed.mode)
          : verify(parsed.key, parsed.mode);
        if (!verification.ok) throw unusable(verification);
        const pairing = publishableKey === undefined ? undefined : pairingOf(publishableKey);
        if (pairing === 'mismatch') throw mismatch(verification);
        current = withPayments({
          connected: true,
          mode: parsed.mode,
          redactedKey: redactKey(parsed.key),
          ...(body.name ? { name: body.name } : {}),
          permissions: verification.permissions,
          verifiedAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
          ...(publishableKey && pairing ? { publishableKey, publishableKeyPairing: pairing } : {}),
        });
        return {
          status: current,
          verification: pairing ? { ...verification, publishableKey: { pairing } } : verification,
        } satisfies PutKeyResponse;
      });
    },
    verifyStoredKey: (options) => {
      requests.push({ method: 'verifyStoredKey' });
      return answer('verifyStoredKey', options?.signal, () => {
        if (!current.connected) throw new ConnectError('key_not_connected');
        const verification =
          script.reverify === 'expired'
            ? refused('key_expired', current.mode ?? mode)
            : withPermissions(
                script.reverify ?? { charges: 'write', refunds: 'write' },
                current.mode ?? mode,
              );
        if (script.reverify === 'expired') throw unusable(verification);
        current = withPayments({
          ...current,
          permissions: verification.permissions,
          verifiedAt: new Date().toISOString(),
        });
        return { status: current, verification } satisfies PutKeyResponse;
      });
    },
    putPublishableKey: (body, options) => {
      requests.push({
        method: 'putPublishableKey',
        publishableKey: redactKey(String(body.publishableKey)),
      });
      return answer('putPublishableKey', options?.signal, () => {
        if (!current.connected) throw new ConnectError('key_not_connected');
        const publishableKey = readPublishable(body.publishableKey);
        const pairing = pairingOf(publishableKey);
        const verification = withPermissions(
          current.permissions ?? { charges: 'write', refunds: 'write' },
          current.mode ?? mode,
        );
        if (pairing === 'mismatch') throw mismatch(verification);
        current = withPayments({
          ...current,
          publishableKey,
          publishableKeyPairing: pairing,
          updatedAt: new Date().toISOString(),
        });
        return { status: current, publishableKey: { pairing } } satisfies PutPublishableKeyResponse;
      });
    },
    deleteKey: (options) => {
      requests.push({ method: 'deleteKey' });
      return answer('deleteKey', options?.signal, () => {
        current = { connected: false };
      });
    },
    ...createFakeRefundsServer(script.refunds),
    ...createFakeCheckoutServer(script.checkout),
  };
}

/**
 * Whether the publishable key is the restricted key's account's: Stripe confirms it in test
 * mode (a token made with it is accepted), only the first payment does in live mode.
 */
function pairingOf(publishableKey: string): PublishableKeyPairing {
  if (publishableKey === fakeKeys.publishableOtherAccount) return 'mismatch';
  return publishableKey.startsWith('pk_test_') ? 'confirmed' : 'unconfirmed';
}

/** The status with its `payments` readiness, worked out as the server does. */
function withPayments(status: KeyStatus): KeyStatus {
  const payments: PaymentsReadiness =
    status.permissions?.charges !== 'write'
      ? 'charges_not_permitted'
      : !status.publishableKey
        ? 'publishable_key_missing'
        : status.publishableKeyPairing === 'mismatch'
          ? 'publishable_key_mismatch'
          : status.publishableKeyPairing === 'confirmed'
            ? 'ready'
            : 'unconfirmed';
  return { ...status, payments };
}

/** The server's 422 for another account's publishable key: the restricted key itself is fine. */
function mismatch(verification: VerificationResult): ConnectError {
  const message = connectErrorMessages.publishable_key_mismatch;
  return new ConnectError('publishable_key_mismatch', {
    status: 422,
    message,
    verification: {
      ...verification,
      ok: false,
      problems: [{ code: 'publishable_key_mismatch', message }],
      publishableKey: {
        pairing: 'mismatch',
        problem: { code: 'publishable_key_mismatch', message },
      },
    },
  });
}

/** A status of a connected key, for stories that start connected. */
export function connectedStatus(overrides: Partial<KeyStatus> = {}): KeyStatus {
  const verifiedAt = new Date(Date.now() - 3 * 60 * 60 * 1000).toISOString();
  return {
    connected: true,
    mode: 'test',
    name: 'Acme_Pelago',
    redactedKey: redactKey(fakeKeys.full),
    permissions: { charges: 'write', refunds: 'write' },
    verifiedAt,
    updatedAt: verifiedAt,
    ...overrides,
  };
}

/** What Stripe would say about each fake key. */
function verify(key: string, keyMode: KeyMode): VerificationResult {
  switch (key) {
    case fakeKeys.chargesOnly:
      return withPermissions({ charges: 'write', refunds: 'missing' }, keyMode);
    case fakeKeys.readOnly:
      return withPermissions({ charges: 'missing', refunds: 'missing' }, keyMode);
    case fakeKeys.invalid:
      return refused('key_invalid', keyMode);
    case fakeKeys.expired:
      return refused('key_expired', keyMode);
    default:
      return withPermissions({ charges: 'write', refunds: 'write' }, keyMode);
  }
}

function withPermissions(permissions: KeyPermissions, keyMode: KeyMode): VerificationResult {
  const problems = (['charges', 'refunds'] as const)
    .filter((name) => permissions[name] === 'missing')
    .map((name) => ({
      code: 'permission_missing' as const,
      permission: name,
      message: `This key cannot create ${name}. In the Stripe Dashboard, edit the restricted key and set ${name === 'charges' ? 'Charges' : 'Refunds'} to Write.`,
    }));
  return { ok: problems.length === 0, mode: keyMode, permissions, problems };
}

function refused(code: 'key_invalid' | 'key_expired', keyMode: KeyMode): VerificationResult {
  return {
    ok: false,
    mode: keyMode,
    permissions: { charges: 'unknown', refunds: 'unknown' },
    problems: [{ code, message: connectErrorMessages[code] }],
  };
}

/** The server's 422 for a key that verified but cannot be used. */
function unusable(verification: VerificationResult): ConnectError {
  const problem = verification.problems[0];
  return new ConnectError(problem?.code ?? 'permission_missing', {
    status: 422,
    verification,
    ...(problem ? { message: problem.message } : {}),
  });
}

/** Stripe or the network failing: the server's 429/502/504, or the browser's failed fetch. */
function unavailable(code: ConnectErrorCode): ConnectError {
  if (code === 'network_error') return new ConnectError(code, { status: 0 });
  if (code !== 'rate_limited' && code !== 'stripe_unavailable' && code !== 'timeout') {
    return new ConnectError(code);
  }
  const verification: VerificationResult = {
    ok: false,
    mode: 'test',
    permissions: { charges: 'unknown', refunds: 'unknown' },
    problems: [{ code, message: connectErrorMessages[code] + PROBE_FAILED }],
  };
  return new ConnectError(code, {
    message: connectErrorMessages[code] + PROBE_FAILED,
    verification,
    ...(code === 'rate_limited' ? { retryAfterSeconds: 2 } : {}),
  });
}
