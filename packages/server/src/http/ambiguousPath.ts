/**
 * Whether a request path as sent could be read as another path. URL parsing resolves `.` and
 * `..` segments (percent-encoded ones too) and turns `\` into `/`, so `/x/../api/pelago/key`
 * would reach the handler although host middleware matching the raw path on `/api/pelago`
 * (an authentication check, a rate limit) never saw it. Such paths answer 404 instead.
 *
 * @param rawPath the path as the client sent it, without the query
 * @param pathname the same path after URL parsing
 */
export function isAmbiguousPath(rawPath: string, pathname: string): boolean {
  return rawPath !== pathname || rawPath.includes('\\') || SUSPICIOUS.test(rawPath);
}

/**
 * The path of an absolute URL string as written, without parsing it: `http://h/a/../b?q` gives
 * `/a/../b`. Undefined when `href` does not start with a scheme and an authority.
 */
export function rawPathOf(href: string): string | undefined {
  const match = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/\\?#]*([^?#]*)/.exec(href);
  return match ? match[1] || '/' : undefined;
}

// Dot segments, plain or percent-encoded, and encoded slashes and backslashes.
const SUSPICIOUS = /(?:^|[/\\])(?:\.|%2e){1,2}(?:[/\\]|$)|%2f|%5c/i;
