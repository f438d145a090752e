import {
  connectErrorMessages,
  type KeyMode,
  type KeyProblem,
  type ParsedPublishableKey,
  type PublishableKeyCheck,
  parsePublishableKey,
} from '@pelago/connect-core';
import type Stripe from 'stripe';
import { probeId } from './probeId';
import { isStripeError } from './toConnectError';

/**
 * Stripe's test card that always declines (`card_declined`, `generic_decline`): the probe token
 * is made from it so that, whatever Stripe did with it, no charge could succeed.
 */
export const DECLINING_TEST_CARD = '4000000000000002';

/** What making the probe token found: its id, or why Stripe refused the publishable key. */
export interface TokenProbe {
  tokenId?: string;
  refusal?: KeyProblem;
}

/**
 * Makes a card token with the publishable key, as Stripe.js does in the browser. Test mode
 * only: a live token needs a real card, so in live mode nothing is sent and the pairing stays
 * `unconfirmed` until a payment succeeds. A 401 means Stripe does not know the publishable key.
 */
export function startTokenProbe(
  publishableKey: string,
  mode: KeyMode,
  clientFor: (key: string) => Stripe,
  options: Stripe.RequestOptions,
): Promise<TokenProbe> {
  if (mode !== 'test') return Promise.resolve({});
  const year = new Date().getUTCFullYear() + 2;
  return clientFor(publishableKey)
    .tokens.create(
      {
        card: { number: DECLINING_TEST_CARD, exp_month: '12', exp_year: String(year), cvc: '123' },
      },
      options,
    )
    .then((token): TokenProbe => ({ tokenId: token.id }))
    .catch((error: unknown): TokenProbe => {
      if (isStripeError(error) && error.type === 'StripeAuthenticationError') {
        return { refusal: { code: 'publishable_key_invalid', message: UNKNOWN_KEY_MESSAGE } };
      }
      return {};
    });
}

/**
 * Asks, moving no money, whether the token made with the publishable key is on the restricted
 * key's account. Two charges of amount 0 are sent at once with the restricted key: one with the
 * token, one with a token id that exists nowhere (the control). An amount of 0 is refused, so
 * neither can charge; the token is also of a card that always declines.
 *
 * What the answers rely on (Stripe's documented behaviour, and one observation per check):
 * - Stripe answers "No such token" (`resource_missing`) for a token of another account. So if
 *   the token's charge says so, the publishable key is another account's: `mismatch`. That
 *   reading holds whatever order Stripe checks things in: the token exists on the publishable
 *   key's account, and only a look-up on the restricted key's account can miss it.
 * - Whether Stripe looks the source up before it checks the amount is not documented. The
 *   control shows it for this request: if the control says "No such token" while the token's
 *   charge is refused for its amount, Stripe looked the token up on this account and found it:
 *   `confirmed`.
 * - Any other combination (both refused for the amount, a 403, a 5xx, a timeout) says nothing:
 *   `unconfirmed`, and the first successful payment confirms the pair.
 */
export async function checkPairing(
  restricted: Stripe,
  tokenId: string,
  options: Stripe.RequestOptions,
): Promise<PublishableKeyCheck> {
  const attempt = (source: string) =>
    restricted.charges.create({ amount: 0, currency: 'usd', source }, options).then(
      () => null,
      (error: unknown) => error,
    );
  const [pair, control] = await Promise.all([attempt(tokenId), attempt(probeId('tok_'))]);
  if (isNoSuchToken(pair)) {
    return {
      pairing: 'mismatch',
      problem: {
        code: 'publishable_key_mismatch',
        message: connectErrorMessages.publishable_key_mismatch,
      },
    };
  }
  if (isAmountRefusal(pair) && isNoSuchToken(control)) return { pairing: 'confirmed' };
  return { pairing: 'unconfirmed' };
}

/**
 * Checks a publishable key against a restricted key's account (for a publishable key added
 * after the restricted key was stored): locally, then as {@link checkPairing} says. Two round
 * trips in test mode, none in live mode.
 */
export async function checkPublishableKeyWith(
  restrictedKey: string,
  publishableKey: unknown,
  mode: KeyMode,
  clientFor: (key: string) => Stripe,
  timeoutMs: number,
): Promise<PublishableKeyCheck> {
  const parsed = parsePublishableKey(publishableKey, { mode });
  if (!parsed.ok) return { pairing: 'unconfirmed', problem: publishableKeyRefusal(parsed) };
  const options: Stripe.RequestOptions = { maxNetworkRetries: 0, timeout: timeoutMs };
  const token = await startTokenProbe(parsed.key, mode, clientFor, options);
  if (token.refusal) return { pairing: 'unconfirmed', problem: token.refusal };
  if (!token.tokenId) return { pairing: 'unconfirmed' };
  return checkPairing(clientFor(restrictedKey), token.tokenId, options);
}

/** The problem for a publishable key refused by `parsePublishableKey`. */
export function publishableKeyRefusal(
  parsed: Extract<ParsedPublishableKey, { ok: false }>,
): KeyProblem {
  return {
    code: parsed.code === 'wrong_mode' ? 'publishable_key_wrong_mode' : 'publishable_key_invalid',
    message: parsed.message,
  };
}

const UNKNOWN_KEY_MESSAGE =
  'Stripe does not recognise this publishable key: it may have been rolled or mistyped. Copy it again from Developers → API keys, under “Standard keys”.';

function isNoSuchToken(error: unknown): boolean {
  return (
    isStripeError(error) &&
    error.type === 'StripeInvalidRequestError' &&
    error.code === 'resource_missing' &&
    (error.param === 'source' || /no such token/i.test(error.message ?? ''))
  );
}

function isAmountRefusal(error: unknown): boolean {
  return (
    isStripeError(error) &&
    error.type === 'StripeInvalidRequestError' &&
    error.statusCode === 400 &&
    error.param === 'amount'
  );
}
