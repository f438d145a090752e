import type http from 'node:http';

/** What a browser may send to `/v1/tokens` from any page. */
const preflightHeaders: http.OutgoingHttpHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers': 'Authorization, Content-Type, Stripe-Version, Idempotency-Key',
  'access-control-max-age': '600',
};

/** Paths a page may call with a publishable key, as Stripe.js calls Stripe. */
function isBrowserPath(path: string): boolean {
  return path === '/v1/tokens';
}

/**
 * Answers what only browsers ask: the fake Stripe.js at `GET /v3` (and `/v3/`) and CORS
 * preflights. Returns false for anything else, which goes on to the Stripe routes. None of
 * these is a Stripe request, so none is logged.
 */
export function answerBrowserRoute(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  script: () => Promise<string>,
): boolean {
  const method = (req.method ?? 'GET').toUpperCase();
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if ((method === 'GET' || method === 'HEAD') && (path === '/v3' || path === '/v3/')) {
    script().then(
      (text) => {
        res.writeHead(200, {
          'content-type': 'text/javascript; charset=utf-8',
          'content-length': Buffer.byteLength(text),
          'cache-control': 'no-cache',
          'access-control-allow-origin': '*',
        });
        res.end(method === 'HEAD' ? undefined : text);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(error instanceof Error ? error.message : 'The fake Stripe.js is not available.');
      },
    );
    return true;
  }
  if (method === 'OPTIONS') {
    // Secret-key routes get no CORS headers: a browser may not call them at all.
    res.writeHead(204, isBrowserPath(path) ? preflightHeaders : {}).end();
    return true;
  }
  return false;
}

/**
 * The CORS header of an answer: only for a browser path called with a publishable key, so a
 * page can read its token (or why there is none) and nothing else.
 */
export function corsHeaders(path: string, key: string | null): http.OutgoingHttpHeaders {
  return isBrowserPath(path) && key?.startsWith('pk_')
    ? { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'Request-Id' }
    : {};
}
