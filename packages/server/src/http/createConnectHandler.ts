import {
  ConnectError,
  connectErrorMessages,
  isConnectError,
  redactKeysInText,
} from '@pelago/connect-core';
import type { PelagoConnectLogger } from '../stripe/index';
import { isMerchantId } from '../vault/merchantId';
import { isAmbiguousPath, rawPathOf } from './ambiguousPath';
import { InFlightRequests } from './inFlightRequests';
import { emptyResponse, errorResponse, jsonResponse } from './jsonResponse';
import { type AllowedOrigins, createOriginPolicy } from './originPolicy';
import { readJsonBody } from './readJsonBody';
import { bodyObject } from './requestFields';
import { type CanPerform, type ConnectRole, defaultCan } from './roles';
import { routeTable } from './routeTable';
import type { HandlerConnect, HandlerVault, RouteResult, RouteSpec } from './routeTypes';

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
export interface ConnectHandlerOptions {
  /** From `createPelagoConnect(…)`. */
  connect: HandlerConnect;
  /** From `createKeyVault(…)`. */
  vault: HandlerVault;
  authorize: Authorize;
  /** Where the routes live. Default `/api/pelago`. */
  basePath?: string;
  /**
   * Browser origins allowed to send POST/DELETE requests (and to read answers through CORS),
   * besides the request's own origin. Default: the request's own origin only.
   */
  allowedOrigins?: AllowedOrigins;
  /** Largest JSON body in bytes. Default 16 KiB. */
  bodyLimit?: number;
  /** Role policy. Default {@link defaultCan}: owner/admin may do everything, viewer may read. */
  can?: CanPerform;
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
 * Serves the kit's HTTP API (`POST/GET/DELETE /key`, `GET/POST /charges`, `POST /refunds`)
 * as a fetch-standard handler: use it directly in Next.js route handlers, Bun, Deno or
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
 * });
 */
export function createConnectHandler(options: ConnectHandlerOptions): ConnectHandler {
  const { connect, vault, authorize } = options;
  if (
    !connect ||
    typeof connect.verifyKey !== 'function' ||
    typeof connect.merchant !== 'function'
  ) {
    throw new TypeError('createConnectHandler needs connect: createPelagoConnect({ … }).');
  }
  if (
    !vault ||
    typeof vault.get !== 'function' ||
    typeof vault.status !== 'function' ||
    typeof vault.recordVerification !== 'function'
  ) {
    throw new TypeError('createConnectHandler needs vault: createKeyVault({ … }).');
  }
  if (typeof authorize !== 'function') {
    throw new TypeError(
      'createConnectHandler needs authorize(request) → { merchantId, role } | null.',
    );
  }
  const basePath = normaliseBasePath(options.basePath ?? '/api/pelago');
  const bodyLimit = options.bodyLimit ?? 16 * 1024;
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1) {
    throw new TypeError('bodyLimit must be a positive whole number of bytes.');
  }
  const origins = createOriginPolicy(options.allowedOrigins);
  const can = options.can ?? defaultCan;
  const logger = options.logger ?? defaultLogger;
  const inFlight = new InFlightRequests<RouteResult>();

  const handle = async (request: Request): Promise<Response> => {
    let cors: Record<string, string> = {};
    try {
      const url = new URL(request.url);
      cors = origins.corsHeaders(request, url.origin);
      const methods = matchPath(url.pathname, basePath);
      // Runtimes that hand over the request target as sent may keep `..` or `\` in it.
      const rawPath = rawPathOf(request.url) ?? url.pathname;
      if (!methods || isAmbiguousPath(rawPath, url.pathname)) {
        throw new ConnectError('not_found');
      }
      const allow = [...Object.keys(methods), 'OPTIONS'].join(', ');
      const method = request.method.toUpperCase();
      if (method === 'OPTIONS') return preflight(allow, cors);
      const route: RouteSpec | undefined = Object.hasOwn(methods, method)
        ? methods[method]
        : undefined;
      if (!route)
        return errorResponse(new ConnectError('method_not_allowed'), { ...cors, Allow: allow });

      if (route.changesState && !origins.allowsStateChange(request, url.origin)) {
        throw new ConnectError('origin_not_allowed');
      }
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
        body,
        connect,
        vault,
        inFlight,
      });
      return result.status === 204
        ? emptyResponse(204, cors)
        : jsonResponse(result.status, result.body, cors);
    } catch (error) {
      return failure(error, request, cors, logger);
    }
  };
  return Object.assign(handle, { basePath });
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
  const rest = pathname.slice(basePath.length);
  return Object.hasOwn(routeTable, rest) ? routeTable[rest]! : null;
}

function preflight(allow: string, cors: Record<string, string>): Response {
  const headers: Record<string, string> = { ...cors, Allow: allow };
  if (cors['Access-Control-Allow-Origin']) {
    headers['Access-Control-Allow-Methods'] = allow;
    headers['Access-Control-Allow-Headers'] = 'Content-Type, Idempotency-Key, Authorization';
    headers['Access-Control-Max-Age'] = '600';
  }
  return emptyResponse(204, headers);
}

function failure(
  error: unknown,
  request: Request,
  cors: Record<string, string>,
  logger: PelagoConnectLogger,
): Response {
  const where = { method: request.method, path: pathOf(request) };
  if (isConnectError(error)) {
    if (error.code === 'key_unreadable') {
      // The detail (a missing encryption key, a failed integrity check) is for the operator.
      logger.warn?.(`Stored Stripe key unreadable: ${error.message}`, where);
      return errorResponse(new ConnectError('key_unreadable'), cors);
    }
    if (error.status >= 500) {
      logger.warn?.(`${error.code}: ${error.message}`, {
        ...where,
        status: error.status,
        ...(error.requestId ? { requestId: error.requestId } : {}),
      });
    }
    return errorResponse(error, cors);
  }
  const detail =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  logger.error?.(
    `Unexpected error in the Pelago Connect handler: ${redactKeysInText(detail)}`,
    where,
  );
  return errorResponse(
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
