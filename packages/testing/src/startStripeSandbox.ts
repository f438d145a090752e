import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { redactKey } from '@pelago/connect-core';
import { answerBrowserRoute, corsHeaders } from './browserRoutes';
import { CardTokens, isRefusal, type TokenObject } from './cardTokens';
import { fakeStripeJsServer } from './fakeStripeJsScript';
import { FaultInjector } from './faultInjector';
import { RefundOutcomes, type SandboxFailureReason } from './refundOutcomes';
import { RefundStates } from './refundStates';
import { RequestLog } from './requestLog';
import { requiredPermission } from './routePermissions';
import {
  defaultSandboxKeys,
  hasPermission,
  KeyRing,
  type SandboxKeyInfo,
  type SandboxKeyOptions,
  type SandboxKeys,
  type SandboxPermission,
} from './sandboxKeys';
import { emulatorInternals, type StripeEmulator, startStripeEmulator } from './stripeEmulator';
import {
  expiredKey,
  genericError,
  invalidKey,
  invalidPositiveInteger,
  liveKeyRefused,
  missingKey,
  noSuchPaymentIntent,
  parameterMissing,
  permissionMissing,
  publishableKeyRefused,
  type StripeErrorAnswer,
} from './stripeErrorBodies';

/** Options of {@link startStripeSandbox}. */
export interface StripeSandboxOptions {
  /** Port on 127.0.0.1. Default 0: a free port chosen by the system. */
  port?: number;
  /**
   * Keys by role, merged over the defaults (`full`, `chargesOnly`, `readOnly`, `expired`). Each
   * key is on a merchant account of its own (named after its role) unless its `account` names
   * one; keys naming the same account share it.
   */
  keys?: Record<string, SandboxKeyOptions>;
  /**
   * Answer a request's parameter problems (a missing parameter, an amount below 1) before its
   * permission check, as some Stripe endpoints are reported to do. Default false: the permission
   * is checked first. Looking objects up (a token, a charge) always comes after the permission.
   * May be changed while running through {@link StripeSandbox.checkParametersFirst}.
   */
  checkParametersFirst?: boolean;
  /** Delay before every answer, to make round trips visible. Default 0. */
  latencyMs?: number;
  /** Makes the generated keys the same on every run (for fixtures and screenshots). */
  seed?: string;
}

/** A running sandbox. */
export interface StripeSandbox {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /**
   * `{url}/v3`: the fake Stripe.js as a classic script. It sets `window.Stripe` (which
   * `loadStripe` from `@stripe/stripe-js` picks up) and makes tokens with this sandbox, on the
   * account of the publishable key given to `Stripe(pk)`.
   */
  readonly stripeJsUrl: string;
  /** Always `127.0.0.1`. */
  readonly host: string;
  readonly port: number;
  /** Sample keys by role. */
  readonly keys: SandboxKeys;
  /** Faults for the next matching requests. */
  readonly faults: FaultInjector;
  /** Every request answered, with keys redacted. */
  readonly requests: RequestLog;
  /** How the next refunds turn out: pending with a reason, or failing later. */
  readonly refundOutcomes: RefundOutcomes;
  /** Delay before every answer; may be changed while running. */
  latencyMs: number;
  /** See {@link StripeSandboxOptions.checkParametersFirst}; may be changed while running. */
  checkParametersFirst: boolean;
  /**
   * The name of the merchant account a registered key (restricted, secret or publishable)
   * belongs to, e.g. `'full'` for `keys.full`. Throws for a key the sandbox does not know.
   */
  accountOf(key: string): string;
  /**
   * The publishable key of a registered key's account, or of an account by name (`'default'` is
   * the `full` key's): the key Stripe.js would tokenize cards with for that merchant. Made on
   * first use; `keys.publishable` is `publishableKeyFor(keys.full)`.
   */
  publishableKeyFor(keyOrAccount: string): string;
  /**
   * Makes a card token on a merchant account directly, as Stripe.js would with that account's
   * publishable key (not in {@link StripeSandbox.requests}). Default account `'default'`, default
   * card 4242 4242 4242 4242; the test cards are listed in the testing guide (card tokens).
   */
  createToken(options?: SandboxTokenParams): TokenObject;
  /** Registers another key and returns it. */
  addKey(options: SandboxKeyOptions & { role?: string }): string;
  /** Marks a key as expired (rolled): it now gets 401 `api_key_expired`. */
  expireKey(key: string): void;
  /** Marks a key as deleted: it now gets 401 like an unknown key. */
  revokeKey(key: string): void;
  /**
   * Replaces a restricted key's permissions, as editing the key in the Dashboard does: the key
   * string stays the same, and the next requests meet the new permissions.
   */
  setKeyPermissions(key: string, permissions: readonly SandboxPermission[]): void;
  /** Every key the sandbox knows, with its permissions (publishable keys included). */
  describeKeys(): SandboxKeyInfo[];
  /**
   * Every key that must never be shown, for leak checks: the restricted and secret keys the
   * sandbox knows, and `keys.secret`. Publishable keys are public and left out.
   */
  secretKeys(): string[];
  /**
   * Charges on a merchant account (default `'default'`: the `full` key's), newest first, read
   * from the emulator.
   */
  listCharges(account?: string): Promise<StripeObject[]>;
  /** Refunds on a merchant account, newest first. */
  listRefunds(account?: string): Promise<StripeObject[]>;
  /** How many charges exist on a merchant account, failed ones included. */
  countCharges(account?: string): Promise<number>;
  /** How many refunds exist on a merchant account. */
  countRefunds(account?: string): Promise<number>;
  /**
   * Makes a charge on a merchant account directly (for seeding a demo or a test), as if an
   * attendee had paid: not through a key and not in {@link StripeSandbox.requests}.
   */
  createCharge(params: SandboxChargeParams): Promise<StripeObject>;
  /**
   * Opens a dispute (a chargeback) on an existing charge: it is then `disputed` and Stripe
   * refuses refunds of it with `charge_disputed`. A charge made with `source: 'tok_createDispute'`
   * is disputed a moment after it is made, as in Stripe's test mode.
   */
  disputeCharge(chargeId: string, options?: { account?: string }): Promise<StripeObject>;
  /**
   * Ends a pending refund: `succeeded` (default), or `failed` with a `failure_reason` (default
   * `expired_or_canceled_card`), which gives its amount back to the charge's `amount_refunded`.
   * Answers the refund as it is now.
   */
  settleRefund(
    refundId: string,
    options?: {
      status?: 'succeeded' | 'failed';
      failureReason?: SandboxFailureReason;
      account?: string;
    },
  ): Promise<StripeObject>;
  /** Closes the sandbox and its emulator. */
  stop(): Promise<void>;
}

/** A Stripe object as JSON. */
export type StripeObject = { id: string; object: string } & Record<string, unknown>;

/** What {@link StripeSandbox.createToken} makes. */
export interface SandboxTokenParams {
  /** Merchant account name. Default `'default'` (the `full` key's account). */
  account?: string;
  /** Or any registered key: the token is made on its account. */
  key?: string;
  /** A test card number, e.g. `'4000000000000002'` (declined). Default `'4242424242424242'`. */
  number?: string;
}

export type { TokenObject } from './cardTokens';

/** What {@link StripeSandbox.createCharge} makes. */
export interface SandboxChargeParams {
  /**
   * Merchant account name, as in a key's `account`. Default `'default'`: the account of the
   * `full` key (`accountOf(keys.full)`).
   */
  account?: string;
  /** In the currency's minor unit. */
  amount: number;
  currency: string;
  /** A test token. Default `tok_visa`; `tok_createDispute` makes a charge that gets disputed. */
  source?: string;
  description?: string;
  metadata?: Record<string, string>;
  receiptEmail?: string;
  /** `false` makes an authorised charge that was never captured. Default true. */
  capture?: boolean;
}

const HOST = '127.0.0.1';
const MAX_BODY_BYTES = 1024 * 1024;
const livePrefix = /^(rk|sk|pk)_live_/;

/**
 * Starts an offline Stripe sandbox on 127.0.0.1: the `stripe-stateful-mock` emulator behind a
 * layer that accepts restricted keys and enforces their permissions with Stripe's status codes
 * and wording. Point the `stripe` package at it with `{ host, port, protocol: 'http' }`.
 *
 * Each sandbox keeps its own charges and refunds, even with several in one process.
 */
export async function startStripeSandbox(
  options: StripeSandboxOptions = {},
): Promise<StripeSandbox> {
  const ring = new KeyRing(options.seed);
  const keys = {} as SandboxKeys;
  for (const [role, keyOptions] of Object.entries({ ...defaultSandboxKeys, ...options.keys })) {
    keys[role] = ring.add(keyOptions, role);
  }
  keys.secret = ring.generate('sk_test_', 'secret');

  // Before anything starts: a built package without its script fails here, clearly.
  const stripeJs = fakeStripeJsServer();
  const emulator = await startStripeEmulator();
  // 'default' names the full key's account, so seeding without an account lands where it shows.
  const accountName = (name: string): string =>
    name === 'default' ? (ring.get(keys.full)?.account ?? 'full') : name;
  const accounts = new Map<string, Promise<string>>();
  const accountId = (name: string): Promise<string> => {
    const resolved = accountName(name);
    let id = accounts.get(resolved);
    if (!id) {
      id = emulator.createAccount();
      accounts.set(resolved, id);
    }
    return id;
  };
  const publishableKeys = new Map<string, string>();
  const publishableKeyOf = (name: string): string => {
    const resolved = accountName(name);
    let key = publishableKeys.get(resolved);
    if (!key) {
      const isDefault = resolved === accountName('default');
      key = ring.generate('pk_test_', isDefault ? 'publishable' : `publishable:${resolved}`);
      ring.add({ key, account: resolved }, isDefault ? 'publishable' : `${resolved}:publishable`);
      publishableKeys.set(resolved, key);
    }
    return key;
  };
  const knownKey = (key: string) => {
    const info = ring.get(key);
    if (!info) throw new Error('The sandbox does not know this key.');
    return info;
  };
  keys.publishable = publishableKeyOf('default');
  // Every merchant of the sample keys can take payments: each account gets its publishable key.
  for (const info of ring.list()) if (info.kind === 'restricted') publishableKeyOf(info.account);
  await accountId('default');
  const tokens = new CardTokens();

  const faults = new FaultInjector();
  const requests = new RequestLog();
  const refundOutcomes = new RefundOutcomes();
  const refunds = new RefundStates(emulatorInternals());
  const state = {
    latencyMs: options.latencyMs ?? 0,
    checkParametersFirst: options.checkParametersFirst ?? false,
    stopped: false,
  };
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number) =>
    ms > 0
      ? new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, ms);
          timers.add(timer);
        })
      : Promise.resolve();

  const server = http.createServer((req, res) => {
    if (answerBrowserRoute(req, res, () => stripeJs(`http://${HOST}:${port}`))) return;
    const ctx = {
      req,
      res,
      ring,
      emulator,
      accountId,
      accountName,
      faults,
      requests,
      state,
      sleep,
    };
    handle({ ...ctx, refundOutcomes, refunds, tokens }).catch(() => {
      if (!res.headersSent && !res.destroyed) {
        const answer = genericError(500);
        res.writeHead(answer.status, jsonHeaders(newRequestId())).end(JSON.stringify(answer.body));
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  const objects = async (path: string, account = 'default'): Promise<StripeObject[]> => {
    const id = await accountId(account);
    const all: StripeObject[] = [];
    let startingAfter: string | undefined;
    for (;;) {
      const query = new URLSearchParams({ limit: '100' });
      if (startingAfter) query.set('starting_after', startingAfter);
      const answer = await emulator.request({
        method: 'GET',
        path: `${path}?${query}`,
        account: id,
      });
      const list = JSON.parse(answer.body.toString('utf8')) as {
        data: StripeObject[];
        has_more: boolean;
      };
      all.push(...list.data);
      if (!list.has_more || list.data.length === 0) return all;
      startingAfter = list.data.at(-1)?.id;
    }
  };

  return {
    url: `http://${HOST}:${port}`,
    stripeJsUrl: `http://${HOST}:${port}/v3`,
    host: HOST,
    port,
    keys,
    faults,
    requests,
    refundOutcomes,
    get latencyMs() {
      return state.latencyMs;
    },
    set latencyMs(value: number) {
      state.latencyMs = value;
    },
    get checkParametersFirst() {
      return state.checkParametersFirst;
    },
    set checkParametersFirst(value: boolean) {
      state.checkParametersFirst = value === true;
    },
    accountOf: (key) => accountName(knownKey(key).account),
    publishableKeyFor: (keyOrAccount) => {
      const info = ring.get(keyOrAccount);
      return publishableKeyOf(info ? info.account : keyOrAccount);
    },
    createToken({ account = 'default', key, number = '4242424242424242' } = {}) {
      const now = new Date();
      const made = tokens.create(
        accountName(key ? knownKey(key).account : account),
        new URLSearchParams({
          'card[number]': number,
          'card[exp_month]': String(now.getUTCMonth() + 1),
          'card[exp_year]': String(now.getUTCFullYear() + 2),
          'card[cvc]': '123',
        }),
      );
      if (isRefusal(made))
        throw new Error(`The sandbox could not make the token: ${made.body.error.message}`);
      return made;
    },
    addKey: ({ role, ...keyOptions }) => ring.add(keyOptions, role),
    expireKey: (key) => ring.update(key, { expired: true }),
    revokeKey: (key) => ring.update(key, { revoked: true }),
    setKeyPermissions: (key, permissions) => ring.update(key, { permissions: [...permissions] }),
    describeKeys: () => ring.list(),
    secretKeys: () => [
      ...ring
        .list()
        .filter((info) => info.kind !== 'publishable')
        .map((info) => info.key),
      keys.secret,
    ],
    listCharges: (account) => objects('/v1/charges', account),
    listRefunds: (account) => objects('/v1/refunds', account),
    countCharges: async (account) => (await objects('/v1/charges', account)).length,
    countRefunds: async (account) => (await objects('/v1/refunds', account)).length,
    async createCharge({ account = 'default', ...params }) {
      const form = new URLSearchParams({
        amount: String(params.amount),
        currency: params.currency,
        source: params.source ?? 'tok_visa',
      });
      if (params.description !== undefined) form.set('description', params.description);
      if (params.receiptEmail !== undefined) form.set('receipt_email', params.receiptEmail);
      if (params.capture === false) form.set('capture', 'false');
      for (const [name, value] of Object.entries(params.metadata ?? {})) {
        form.set(`metadata[${name}]`, value);
      }
      const answer = await emulator.request({
        method: 'POST',
        path: '/v1/charges',
        account: await accountId(account),
        body: Buffer.from(form.toString()),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      const charge = JSON.parse(answer.body.toString('utf8')) as StripeObject & {
        error?: { message?: string };
      };
      if (answer.status !== 200) {
        throw new Error(`The sandbox could not make the charge: ${charge.error?.message}`);
      }
      return charge;
    },
    disputeCharge: async (chargeId, { account = 'default' } = {}) =>
      refunds.dispute(await accountId(account), chargeId),
    settleRefund: async (refundId, { account = 'default', status, failureReason } = {}) =>
      status === 'failed'
        ? refunds.fail(await accountId(account), refundId, failureReason)
        : refunds.succeed(await accountId(account), refundId),
    async stop() {
      if (state.stopped) return;
      state.stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator.close();
    },
  };
}

interface HandlerContext {
  refundOutcomes: RefundOutcomes;
  refunds: RefundStates;
  tokens: CardTokens;
  req: http.IncomingMessage;
  res: http.ServerResponse;
  ring: KeyRing;
  emulator: StripeEmulator;
  accountId(name: string): Promise<string>;
  accountName(name: string): string;
  faults: FaultInjector;
  requests: RequestLog;
  state: { latencyMs: number; checkParametersFirst: boolean; stopped: boolean };
  sleep(ms: number): Promise<void>;
}

/** One request: key, faults, permission, parameter checks, then the emulator. */
async function handle(ctx: HandlerContext): Promise<void> {
  const { req, res } = ctx;
  const at = Date.now();
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  const path = url.pathname;
  const key = readKey(req);
  const idempotencyKey = headerValue(req.headers, 'idempotency-key');
  const body = await readBody(req);
  // A page may read the answers of its own publishable-key calls (tokens), nothing else.
  for (const [name, value] of Object.entries(corsHeaders(path, key))) {
    if (value !== undefined) res.setHeader(name, value);
  }

  const log = (status: number, requestId: string, extra: Partial<LoggedExtra> = {}) =>
    ctx.requests.record({
      method,
      path,
      keyRedacted: key === null ? null : redactKey(key),
      status,
      requestId,
      at,
      durationMs: Date.now() - at,
      ...(idempotencyKey ? { idempotencyKey } : {}),
      ...extra,
    });

  // Refunds due to fail "later" fail now, before this request sees them.
  ctx.refunds.applyDueFailures();
  const fault = ctx.faults.take({ method, path, key });
  await ctx.sleep(ctx.state.latencyMs + fault.latencyMs);
  // A client that gave up meanwhile still has its request processed, as with Stripe.
  if (ctx.state.stopped) return;

  const loseAnswer = (): boolean => {
    const afterAction = fault.afterAction ? { afterAction: true } : {};
    if (fault.drop) {
      log(0, newRequestId(), { fault: 'drop', ...afterAction });
      req.socket.destroy();
      return true;
    }
    if (fault.status) {
      const spec = fault.status;
      const status = spec.status ?? 500;
      const answer = genericError(status);
      const requestId = newRequestId();
      const payload = spec.body !== undefined ? spec.body : answer.body;
      log(status, requestId, { fault: 'status', ...afterAction, ...errorCodeOf(payload) });
      res.writeHead(status, { ...jsonHeaders(requestId), ...spec.headers });
      res.end(JSON.stringify(payload));
      return true;
    }
    return false;
  };
  if (!fault.afterAction && loseAnswer()) return;

  const answerWith = (answer: StripeErrorAnswer | { status: number; body: unknown }) => {
    const requestId = newRequestId();
    log(answer.status, requestId, answer.status >= 400 ? errorCodeOf(answer.body) : {});
    res.writeHead(answer.status, jsonHeaders(requestId)).end(JSON.stringify(answer.body));
  };
  const refusal = await checkKeyAndPermission(ctx, key, method, path, body);
  if (refusal) return answerWith(refusal);

  const info = key === null ? undefined : ctx.ring.get(key);
  const accountName = ctx.accountName(info?.account ?? 'default');
  const account = await ctx.accountId(accountName);
  if (method === 'POST' && path === '/v1/tokens') {
    const made = ctx.tokens.create(accountName, new URLSearchParams(body.toString('utf8')));
    return answerWith(isRefusal(made) ? made : { status: 200, body: made });
  }
  let forwarded = body;
  let usedToken: string | undefined;
  if (method === 'POST' && path === '/v1/charges') {
    const params = new URLSearchParams(body.toString('utf8'));
    const source = ctx.tokens.resolve(accountName, params.get('source'), idempotencyKey);
    if (source.kind === 'refuse') {
      if (source.token) ctx.tokens.markUsed(accountName, source.token, idempotencyKey);
      return answerWith(source.answer);
    }
    if (source.kind === 'charge') {
      // The emulator knows only Stripe's shared test tokens: charge with the one that behaves alike.
      params.set('source', source.source);
      forwarded = Buffer.from(params.toString());
      usedToken = source.token;
    }
  }
  const answer = await ctx.emulator.request({
    method,
    path: `${path}${url.search}`,
    account,
    body: forwarded,
    headers: forwardedHeaders(req),
  });
  if (usedToken && (answer.status === 200 || answer.status === 402)) {
    ctx.tokens.markUsed(accountName, usedToken, idempotencyKey);
  }
  const requestId = headerValue(answer.headers, 'request-id') ?? newRequestId();
  const replayed = headerValue(answer.headers, 'idempotent-replayed') === 'true';
  let payload = answer.body;
  if (answer.status >= 500 && !isStripeError(payload)) {
    // The emulator answers its own crashes with a stack trace; Stripe never does.
    payload = Buffer.from(JSON.stringify(genericError(answer.status).body));
  }
  const stored = `${account}\u0000${method}\u0000${path}\u0000${idempotencyKey ?? ''}`;
  if (replayed) {
    // A replay answers what the first request was answered, outcomes included.
    payload = ctx.refunds.storedAnswer(stored) ?? payload;
  } else if (method === 'POST' && path === '/v1/refunds' && answer.status === 200) {
    const shaped = ctx.refunds.applyOutcome(account, payload, ctx.refundOutcomes);
    if (shaped) {
      payload = shaped;
      if (idempotencyKey) ctx.refunds.storeAnswer(stored, shaped);
    }
  }
  // Stripe acted (and stored its answer under the idempotency key); the answer is lost.
  if (fault.afterAction && loseAnswer()) return;
  log(answer.status, requestId, {
    ...(replayed ? { replayed } : {}),
    ...(answer.status >= 400 ? errorCodeOf(safeJson(payload)) : {}),
  });
  const headers: http.OutgoingHttpHeaders = jsonHeaders(requestId);
  const original = headerValue(answer.headers, 'original-request');
  if (original) headers['original-request'] = original;
  if (replayed) headers['idempotent-replayed'] = 'true';
  res.writeHead(answer.status, headers).end(payload);
}

type LoggedExtra = { fault: 'status' | 'drop'; errorCode: string; replayed: boolean };

/** Stripe's answer when the key or its permissions do not allow the request, else null. */
async function checkKeyAndPermission(
  ctx: HandlerContext,
  key: string | null,
  method: string,
  path: string,
  body: Buffer,
): Promise<StripeErrorAnswer | null> {
  if (key === null || key === '') return missingKey();
  if (livePrefix.test(key)) return liveKeyRefused(key);
  const info = ctx.ring.get(key);
  if (!info || info.revoked) return invalidKey(key);
  if (info.expired) return expiredKey(key);
  if (info.kind === 'publishable' && !(method === 'POST' && path === '/v1/tokens')) {
    return publishableKeyRefused();
  }
  const params = method === 'POST' ? new URLSearchParams(body.toString('utf8')) : null;
  const strict = ctx.state.checkParametersFirst;
  if (params && strict) {
    const problem = parameterProblem(path, params, true);
    if (problem) return problem;
  }
  if (info.kind === 'restricted') {
    const required = requiredPermission(method, path);
    if (required.kind === 'other' || !hasPermission(info.permissions, required.permission)) {
      return permissionMissing(key, await ctx.accountId(info.account), required.permission);
    }
  }
  if (!params) return null;
  if (!strict) {
    const problem = parameterProblem(path, params, false);
    if (problem) return problem;
  }
  const paymentIntent = params.get('payment_intent');
  if (path === '/v1/refunds' && !params.get('charge') && paymentIntent) {
    // The emulator has no PaymentIntents: none can exist.
    return noSuchPaymentIntent(paymentIntent);
  }
  return null;
}

/**
 * A request's own parameter problems, found without looking anything up: missing parameters
 * (the emulator answers an empty refund with 404 "No such charge", so the sandbox answers these
 * itself) and, when parameters are checked first, a charge amount below 1.
 */
function parameterProblem(
  path: string,
  params: URLSearchParams,
  parametersFirst: boolean,
): StripeErrorAnswer | null {
  if (path === '/v1/refunds' && !params.get('charge') && !params.get('payment_intent')) {
    return parameterMissing(
      'charge',
      'One of the following params should be provided for this request: payment_intent or charge.',
    );
  }
  if (path === '/v1/charges') {
    if (!params.has('amount')) return parameterMissing('amount');
    if (!params.has('currency')) return parameterMissing('currency');
    const amount = Number(params.get('amount'));
    if (parametersFirst && (!Number.isInteger(amount) || amount < 1)) {
      return invalidPositiveInteger('amount');
    }
  }
  return null;
}

function readKey(req: http.IncomingMessage): string | null {
  const header = headerValue(req.headers, 'authorization');
  if (!header) return null;
  const bearer = /^Bearer\s+(.*)$/i.exec(header);
  if (bearer) return bearer[1]?.trim() ?? '';
  const basic = /^Basic\s+(.*)$/i.exec(header);
  if (basic) {
    // Stripe also takes the key as the user name of Basic auth.
    return (
      Buffer.from(basic[1] ?? '', 'base64')
        .toString('utf8')
        .split(':')[0] ?? ''
    );
  }
  return '';
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request body too large.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function forwardedHeaders(req: http.IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'idempotency-key', 'stripe-version']) {
    const value = headerValue(req.headers, name);
    if (value) headers[name] = value;
  }
  return headers;
}

function headerValue(headers: http.IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function jsonHeaders(requestId: string): http.OutgoingHttpHeaders {
  return {
    'content-type': 'application/json',
    'request-id': requestId,
    'cache-control': 'no-cache, no-store',
  };
}

function newRequestId(): string {
  return `req_${randomBytes(10).toString('base64url').replace(/[-_]/g, '').slice(0, 14)}`;
}

function safeJson(payload: Buffer | unknown): unknown {
  if (!Buffer.isBuffer(payload)) return payload;
  try {
    return JSON.parse(payload.toString('utf8'));
  } catch {
    return undefined;
  }
}

function isStripeError(payload: Buffer): boolean {
  const parsed = safeJson(payload) as { error?: { type?: unknown } } | undefined;
  return typeof parsed?.error?.type === 'string';
}

function errorCodeOf(payload: unknown): { errorCode?: string } {
  const code = (payload as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? { errorCode: code } : {};
}
