import {
  ConnectError,
  type ConnectErrorCode,
  connectErrorMessages,
  type KeyMode,
  type KeyStatus,
  type Permission,
  type PutKeyResponse,
  type VerificationResult,
} from '@pelago/connect-core';
import { type Mock, vi } from 'vitest';
import type { ConnectClient } from '../src/client/createConnectClient';

/** A `ConnectClient` whose methods are spies; each rejects unless the test gives it an answer. */
export type MockConnectClient = { [Method in keyof ConnectClient]: Mock<ConnectClient[Method]> };

/** A client for tests: pass the methods the test needs, the others fail loudly. */
export function mockConnectClient(methods: Partial<ConnectClient> = {}): MockConnectClient {
  const unexpected = (name: string) => async () => {
    throw new Error(`The test did not expect client.${name}()`);
  };
  return {
    getKey: vi.fn(methods.getKey ?? unexpected('getKey')),
    putKey: vi.fn(methods.putKey ?? unexpected('putKey')),
    verifyStoredKey: vi.fn(methods.verifyStoredKey ?? unexpected('verifyStoredKey')),
    putPublishableKey: vi.fn(methods.putPublishableKey ?? unexpected('putPublishableKey')),
    deleteKey: vi.fn(methods.deleteKey ?? unexpected('deleteKey')),
    listCharges: vi.fn(methods.listCharges ?? unexpected('listCharges')),
    getCharge: vi.fn(methods.getCharge ?? unexpected('getCharge')),
    createCharge: vi.fn(methods.createCharge ?? unexpected('createCharge')),
    createRefund: vi.fn(methods.createRefund ?? unexpected('createRefund')),
  };
}

/** Obviously fake keys, built at run time so that no key-shaped string sits in the sources. */
export const fakeKeys = {
  restricted: (mode: KeyMode = 'test') => `rk_${mode}_${'a1B2'.repeat(24)}`,
  secret: (mode: KeyMode = 'test') => `sk_${mode}_${'c3D4'.repeat(24)}`,
  publishable: (mode: KeyMode = 'test') => `pk_${mode}_${'e5F6'.repeat(24)}`,
  webhookSecret: () => `whsec_${'g7H8'.repeat(8)}`,
  hidden: (mode: KeyMode = 'test') => `rk_${mode}_${'•'.repeat(24)}a1B2`,
  tooShort: (mode: KeyMode = 'test') => `rk_${mode}_a1B2`,
};

export function verificationOf(
  charges: Permission,
  refunds: Permission,
  mode: KeyMode = 'test',
): VerificationResult {
  const problems: VerificationResult['problems'] = [];
  if (refunds === 'missing') {
    problems.push({
      code: 'permission_missing',
      permission: 'refunds',
      message:
        'This key cannot create refunds. In the Stripe Dashboard, edit the restricted key and set Refunds to Write.',
    });
  }
  if (charges === 'missing') {
    problems.push({
      code: 'permission_missing',
      permission: 'charges',
      message:
        'This key cannot create charges. In the Stripe Dashboard, edit the restricted key and set Charges to Write.',
    });
  }
  return {
    ok: charges === 'write' && refunds === 'write',
    mode,
    permissions: { charges, refunds },
    problems,
  };
}

export function connectedStatus(overrides: Partial<KeyStatus> = {}): KeyStatus {
  return {
    connected: true,
    mode: 'test',
    name: 'Acme_Pelago',
    redactedKey: 'rk_test_…A1b2',
    permissions: { charges: 'write', refunds: 'write' },
    verifiedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    updatedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    ...overrides,
  };
}

export function verifiedAnswer(status: KeyStatus = connectedStatus()): PutKeyResponse {
  return { status, verification: verificationOf('write', 'write', status.mode ?? 'test') };
}

/** The error the client throws for a key Stripe refuses (HTTP 422 with the verification). */
export function unusableKeyError(verification: VerificationResult): ConnectError {
  const problem = verification.problems[0];
  return new ConnectError(problem?.code ?? 'permission_missing', {
    status: 422,
    verification,
    ...(problem ? { message: problem.message } : {}),
  });
}

/** An error as the client reports it for `code`, with the server's usual status. */
export function errorOf(
  code: ConnectErrorCode,
  message = connectErrorMessages[code],
): ConnectError {
  return new ConnectError(code, { message, ...(code === 'network_error' ? { status: 0 } : {}) });
}

/** A promise the test settles by hand, rejecting with the signal's reason when aborted. */
export function deferred<T>(signal?: AbortSignal) {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  signal?.addEventListener('abort', () => reject(signal.reason));
  return { promise, resolve, reject };
}
