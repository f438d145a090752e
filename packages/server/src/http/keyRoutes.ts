import {
  ConnectError,
  type ConnectErrorCode,
  type GetKeyResponse,
  isRetryableCode,
  type PutKeyResponse,
  parseStripeKey,
  type VerificationResult,
} from '@pelago/connect-core';
import { KEY_IN_NAME_MESSAGE, looksLikeStripeKey } from '../vault/looksLikeStripeKey';
import { loadMerchantKey } from './loadMerchantKey';
import { optionalString } from './requestFields';
import type { RouteContext, RouteResult } from './routeTypes';

/**
 * `POST /key` `{ key, name? }`: checks the paste locally (a secret, publishable, malformed or
 * wrong-mode key answers 400 and never reaches Stripe), verifies it against Stripe, and stores
 * it only when usable. An unusable key answers 422 with the verification; the key stored
 * before, if any, stays. A name that looks like a key answers 400: names are stored in plain
 * text.
 */
export async function putKey(context: RouteContext): Promise<RouteResult> {
  const name = optionalString(context.body, 'name', MAX_NAME_LENGTH)?.trim() || undefined;
  if (name !== undefined && looksLikeStripeKey(name)) {
    throw new ConnectError('validation_failed', { message: KEY_IN_NAME_MESSAGE });
  }
  const parsed = parseStripeKey(context.body.key, { mode: context.connect.mode });
  if (!parsed.ok) throw new ConnectError(parsed.code, { message: parsed.message, status: 400 });

  const verification = await context.connect.verifyKey(parsed.key);
  if (!verification.ok) throw unusableKey(verification);

  const status = await context.vault.put(context.merchantId, parsed.key, {
    name: name ?? null,
    mode: verification.mode,
    permissions: verification.permissions,
    verifiedAt: new Date(),
  });
  const body: PutKeyResponse = { status, verification };
  return { status: 200, body };
}

/**
 * `POST /key/verify`: verifies the stored key again (a merchant may have changed its permissions
 * or rolled it in the Dashboard) and records what Stripe said. The key stays stored either way, so
 * the merchant can see what to fix; the answer carries the verification. When the key was
 * removed while Stripe was asked, the answer is 404 `key_not_connected`; when another key was
 * stored meanwhile, 409: the result is about a key that is no longer there.
 */
export async function reverifyKey(context: RouteContext): Promise<RouteResult> {
  const key = await loadMerchantKey(context);
  const verification = await context.connect.verifyKey(key);
  const stillAnswerable = verification.problems.every((p) => !isRetryableCode(p.code));
  if (!stillAnswerable) throw unusableKey(verification);
  // Only recorded while the same key is stored: Stripe may take seconds to answer.
  const status = await context.vault.recordVerification(context.merchantId, key, {
    mode: verification.mode,
    permissions: verification.permissions,
    verifiedAt: new Date(),
  });
  if (status === null) {
    if (!(await context.vault.status(context.merchantId)).connected) {
      throw new ConnectError('key_not_connected');
    }
    throw new ConnectError('validation_failed', {
      status: 409,
      message: 'The key was replaced while it was being checked. Check the new key instead.',
    });
  }
  const body: PutKeyResponse = { status, verification };
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
