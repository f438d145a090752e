import {
  type ConnectErrorCode,
  connectErrorMessages,
  type KeyMode,
  type KeyProblem,
  type Permission,
  parseStripeKey,
  type VerificationResult,
} from '@pelago/connect-core';
import type Stripe from 'stripe';
import { isStripeError, isTimeout } from './toConnectError';

/** What one probe found out about one permission. */
interface ProbeOutcome {
  permission: Permission;
  problem?: KeyProblem;
}

type PermissionName = 'charges' | 'refunds';

/**
 * Verifies a restricted key without moving money. The pasted key is checked locally first
 * (secret, publishable, malformed and wrong-mode keys never reach Stripe). Then `POST /v1/charges`
 * and `POST /v1/refunds` are sent with empty bodies, concurrently, so the whole check costs one
 * round trip: Stripe checks the permission before the parameters, so 400 `parameter_missing`
 * (or 404 for a missing object) means the key may write, 403 means it may not, and 401 means
 * Stripe does not accept the key at all. Anything else leaves the permission `unknown`, never
 * granted.
 */
export async function verifyKeyWith(
  input: unknown,
  mode: KeyMode,
  clientFor: (key: string) => Stripe,
  probeTimeoutMs: number,
): Promise<VerificationResult> {
  const parsed = parseStripeKey(input, { mode });
  if (!parsed.ok) {
    return {
      ok: false,
      mode: parsed.mode ?? mode,
      permissions: { charges: 'unknown', refunds: 'unknown' },
      problems: [{ code: parsed.code, message: parsed.message }],
    };
  }

  const stripe = clientFor(parsed.key);
  // One attempt each: a retry would double the round trips, and `unknown` is an honest answer.
  const options: Stripe.RequestOptions = { maxNetworkRetries: 0, timeout: probeTimeoutMs };
  const [charges, refunds] = await Promise.all([
    probe('charges', () => stripe.charges.create({} as Stripe.ChargeCreateParams, options)),
    probe('refunds', () => stripe.refunds.create({}, options)),
  ]);

  const problems: KeyProblem[] = [];
  for (const problem of [charges.problem, refunds.problem]) {
    if (problem && !problems.some((seen) => sameProblem(seen, problem))) problems.push(problem);
  }
  return {
    ok: charges.permission === 'write' && refunds.permission === 'write',
    mode: parsed.mode,
    permissions: { charges: charges.permission, refunds: refunds.permission },
    problems,
  };
}

async function probe(name: PermissionName, send: () => Promise<unknown>): Promise<ProbeOutcome> {
  try {
    await send();
    // An empty create cannot succeed; whatever happened, it proves nothing.
    return unknown('invalid_request');
  } catch (error) {
    return classify(error, name);
  }
}

function classify(error: unknown, name: PermissionName): ProbeOutcome {
  if (!isStripeError(error)) return unknown('stripe_unavailable');
  const status = error.statusCode;
  switch (error.type) {
    case 'StripeInvalidRequestError':
      // Past the permission check: Stripe wants parameters (400) or an object that is missing (404).
      if (status === 400 && (error.code === 'parameter_missing' || error.param))
        return { permission: 'write' };
      if (status === 404 && error.code === 'resource_missing') return { permission: 'write' };
      return unknown('invalid_request');
    case 'StripePermissionError':
      return { permission: 'missing', problem: missingPermission(name) };
    case 'StripeAuthenticationError': {
      const code: ConnectErrorCode =
        error.code === 'api_key_expired' ? 'key_expired' : 'key_invalid';
      return { permission: 'unknown', problem: { code, message: connectErrorMessages[code] } };
    }
    case 'StripeRateLimitError':
      return unknown('rate_limited');
    case 'StripeConnectionError':
      return unknown(isTimeout(error) ? 'timeout' : 'network_error');
    default:
      return unknown('stripe_unavailable');
  }
}

function missingPermission(name: PermissionName): KeyProblem {
  const row = name === 'charges' ? 'Charges' : 'Refunds';
  return {
    code: 'permission_missing',
    permission: name,
    message: `This key cannot create ${name}. In the Stripe Dashboard, edit the restricted key and set ${row} to Write.`,
  };
}

function unknown(code: ConnectErrorCode): ProbeOutcome {
  return {
    permission: 'unknown',
    problem: {
      code,
      message: `${connectErrorMessages[code]} The key's permissions could not be checked yet.`,
    },
  };
}

function sameProblem(a: KeyProblem, b: KeyProblem): boolean {
  return a.code === b.code && a.permission === b.permission;
}
