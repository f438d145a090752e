import {
  type ConnectErrorCode,
  connectErrorMessages,
  type KeyMode,
  type KeyProblem,
  type Permission,
  type PublishableKeyCheck,
  parsePublishableKey,
  parseStripeKey,
  type VerificationResult,
} from '@pelago/connect-core';
import type Stripe from 'stripe';
import { checkPairing, publishableKeyRefusal, startTokenProbe } from './checkPublishableKey';
import { permissionsNamedIn } from './permissionMessage';
import { probeId } from './probeId';
import { isStripeError, isTimeout } from './toConnectError';

/** What one probe found out about one permission. */
interface ProbeOutcome {
  permission: Permission;
  problem?: KeyProblem;
}

type PermissionName = 'charges' | 'refunds';

/** Options of `verifyKey`. */
export interface VerifyKeyOptions {
  /**
   * The same merchant's publishable key: checked locally, then (in test mode) against the
   * restricted key's account; the result's `publishableKey` says what was found.
   */
  publishableKey?: string;
}

/**
 * Verifies a restricted key without moving money. The pasted key is checked locally first
 * (secret, publishable, malformed and wrong-mode keys never reach Stripe). Then two well-formed
 * requests that name objects which do not exist are sent concurrently, so the whole check costs
 * one round trip:
 *
 * - `POST /v1/charges` of 1.00 USD with `source: tok_…` (a token id made up for the probe), and
 * - `POST /v1/refunds` with `charge: ch_…` (a charge id made up for the probe).
 *
 * Neither can be answered without the permission, because answering needs a look-up on the
 * account, and neither can move money, because the object is not there. So a `resource_missing`
 * answer (Stripe sends 400 or 404) means the key may write, 403 means it may not (Stripe's
 * message is read in its singular, plural and generic forms), and 401 means Stripe does not
 * accept the key. This holds whether Stripe checks permissions before or after parameters: the
 * parameters are valid. Anything else (a parameter error, 429, 5xx, a timeout) leaves the
 * permission `unknown`, never granted.
 *
 * With `options.publishableKey`, the publishable key is checked too (see `checkPairing`); in
 * test mode that costs one more round trip after the probes.
 */
export async function verifyKeyWith(
  input: unknown,
  mode: KeyMode,
  clientFor: (key: string) => Stripe,
  probeTimeoutMs: number,
  verifyOptions: VerifyKeyOptions = {},
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
  const publishable =
    verifyOptions.publishableKey !== undefined
      ? parsePublishableKey(verifyOptions.publishableKey, { mode: parsed.mode })
      : null;

  const stripe = clientFor(parsed.key);
  // One attempt each: a retry would double the round trips, and `unknown` is an honest answer.
  const options: Stripe.RequestOptions = { maxNetworkRetries: 0, timeout: probeTimeoutMs };
  // The token is made with the publishable key while the probes run: same round trip.
  const token =
    publishable?.ok === true
      ? startTokenProbe(publishable.key, parsed.mode, clientFor, options)
      : null;
  const [charges, refunds] = await Promise.all([
    probe('charges', () => stripe.charges.create(chargeProbe(), options)),
    probe('refunds', () => stripe.refunds.create({ charge: probeId('ch_') }, options)),
  ]);

  const problems: KeyProblem[] = [];
  for (const problem of [charges.problem, refunds.problem]) {
    if (problem && !problems.some((seen) => sameProblem(seen, problem))) problems.push(problem);
  }
  const result: VerificationResult = {
    ok: charges.permission === 'write' && refunds.permission === 'write',
    mode: parsed.mode,
    permissions: { charges: charges.permission, refunds: refunds.permission },
    problems,
  };
  if (!publishable) return result;

  let check: PublishableKeyCheck;
  if (!publishable.ok) {
    check = { pairing: 'unconfirmed', problem: publishableKeyRefusal(publishable) };
  } else {
    const made = token ? await token : {};
    if (made.refusal) check = { pairing: 'unconfirmed', problem: made.refusal };
    // Without the charge permission the pairing cannot be asked about.
    else if (!made.tokenId || charges.permission !== 'write') check = { pairing: 'unconfirmed' };
    else check = await checkPairing(stripe, made.tokenId, options);
  }
  if (check.problem) {
    result.ok = false;
    result.problems.push(check.problem);
  }
  result.publishableKey = check;
  return result;
}

/**
 * A charge that cannot take money: valid parameters (1.00 USD, above every currency's minimum
 * once converted) and a source token that does not exist on any account.
 */
function chargeProbe(): Stripe.ChargeCreateParams {
  return { amount: 100, currency: 'usd', source: probeId('tok_') };
}

async function probe(name: PermissionName, send: () => Promise<unknown>): Promise<ProbeOutcome> {
  try {
    await send();
    // The probe's object does not exist: a success proves nothing.
    return unknown('invalid_request');
  } catch (error) {
    return classify(error, name);
  }
}

function classify(error: unknown, name: PermissionName): ProbeOutcome {
  if (!isStripeError(error)) return unknown('stripe_unavailable');
  if (error.type === 'StripePermissionError' || error.statusCode === 403) {
    return { permission: 'missing', problem: missingPermission(name, error.message ?? '') };
  }
  switch (error.type) {
    case 'StripeInvalidRequestError':
      // Only a look-up on the account can say the made-up object is missing: past the permission.
      if (error.code === 'resource_missing') return { permission: 'write' };
      return unknown('invalid_request');
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

function missingPermission(name: PermissionName, stripeMessage: string): KeyProblem {
  const row = name === 'charges' ? 'Charges' : 'Refunds';
  const own = name === 'charges' ? 'rak_charge_' : 'rak_refund_';
  const named = permissionsNamedIn(stripeMessage);
  const others = named.filter((permission) => !permission.startsWith(own));
  const base = `This key cannot create ${name}. In the Stripe Dashboard, edit the restricted key and set ${row} to Write.`;
  return {
    code: 'permission_missing',
    permission: name,
    // Stripe may name a permission beyond the row (say, one for tokens): pass its name on.
    message:
      others.length > 0 && others.length === named.length
        ? `${base} Stripe also asks for: ${others.join(', ')}.`
        : base,
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
