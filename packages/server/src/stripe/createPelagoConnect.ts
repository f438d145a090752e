import {
  type ConnectError,
  type KeyMode,
  type PublishableKeyCheck,
  redactKey,
  type VerificationResult,
} from '@pelago/connect-core';
import { checkPublishableKeyWith } from './checkPublishableKey';
import { createMerchantClient, type MerchantClient } from './merchantClient';
import { PerKeyCache } from './perKeyCache';
import { StripeClients, type StripeEndpoint } from './stripeClients';
import { type VerifyKeyOptions, verifyKeyWith } from './verifyKey';

/** Where the kit writes what it does. Keys only ever appear redacted (`rk_live_…9xQ2`). */
export interface PelagoConnectLogger {
  debug?(message: string, fields?: Record<string, unknown>): void;
  info?(message: string, fields?: Record<string, unknown>): void;
  warn?(message: string, fields?: Record<string, unknown>): void;
  error?(message: string, fields?: Record<string, unknown>): void;
}

/** Options of {@link createPelagoConnect}. */
export interface PelagoConnectOptions {
  /** Which keys are accepted: `rk_test_` in `'test'` (default), `rk_live_` in `'live'`. */
  mode?: KeyMode;
  /** Where Stripe is; point it at the offline sandbox in tests and demos. Default: Stripe. */
  stripe?: StripeEndpoint;
  /** Retries of the `stripe` package for connection errors, 409 and 5xx. Default 2. */
  maxNetworkRetries?: number;
  /** Milliseconds before a Stripe request is given up. Default 20000. */
  timeout?: number;
  /** Stripe API version. Default: the `stripe` package's own. */
  apiVersion?: string;
  logger?: PelagoConnectLogger;
}

/** Key verification and per-merchant Stripe operations. */
export interface PelagoConnect {
  readonly mode: KeyMode;
  /**
   * Checks a pasted restricted key: locally first, then against Stripe with two concurrent
   * probes that cannot move money (one round trip). Never throws for a bad key: the result says
   * what is wrong.
   *
   * With `{ publishableKey }`, the merchant's publishable key is checked too: locally (a `pk_`
   * of the connection's mode), then in test mode against the restricted key's account, moving
   * no money (one more round trip; see `checkPublishableKey`). The result's `publishableKey`
   * says what was found, and `ok` is false when it has a `problem`.
   */
  verifyKey(key: string, options?: VerifyKeyOptions): Promise<VerificationResult>;
  /**
   * Checks that `publishableKey` belongs to the account of `restrictedKey`, moving no money.
   * Test mode: a token is made with the publishable key (Stripe's always-declining test card),
   * then two charges of amount 0 with the restricted key tell whether that account knows the
   * token (`confirmed`), answers "No such token" (`mismatch`, with a `problem`), or cannot say
   * (`unconfirmed`). Live mode sends nothing (a live token needs a real card): `unconfirmed`
   * until the first successful payment. A malformed or wrong-mode paste, or a publishable key
   * Stripe does not know, comes back with a `problem`. Never throws.
   */
  checkPublishableKey(restrictedKey: string, publishableKey: string): Promise<PublishableKeyCheck>;
  /** Charges and refunds with a merchant's key. */
  merchant(key: string): MerchantClient;
}

/**
 * Creates the kit's Stripe side.
 *
 * @example
 * const connect = createPelagoConnect({ mode: 'live' });
 * const verification = await connect.verifyKey(pastedKey);
 * const charge = await connect.merchant(storedKey).charges.create(
 *   { amount: 2500, currency: 'eur', source: token },
 *   { idempotencyKey: orderId },
 * );
 */
export function createPelagoConnect(options: PelagoConnectOptions = {}): PelagoConnect {
  const mode: KeyMode = options.mode ?? 'test';
  if (mode !== 'test' && mode !== 'live') throw new TypeError("mode must be 'test' or 'live'.");
  const timeout = positiveInteger(options.timeout, 20_000, 'timeout');
  const clients = new StripeClients({
    ...(options.stripe ? { stripe: options.stripe } : {}),
    maxNetworkRetries: positiveInteger(options.maxNetworkRetries, 2, 'maxNetworkRetries', true),
    timeout,
    ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
  });
  const logger = options.logger ?? {};
  const clientFor = (key: string) => clients.get(key);
  const merchantClientFor = (key: string) => {
    const report = (error: ConnectError, operation: string) => {
      const log = error.retryable ? logger.warn : logger.info;
      log?.call(logger, 'Stripe request failed', {
        operation,
        key: redactKey(key),
        code: error.code,
        status: error.status,
        requestId: error.requestId,
      });
    };
    return createMerchantClient(key, mode, clientFor, report);
  };
  // The handler asks for a merchant's client on every request: build each one once.
  const merchants = new PerKeyCache<MerchantClient>(MAX_MERCHANT_CLIENTS);

  return {
    mode,
    async checkPublishableKey(restrictedKey, publishableKey) {
      const check = await checkPublishableKeyWith(
        restrictedKey,
        publishableKey,
        mode,
        clientFor,
        timeout,
      );
      logger.info?.('Stripe publishable key checked', {
        key: typeof restrictedKey === 'string' ? redactKey(restrictedKey) : undefined,
        pairing: check.pairing,
        problem: check.problem?.code,
      });
      return check;
    },
    async verifyKey(key, verifyOptions) {
      const result = await verifyKeyWith(key, mode, clientFor, timeout, verifyOptions);
      logger.info?.('Stripe key verified', {
        key: typeof key === 'string' ? redactKey(key) : undefined,
        ok: result.ok,
        permissions: result.permissions,
        problems: result.problems.map((problem) => problem.code),
        ...(result.publishableKey ? { publishableKeyPairing: result.publishableKey.pairing } : {}),
      });
      return result;
    },
    merchant(key) {
      // A non-string key is refused on each call by the client itself; it is never cached.
      if (typeof key !== 'string') return merchantClientFor(key);
      return merchants.get(key, () => merchantClientFor(key));
    },
  };
}

/** Merchant clients kept at once, as many as `StripeClients` keeps `stripe` clients. */
const MAX_MERCHANT_CLIENTS = 100;

function positiveInteger(
  value: unknown,
  fallback: number,
  name: string,
  zeroAllowed = false,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < (zeroAllowed ? 0 : 1)) {
    throw new TypeError(
      `${name} must be a whole number${zeroAllowed ? ' of 0 or more' : ' above 0'}.`,
    );
  }
  return value;
}
