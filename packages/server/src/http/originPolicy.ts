/**
 * Origins allowed to send state-changing requests (and to read answers cross-origin): a list
 * of origins such as `https://partner.example`, or a function deciding per origin. The page's
 * own origin is always allowed and needs no entry.
 */
export type AllowedOrigins = readonly string[] | ((origin: string) => boolean);

/** Options of {@link createOriginPolicy}, as `createConnectHandler` takes them. */
export interface OriginPolicyOptions {
  /** True cross-origin callers; they alone get CORS headers. */
  allowedOrigins?: AllowedOrigins | undefined;
  /**
   * Read the public host and scheme from `X-Forwarded-Host` and `X-Forwarded-Proto`. Only for
   * a server that is reachable through your proxy alone, which sets both headers itself.
   */
  trustProxy?: boolean | undefined;
  /**
   * The origins the site is served on, e.g. `['https://shop.example']`. When set, a request whose
   * `Host` is not one of them is refused, which shuts out DNS rebinding; the page's own origin is
   * then one of these exactly, scheme included.
   */
  publicOrigins?: readonly string[] | undefined;
}

/** Decides which browser origins may call the API. */
export interface OriginPolicy {
  /**
   * Whether the request may reach the routes at all: false only when `publicOrigins` is set and
   * the request's host is not one of them.
   */
  allowsHost(request: Request, fallbackOrigin: string): boolean;
  /**
   * Whether a POST/PUT/DELETE may proceed. Same-origin requests pass: `Sec-Fetch-Site:
   * same-origin` (or `none`), or an `Origin` (without one, a `Referer`) whose host is the
   * request's `Host`. So do listed cross-origin callers. A request with none of these headers
   * is not from a browser and goes on to `authorize`; `Sec-Fetch-Site: cross-site` or
   * `same-site` without a listed origin, an unlisted or `null` origin, are refused.
   *
   * `fallbackOrigin` (the request URL's origin) stands in when there is no `Host` header.
   */
  allowsStateChange(request: Request, fallbackOrigin: string): boolean;
  /** CORS headers for a listed cross-origin caller; empty for same-origin and other callers. */
  corsHeaders(request: Request, fallbackOrigin: string): Record<string, string>;
}

/**
 * Builds the policy; throws a `TypeError` for an entry that is not an origin (or is `*`). The
 * first argument may also be the allowed origins alone.
 */
export function createOriginPolicy(
  options: OriginPolicyOptions | AllowedOrigins = {},
): OriginPolicy {
  const {
    allowedOrigins = [],
    trustProxy = false,
    publicOrigins,
  } = isAllowedOrigins(options) ? { allowedOrigins: options } : options;
  const decide = typeof allowedOrigins === 'function' ? allowedOrigins : null;
  const listed = new Set(
    typeof allowedOrigins === 'function'
      ? []
      : allowedOrigins.map((entry) => toOrigin(entry, 'allowedOrigins')),
  );
  const pinned =
    publicOrigins === undefined
      ? null
      : publicOrigins.map((entry) => new URL(toOrigin(entry, 'publicOrigins')));
  if (pinned?.length === 0) {
    throw new TypeError(
      'publicOrigins must list at least one origin, e.g. "https://shop.example".',
    );
  }

  const isListed = (origin: string): boolean =>
    listed.has(origin) || (decide !== null && decide(origin) === true);

  /** Where the browser sent the request, as far as the server may believe it. */
  const target = (request: Request, fallbackOrigin: string): Target => {
    const fallback = new URL(fallbackOrigin);
    const forwardedHost = trustProxy ? firstValue(request.headers.get('x-forwarded-host')) : null;
    const forwardedProto = trustProxy ? firstValue(request.headers.get('x-forwarded-proto')) : null;
    const host = (forwardedHost ?? request.headers.get('host') ?? fallback.host).toLowerCase();
    const scheme = forwardedProto?.toLowerCase() ?? null;
    // Without a trusted proxy the scheme is unknown behind TLS termination: a plain socket may
    // still serve https pages. A server that terminates TLS itself knows it is https.
    const schemes = scheme ? [scheme] : fallback.protocol === 'https:' ? ['https'] : HTTP_SCHEMES;
    return { host, schemes };
  };

  const hostIsPublic = ({ host, schemes }: Target): boolean =>
    pinned === null ||
    pinned.some((origin) => sameHost(origin, host) && schemes.includes(schemeOf(origin)));

  const isOwnOrigin = (origin: string, own: Target): boolean => {
    const url = parseOrigin(origin);
    if (!url) return false;
    if (pinned !== null) return pinned.some((entry) => entry.origin === url.origin);
    return own.schemes.includes(schemeOf(url)) && sameHost(url, own.host);
  };

  return {
    allowsHost(request, fallbackOrigin) {
      return hostIsPublic(target(request, fallbackOrigin));
    },

    allowsStateChange(request, fallbackOrigin) {
      const own = target(request, fallbackOrigin);
      if (!hostIsPublic(own)) return false;
      const origin = request.headers.get('origin');
      // Sent by the browser itself and never settable by a page; a proxy may rewrite Host.
      const site = request.headers.get('sec-fetch-site');
      if (site === 'same-origin' || site === 'none') return true;
      if (origin !== null) {
        if (origin === 'null') return false;
        return isListed(origin) || (site === null && isOwnOrigin(origin, own));
      }
      const referer = request.headers.get('referer');
      if (referer) {
        const refererOrigin = parseOrigin(referer)?.origin;
        if (!refererOrigin) return false;
        return isListed(refererOrigin) || (site === null && isOwnOrigin(refererOrigin, own));
      }
      return site !== 'cross-site' && site !== 'same-site';
    },

    corsHeaders(request, fallbackOrigin): Record<string, string> {
      const origin = request.headers.get('origin');
      if (!origin || origin === 'null') return {};
      if (request.headers.get('sec-fetch-site') === 'same-origin') return {};
      const own = target(request, fallbackOrigin);
      if (!hostIsPublic(own) || isOwnOrigin(origin, own) || !isListed(origin)) return {};
      return {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        Vary: 'Origin',
      };
    },
  };
}

interface Target {
  /** `host[:port]` as the browser addressed it, lower case. */
  host: string;
  /** The schemes the page may have been served over. */
  schemes: readonly string[];
}

const HTTP_SCHEMES = ['http', 'https'];
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

function isAllowedOrigins(value: OriginPolicyOptions | AllowedOrigins): value is AllowedOrigins {
  return typeof value === 'function' || Array.isArray(value);
}

function schemeOf(url: URL): string {
  return url.protocol.slice(0, -1);
}

/** Whether `host` (a Host header) names the origin's host and port, default ports implied. */
function sameHost(origin: URL, host: string): boolean {
  const port = origin.port || DEFAULT_PORTS[schemeOf(origin)] || '';
  const parsed = parseHost(host);
  if (!parsed) return false;
  return (
    parsed.hostname === origin.hostname &&
    (parsed.port || DEFAULT_PORTS[schemeOf(origin)] || '') === port
  );
}

function parseHost(host: string): { hostname: string; port: string } | null {
  try {
    // A scheme without a default port, so an explicit :80 or :443 is kept as given.
    const url = new URL(`pelago-host://${host}`);
    if (url.pathname !== '' || url.username || url.password || url.search) return null;
    return { hostname: url.hostname, port: url.port };
  } catch {
    return null;
  }
}

function firstValue(header: string | null): string | null {
  const value = header?.split(',', 1)[0]?.trim();
  return value ? value : null;
}

function toOrigin(entry: string, option: string): string {
  const origin = typeof entry === 'string' && entry !== '*' ? parseOrigin(entry)?.origin : null;
  if (!origin) {
    throw new TypeError(
      `${option} entries must be origins such as "https://shop.example" (got ${JSON.stringify(entry)}).`,
    );
  }
  return origin;
}

function parseOrigin(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? null : parsed;
  } catch {
    return null;
  }
}
