import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { redactKey } from '@pelago/connect-core';
import { FaultInjector } from './faultInjector';
import { RequestLog } from './requestLog';
import { requiredPermission } from './routePermissions';
import {
  defaultSandboxKeys,
  hasPermission,
  KeyRing,
  type SandboxKeyInfo,
  type SandboxKeyOptions,
  type SandboxKeys,
} from './sandboxKeys';
import { type StripeEmulator, startStripeEmulator } from './stripeEmulator';
import {
  expiredKey,
  genericError,
  invalidKey,
  liveKeyRefused,
  missingKey,
  noSuchPaymentIntent,
  parameterMissing,
  permissionMissing,
  type StripeErrorAnswer,
} from './stripeErrorBodies';

/** Options of {@link startStripeSandbox}. */
export interface StripeSandboxOptions {
  /** Port on 127.0.0.1. Default 0: a free port chosen by the system. */
  port?: number;
  /**
   * Keys by role, merged over the defaults (`full`, `chargesOnly`, `readOnly`, `expired`). Every
   * key shares one merchant account unless its `account` says otherwise.
   */
  keys?: Record<string, SandboxKeyOptions>;
  /** Delay before every answer, to make round trips visible. Default 0. */
  latencyMs?: number;
  /** Makes the generated keys the same on every run (for fixtures and screenshots). */
  seed?: string;
}

/** A running sandbox. */
export interface StripeSandbox {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Always `127.0.0.1`. */
  readonly host: string;
  readonly port: number;
  /** Sample keys by role. */
  readonly keys: SandboxKeys;
  /** Faults for the next matching requests. */
  readonly faults: FaultInjector;
  /** Every request answered, with keys redacted. */
  readonly requests: RequestLog;
  /** Delay before every answer; may be changed while running. */
  latencyMs: number;
  /** Registers another key and returns it. */
  addKey(options: SandboxKeyOptions & { role?: string }): string;
  /** Marks a key as expired (rolled): it now gets 401 `api_key_expired`. */
  expireKey(key: string): void;
  /** Marks a key as deleted: it now gets 401 like an unknown key. */
  revokeKey(key: string): void;
  /** Every key the sandbox knows, with its permissions. */
  describeKeys(): SandboxKeyInfo[];
  /** Charges on a merchant account (default `'default'`), newest first, read from the emulator. */
  listCharges(account?: string): Promise<StripeObject[]>;
  /** Refunds on a merchant account, newest first. */
  listRefunds(account?: string): Promise<StripeObject[]>;
  /** How many charges exist on a merchant account, failed ones included. */
  countCharges(account?: string): Promise<number>;
  /** How many refunds exist on a merchant account. */
  countRefunds(account?: string): Promise<number>;
  /** Closes the sandbox and its emulator. */
  stop(): Promise<void>;
}

/** A Stripe object as JSON. */
export type StripeObject = { id: string; object: string } & Record<string, unknown>;

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
  keys.publishable = ring.generate('pk_test_', 'publishable');

  const emulator = await startStripeEmulator();
  const accounts = new Map<string, Promise<string>>();
  const accountId = (name: string): Promise<string> => {
    let id = accounts.get(name);
    if (!id) {
      id = emulator.createAccount();
      accounts.set(name, id);
    }
    return id;
  };
  await accountId('default');

  const faults = new FaultInjector();
  const requests = new RequestLog();
  const state = { latencyMs: options.latencyMs ?? 0, stopped: false };
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
    handle({ req, res, ring, emulator, accountId, faults, requests, state, sleep }).catch(() => {
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
    host: HOST,
    port,
    keys,
    faults,
    requests,
    get latencyMs() {
      return state.latencyMs;
    },
    set latencyMs(value: number) {
      state.latencyMs = value;
    },
    addKey: ({ role, ...keyOptions }) => ring.add(keyOptions, role),
    expireKey: (key) => ring.update(key, { expired: true }),
    revokeKey: (key) => ring.update(key, { revoked: true }),
    describeKeys: () => ring.list(),
    listCharges: (account) => objects('/v1/charges', account),
    listRefunds: (account) => objects('/v1/refunds', account),
    countCharges: async (account) => (await objects('/v1/charges', account)).length,
    countRefunds: async (account) => (await objects('/v1/refunds', account)).length,
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
  req: http.IncomingMessage;
  res: http.ServerResponse;
  ring: KeyRing;
  emulator: StripeEmulator;
  accountId(name: string): Promise<string>;
  faults: FaultInjector;
  requests: RequestLog;
  state: { latencyMs: number; stopped: boolean };
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

  const fault = ctx.faults.take({ method, path, key });
  await ctx.sleep(ctx.state.latencyMs + fault.latencyMs);
  // A client that gave up meanwhile still has its request processed, as with Stripe.
  if (ctx.state.stopped) return;

  if (fault.drop) {
    log(0, newRequestId(), { fault: 'drop' });
    req.socket.destroy();
    return;
  }
  if (fault.status) {
    const spec = fault.status;
    const status = spec.status ?? 500;
    const answer = genericError(status);
    const requestId = newRequestId();
    const payload = spec.body !== undefined ? spec.body : answer.body;
    log(status, requestId, { fault: 'status', ...errorCodeOf(payload) });
    res.writeHead(status, { ...jsonHeaders(requestId), ...spec.headers });
    res.end(JSON.stringify(payload));
    return;
  }

  const refusal = await checkKeyAndPermission(ctx, key, method, path, body);
  if (refusal) {
    const requestId = newRequestId();
    log(refusal.status, requestId, errorCodeOf(refusal.body));
    res.writeHead(refusal.status, jsonHeaders(requestId)).end(JSON.stringify(refusal.body));
    return;
  }

  const info = key === null ? undefined : ctx.ring.get(key);
  const account = await ctx.accountId(info?.account ?? 'default');
  const answer = await ctx.emulator.request({
    method,
    path: `${path}${url.search}`,
    account,
    body,
    headers: forwardedHeaders(req),
  });
  const requestId = headerValue(answer.headers, 'request-id') ?? newRequestId();
  const replayed = headerValue(answer.headers, 'idempotent-replayed') === 'true';
  let payload = answer.body;
  if (answer.status >= 500 && !isStripeError(payload)) {
    // The emulator answers its own crashes with a stack trace; Stripe never does.
    payload = Buffer.from(JSON.stringify(genericError(answer.status).body));
  }
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
  if (info.kind === 'restricted') {
    const required = requiredPermission(method, path);
    if (required.kind === 'other' || !hasPermission(info.permissions, required.permission)) {
      return permissionMissing(key, await ctx.accountId(info.account), required.permission);
    }
  }
  return parameterProblem(method, path, body);
}

/**
 * Stripe checks required parameters before looking anything up; the emulator answers an empty
 * refund with 404 "No such charge", so the sandbox answers these itself.
 */
function parameterProblem(method: string, path: string, body: Buffer): StripeErrorAnswer | null {
  if (method !== 'POST') return null;
  const params = new URLSearchParams(body.toString('utf8'));
  if (path === '/v1/refunds' && !params.get('charge')) {
    const paymentIntent = params.get('payment_intent');
    if (!paymentIntent) {
      return parameterMissing(
        'charge',
        'One of the following params should be provided for this request: payment_intent or charge.',
      );
    }
    // The emulator has no PaymentIntents: none can exist.
    return noSuchPaymentIntent(paymentIntent);
  }
  if (path === '/v1/charges') {
    if (!params.has('amount')) return parameterMissing('amount');
    if (!params.has('currency')) return parameterMissing('currency');
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
