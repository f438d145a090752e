/**
 * Origins allowed to send state-changing requests (and to read answers cross-origin): a list
 * of origins such as `https://partner.example`, or a function deciding per origin. The
 * request's own origin is always allowed.
 */
export type AllowedOrigins = readonly string[] | ((origin: string) => boolean);

/** Decides which browser origins may call the API. */
export interface OriginPolicy {
  /**
   * Whether a POST/DELETE may proceed: its `Origin` (or, without one, its `Referer`'s origin)
   * must be allowed; with neither, a `Sec-Fetch-Site` of `cross-site`/`same-site` is refused
   * and anything else (a non-browser client) is let through to `authorize`.
   */
  allowsStateChange(request: Request, requestOrigin: string): boolean;
  /** CORS headers for an allowed cross-origin caller; empty otherwise. */
  corsHeaders(request: Request, requestOrigin: string): Record<string, string>;
}

/** Builds the policy; throws a `TypeError` for an entry that is not an origin (or is `*`). */
export function createOriginPolicy(allowedOrigins: AllowedOrigins = []): OriginPolicy {
  const decide = typeof allowedOrigins === 'function' ? allowedOrigins : null;
  const listed = new Set(typeof allowedOrigins === 'function' ? [] : allowedOrigins.map(toOrigin));

  const isAllowed = (origin: string, requestOrigin: string): boolean =>
    origin === requestOrigin || listed.has(origin) || (decide !== null && decide(origin) === true);

  return {
    allowsStateChange(request, requestOrigin) {
      const origin = request.headers.get('origin');
      if (origin !== null) return origin !== 'null' && isAllowed(origin, requestOrigin);
      const referer = request.headers.get('referer');
      if (referer) {
        const refererOrigin = originOf(referer);
        return refererOrigin !== null && isAllowed(refererOrigin, requestOrigin);
      }
      const site = request.headers.get('sec-fetch-site');
      return site !== 'cross-site' && site !== 'same-site';
    },

    corsHeaders(request, requestOrigin): Record<string, string> {
      const origin = request.headers.get('origin');
      if (!origin || origin === 'null' || origin === requestOrigin) return {};
      if (!isAllowed(origin, requestOrigin)) return {};
      return {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        Vary: 'Origin',
      };
    },
  };
}

function toOrigin(entry: string): string {
  const origin = typeof entry === 'string' && entry !== '*' ? originOf(entry) : null;
  if (!origin) {
    throw new TypeError(
      `allowedOrigins entries must be origins such as "https://shop.example" (got ${JSON.stringify(entry)}).`,
    );
  }
  return origin;
}

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
