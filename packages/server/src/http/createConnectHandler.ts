import {
  ConnectError,
  connectErrorMessages,
  isConnectError,
  redactKeysInText,
} from '@pelago/connect-core';
import type { PelagoConnectLogger } from '../stripe/index';
import { isMerchantId } from '../vault/merchantId';
import { isAmbiguousPath, rawPathOf } from './ambiguousPath';
import { type AuditHooks, createAuditNotifier } from './auditHooks';
import { answerWithoutResponse, readsNoAbortSignal } from './handlerTraits';
import { InFlightRequests } from './inFlightRequests';
import {
  emptyAnswer,
  errorAnswer,
  type HandlerAnswer,
  jsonAnswer,
  toResponse,
} from './jsonResponse';
import { type Lazy, lazyDependency } from './lazyDependency';
import { type AllowedOrigins, createOriginPolicy } from './originPolicy';
import { readJsonBody } from './readJsonBody';
import { bodyObject } from './requestFields';
import { type CanPerform, type ConnectRole, defaultCan } from './roles';
import { matchRoute } from './routeTable';
import type {
  ApproveCharge,
  HandlerConnect,
  HandlerVault,
  RouteResult,
  RouteSpec,
} from './routeTypes';

/** Who is calling, as the host app's `authorize` decides it. */
export interface ConnectAuthorization {
  /** The merchant whose key and Stripe account the request acts on. */
  merchantId: string;
  /** `owner`, `admin` or `viewer` for the default policy; anything your `can` understands. */
  role: ConnectRole | (string & {});
}

/**
 * The host app's authentication: read the session (cookie, bearer token, …) from the request
 * and answer who is calling, or null when nobody is signed in (401). The merchant id comes from
 * here only, never from the request body or URL.
 */
export type Authorize = (
  request: Request,
) => ConnectAuthorization | null | undefined | Promise<ConnectAuthorization | null | undefined>;

/** Options of {@link createConnectHandler}. */
export interface ConnectHandlerOptions extends AuditHooks {
  /**
   * From `createPelagoConnect(…)`, or a function returning it (called on the first request, so
   * importing the module does nothing).
   */
  connect: Lazy<HandlerConnect>;
  /**
   * From `createKeyVault(…)`, or a function returning it (called on the first request: a
   * missing secret is then reported in the log of that request, not when the module loads).
   */
  vault: Lazy<HandlerVault>;
  authorize: Authorize;
  /** Where the routes live. Default `/api/pelago`. */
  basePath?: string;
  /**
   * Cross-origin callers allowed to send POST/PUT/DELETE requests and to read answers through
   * CORS. The page's own origin needs no entry: it is recognised from `Sec-Fetch-Site`, or from
   * `Origin` against the `Host` header. Default: none.
   */
  allowedOrigins?: AllowedOrigins;
  /**
   * Take the public host and scheme from `X-Forwarded-Host` / `X-Forwarded-Proto`. Only when a
   * proxy you run sets them and the server cannot be reached around it. Default false.
   */
  trustProxy?: boolean;
  /**
   * The origins the site is served on, e.g. `['https://shop.example']`. When given, requests
   * addressed to any other host are refused (403 `origin_not_allowed`), which shuts out DNS
   * rebinding. Default: any host.
   */
  publicOrigins?: readonly string[];
  /** Largest JSON body in bytes. Default 16 KiB. */
  bodyLimit?: number;
  /** Role policy. Default {@link defaultCan}: owner/admin may do everything, viewer may read. */
  can?: CanPerform;
  /**
   * Checks each payment (`POST /charges`) before Stripe is asked, e.g. that its amount and
   * currency are what your server priced for the order its metadata names: a checkout page
   * sends the amount, and an attendee can change what a page sends. Return false to refuse it
   * (403 `forbidden`, nothing charged). Called again for a retry of the same payment. Default:
   * every payment the role may make.
   */
  approveCharge?: ApproveCharge;
  /**
   * Receives one line per unexpected error (500) and per Stripe or vault failure worth an
   * operator's attention; keys appear only redacted. Default: unexpected errors to
   * `console.error`.
   */
  logger?: PelagoConnectLogger;
}

/** A fetch-standard handler: `Request` in, `Response` out. */
export type ConnectHandler = ((request: Request) => Promise<Response>) & {
  /** The path prefix the handler answers under (used by `toNodeHandler` to call `next`). */
  readonly basePath: string;
};

/**
 * Serves the kit's HTTP API (`POST/GET/DELETE /key`, `POST /key/verify`, `PUT /key/publishable`,
 * `GET/POST /charges`, `GET /charges/:id`,
 * `POST /refunds`) as a fetch-standard handler: use it directly in Next.js route handlers, Bun, Deno or
 * Cloudflare-style runtimes, or through {@link toNodeHandler} in node:http and Express.
 *
 * @example
 * const handler = createConnectHandler({
 *   connect, vault,
 *   authorize: async (request) => {
 *     const session = await sessions.read(request);
 *     return session ? { merchantId: session.merchantId, role: session.role } : null;
 *   },
 *   allowedOrigins: ['https://admin.pelago.example'],
 *   // Who refunded what, for the host's own records (keyed by refundId: a replay repeats it).
 *   onRefund: (event) => audit.record('refund', event),
 * });
 */
export function createConnectHandler(options: ConnectHandlerOptions): ConnectHandler {
  const { authorize } = options;
  const resolveConnect = lazyDependency(options.connect, assertConnect);
  const resolveVault = lazyDependency(options.vault, assertVault);
  if (typeof authorize !== 'function') {
    throw new TypeError(
      'createConnectHandler needs authorize(request) → { merchantId, role } | null.',
    );
  }
  if (options.approveCharge !== undefined && typeof options.approveCharge !== 'function') {
    throw new TypeError('approveCharge must be a function that answers true or false.');
  }
  for (const hook of ['onRefund', 'onCharge'] as const) {
    if (options[hook] !== undefined && typeof options[hook] !== 'function') {
      throw new TypeError(`${hook} must be a function that receives each success.`);
    }
  }
  const basePath = normaliseBasePath(options.basePath ?? '/api/pelago');
  const bodyLimit = options.bodyLimit ?? 16 * 1024;
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1) {
    throw new TypeError('bodyLimit must be a positive whole number of bytes.');
  }
  const origins = createOriginPolicy({
    allowedOrigins: options.allowedOrigins,
    trustProxy: options.trustProxy,
    publicOrigins: options.publicOrigins,
  });
  const can = options.can ?? defaultCan;
  const logger = options.logger ?? defaultLogger;
  const inFlight = new InFlightRequests<RouteResult>();
  const audit = createAuditNotifier(
    { onRefund: options.onRefund, onCharge: options.onCharge },
    logger,
  );

  const answer = async (request: Request): Promise<HandlerAnswer> => {
    let cors: Record<string, string> = {};
    try {
      const url = new URL(request.url);
      cors = origins.corsHeaders(request, url.origin);
      const matched = matchPath(url.pathname, basePath);
      // Runtimes that hand over the request target as sent may keep `..` or `\` in it.
      const rawPath = rawPathOf(request.url) ?? url.pathname;
      if (!matched || isAmbiguousPath(rawPath, url.pathname)) {
        throw new ConnectError('not_found');
      }
      if (!origins.allowsHost(request, url.origin)) throw new ConnectError('origin_not_allowed');
      const { methods, params } = matched;
      const allow = [...Object.keys(methods), 'OPTIONS'].join(', ');
      const method = request.method.toUpperCase();
      if (method === 'OPTIONS') return preflight(allow, cors);
      const route: RouteSpec | undefined = Object.hasOwn(methods, method)
        ? methods[method]
        : undefined;
      if (!route)
        return errorAnswer(new ConnectError('method_not_allowed'), { ...cors, Allow: allow });

      if (route.changesState && !origins.allowsStateChange(request, url.origin)) {
        throw new ConnectError('origin_not_allowed');
      }
      const [connect, vault] = await Promise.all([resolveConnect(), resolveVault()]);
      const caller = await authorize(request);
      if (!caller) throw new ConnectError('unauthenticated');
      if (!isMerchantId(caller.merchantId)) {
        throw new Error(
          'authorize() returned a merchantId that is not a string of 1-200 characters',
        );
      }
      if (!can(caller.role, route.action)) throw new ConnectError('forbidden');

      const body = route.readsBody ? bodyObject(await readJsonBody(request, bodyLimit)) : {};
      const result = await route.run({
        request,
        url,
        merchantId: caller.merchantId,
        role: String(caller.role),
        params,
        body,
        connect,
        vault,
        inFlight,
        audit,
        ...(options.approveCharge ? { approveCharge: options.approveCharge } : {}),
      });
      return result.status === 204
        ? emptyAnswer(204, cors)
        : jsonAnswer(result.status, result.body, cors);
    } catch (error) {
      return failure(error, request, cors, logger);
    }
  };
  const handle = async (request: Request): Promise<Response> => toResponse(await answer(request));
  // No route reads request.signal, and node:http can take the answer as it is (handlerTraits.ts).
  return Object.assign(handle, {
    basePath,
    [readsNoAbortSignal]: true as const,
    [answerWithoutResponse]: answer,
  });
}

function assertConnect(connect: unknown): asserts connect is HandlerConnect {
  const candidate = connect as Partial<HandlerConnect> | null | undefined;
  if (typeof candidate?.verifyKey !== 'function' || typeof candidate.merchant !== 'function') {
    throw new TypeError('createConnectHandler needs connect: createPelagoConnect({ … }).');
  }
}

function assertVault(vault: unknown): asserts vault is HandlerVault {
  const candidate = vault as Partial<HandlerVault> | null | undefined;
  if (
    typeof candidate?.get !== 'function' ||
    typeof candidate.status !== 'function' ||
    typeof candidate.recordVerification !== 'function'
  ) {
    throw new TypeError('createConnectHandler needs vault: createKeyVault({ … }).');
  }
}

const defaultLogger: PelagoConnectLogger = {
  error: (message, fields) => console.error(message, fields),
};

function normaliseBasePath(path: string): string {
  if (typeof path !== 'string' || (path !== '' && !path.startsWith('/'))) {
    throw new TypeError('basePath must start with "/", e.g. "/api/pelago".');
  }
  return path.replace(/\/+$/, '');
}

function matchPath(pathname: string, basePath: string) {
  if (!pathname.startsWith(`${basePath}/`)) return null;
  return matchRoute(pathname.slice(basePath.length));
}

function preflight(allow: string, cors: Record<string, string>): HandlerAnswer {
  const headers: Record<string, string> = { ...cors, Allow: allow };
  if (cors['Access-Control-Allow-Origin']) {
    headers['Access-Control-Allow-Methods'] = allow;
    headers['Access-Control-Allow-Headers'] = 'Content-Type, Idempotency-Key, Authorization';
    headers['Access-Control-Max-Age'] = '600';
  }
  return emptyAnswer(204, headers);
}

function failure(
  error: unknown,
  request: Request,
  cors: Record<string, string>,
  logger: PelagoConnectLogger,
): HandlerAnswer {
  const where = { method: request.method, path: pathOf(request) };
  if (isConnectError(error)) {
    if (
      error.code === 'internal_error' &&
      error.cause !== undefined &&
      !isConnectError(error.cause)
    ) {
      // Something the SDK could not map (the stripe package throwing, say): log what it was.
      return failure(error.cause, request, cors, logger);
    }
    if (error.code === 'key_unreadable') {
      // The detail (a missing encryption key, a failed integrity check) is for the operator.
      logger.warn?.(`Stored Stripe key unreadable: ${error.message}`, where);
      return errorAnswer(new ConnectError('key_unreadable'), cors);
    }
    if (error.status >= 500) {
      logger.warn?.(`${error.code}: ${error.message}`, {
        ...where,
        status: error.status,
        ...(error.requestId ? { requestId: error.requestId } : {}),
      });
    }
    return errorAnswer(error, cors);
  }
  const detail =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  logger.error?.(
    `Unexpected error in the Pelago Connect handler: ${redactKeysInText(detail)}`,
    where,
  );
  return errorAnswer(
    new ConnectError('internal_error', { message: connectErrorMessages.internal_error }),
    cors,
  );
}

function pathOf(request: Request): string {
  try {
    return new URL(request.url).pathname;
  } catch {
    return '?';
  }
}
