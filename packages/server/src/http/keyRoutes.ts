import {
  ConnectError,
  type ConnectErrorCode,
  type GetKeyResponse,
  isRetryableCode,
  type KeyMode,
  type PutKeyResponse,
  type PutPublishableKeyResponse,
  parsePublishableKey,
  parseStripeKey,
  type VerificationResult,
} from '@pelago/connect-core';
import { KEY_IN_NAME_MESSAGE, looksLikeStripeKey } from '../vault/looksLikeStripeKey';
import { loadMerchantKey } from './loadMerchantKey';
import { optionalString } from './requestFields';
import type { RouteContext, RouteResult } from './routeTypes';

/**
 * `POST /key` `{ key, name?, publishableKey? }`: checks the pastes locally (a secret,
 * publishable, malformed or wrong-mode key answers 400 and never reaches Stripe; so does a
 * restricted or secret key where the publishable key goes, and a publishable key of the other
 * mode), verifies the key against Stripe, checks the publishable key against its account (see
 * `connect.verifyKey`), and stores both only when usable. An unusable key, or another account's
 * publishable key, answers 422 with the verification; the key stored before, if any, stays. A
 * name that looks like a key answers 400: names are stored in plain text.
 */
export async function putKey(context: RouteContext): Promise<RouteResult> {
  const name = optionalString(context.body, 'name', MAX_NAME_LENGTH)?.trim() || undefined;
  if (name !== undefined && looksLikeStripeKey(name)) {
    throw new ConnectError('validation_failed', { message: KEY_IN_NAME_MESSAGE });
  }
  const parsed = parseStripeKey(context.body.key, { mode: context.connect.mode });
  if (!parsed.ok) throw new ConnectError(parsed.code, { message: parsed.message, status: 400 });
  const publishableKey =
    context.body.publishableKey === undefined || context.body.publishableKey === null
      ? undefined
      : readPublishableKey(context.body.publishableKey, parsed.mode);

  const verification =
    publishableKey === undefined
      ? await context.connect.verifyKey(parsed.key)
      : await context.connect.verifyKey(parsed.key, { publishableKey });
  if (!verification.ok) throw unusableKey(verification);

  const status = await context.vault.put(context.merchantId, parsed.key, {
    name: name ?? null,
    mode: verification.mode,
    permissions: verification.permissions,
    verifiedAt: new Date(),
    ...(publishableKey === undefined
      ? {}
      : {
          publishableKey,
          publishableKeyPairing: verification.publishableKey?.pairing ?? 'unconfirmed',
        }),
  });
  const body: PutKeyResponse = { status, verification };
  return { status: 200, body };
}

/**
 * `PUT /key/publishable` `{ publishableKey }`: adds or changes the publishable key of the stored
 * key. Refused locally as in `POST /key` (400); then the stored key is verified again with it,
 * moving no money, and another account's publishable key (or one Stripe does not know) answers
 * 422. Stored with its pairing only while the same key is still stored (404 when it was removed
 * meanwhile, 409 when replaced). Answers the status and what the check found.
 */
export async function putPublishableKey(context: RouteContext): Promise<RouteResult> {
  const { vault } = context;
  if (typeof vault.setPublishableKey !== 'function') {
    throw new ConnectError('method_not_allowed', {
      message: 'This vault cannot store a publishable key.',
    });
  }
  const publishableKey = readPublishableKey(context.body.publishableKey, context.connect.mode);
  const key = await loadMerchantKey(context);
  const verification = await context.connect.verifyKey(key, { publishableKey });
  const check = verification.publishableKey ?? { pairing: 'unconfirmed' as const };
  if (check.problem) {
    throw new ConnectError(check.problem.code, {
      status: check.problem.code === 'publishable_key_wrong_mode' ? 400 : 422,
      message: check.problem.message,
      verification,
    });
  }
  const status = await vault.setPublishableKey(
    context.merchantId,
    key,
    publishableKey,
    check.pairing,
  );
  if (status === null) await keyWentAway(context);
  const body: PutPublishableKeyResponse = { status: status!, publishableKey: check };
  return { status: 200, body };
}

/**
 * The publishable key from a body field, cleaned up, or a 400 saying what to paste instead. A
 * restricted or secret key sent here is never stored, logged or repeated in the answer.
 */
function readPublishableKey(value: unknown, mode: KeyMode): string {
  const parsed = parsePublishableKey(value, { mode });
  if (parsed.ok) return parsed.key;
  throw new ConnectError(
    parsed.code === 'wrong_mode' ? 'publishable_key_wrong_mode' : 'publishable_key_invalid',
    { message: parsed.message, status: 400 },
  );
}

// The stored key changed while Stripe was asked: 404 when it is gone, 409 when replaced.
async function keyWentAway(context: RouteContext): Promise<never> {
  if (!(await context.vault.status(context.merchantId)).connected) {
    throw new ConnectError('key_not_connected');
  }
  throw new ConnectError('validation_failed', {
    status: 409,
    message: 'The key was replaced while it was being checked. Check the new key instead.',
  });
}

/**
 * `POST /key/verify`: verifies the stored key again (a merchant may have changed its permissions
 * or rolled it in the Dashboard) and records what Stripe said. A stored publishable key whose
 * pairing is not yet confirmed is checked again with it, and its new pairing recorded. The key
 * stays stored either way, so the merchant can see what to fix; the answer carries the
 * verification. When the key was removed while Stripe was asked, the answer is 404
 * `key_not_connected`; when another key was stored meanwhile, 409: the result is about a key
 * that is no longer there.
 */
export async function reverifyKey(context: RouteContext): Promise<RouteResult> {
  const key = await loadMerchantKey(context);
  const before = await context.vault.status(context.merchantId);
  const recheck =
    before.publishableKey !== undefined && before.publishableKeyPairing !== 'confirmed'
      ? before.publishableKey
      : undefined;
  const verification =
    recheck === undefined
      ? await context.connect.verifyKey(key)
      : await context.connect.verifyKey(key, { publishableKey: recheck });
  const stillAnswerable = verification.problems.every((p) => !isRetryableCode(p.code));
  if (!stillAnswerable) throw unusableKey(verification);
  // Only recorded while the same key is stored: Stripe may take seconds to answer.
  let status = await context.vault.recordVerification(context.merchantId, key, {
    mode: verification.mode,
    permissions: verification.permissions,
    verifiedAt: new Date(),
  });
  if (status === null) await keyWentAway(context);
  const pairing = verification.publishableKey?.pairing;
  if (
    recheck !== undefined &&
    pairing !== undefined &&
    pairing !== 'unconfirmed' &&
    status?.publishableKey === recheck &&
    context.vault.setPublishableKey
  ) {
    status =
      (await context.vault.setPublishableKey(context.merchantId, key, recheck, pairing)) ?? status;
  }
  const body: PutKeyResponse = { status: status!, verification };
  return { status: 200, body };
}

/** `GET /key`: the key's status from stored metadata (`connected: false` without a key). */
export async function getKey(context: RouteContext): Promise<RouteResult> {
  const body: GetKeyResponse = { status: await context.vault.status(context.merchantId) };
  return { status: 200, body };
}

/** `DELETE /key`: forgets the merchant's key; 204 whether or not one was stored. */
export async function deleteKey(context: RouteContext): Promise<RouteResult> {
  await context.vault.remove(context.merchantId);
  return { status: 204 };
}

const MAX_NAME_LENGTH = 200;
const KEY_PROBLEMS: readonly ConnectErrorCode[] = [
  'key_invalid',
  'key_expired',
  'permission_missing',
  'publishable_key_mismatch',
  'publishable_key_invalid',
  'publishable_key_wrong_mode',
];

// A key problem answers 422; when Stripe could not be asked, the availability code's own status
// (429, 502, 504) tells the merchant to try again rather than to fix the key.
function unusableKey(verification: VerificationResult): ConnectError {
  const problem =
    verification.problems.find((p) => KEY_PROBLEMS.includes(p.code)) ?? verification.problems[0];
  const code: ConnectErrorCode = problem?.code ?? 'permission_missing';
  const options = { verification, ...(problem ? { message: problem.message } : {}) };
  return isRetryableCode(code)
    ? new ConnectError(code, options)
    : new ConnectError(code, { ...options, status: 422 });
}
