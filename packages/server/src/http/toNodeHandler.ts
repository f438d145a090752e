import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConnectError } from '@pelago/connect-core';
import { isAmbiguousPath } from './ambiguousPath';
import { errorResponse } from './jsonResponse';

/** A node:http request listener that is also Express middleware. */
export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/**
 * Adapts a fetch-standard handler to node:http and Express. It builds a `Request` from the
 * incoming message (method, headers, a streamed body, and `req.originalUrl` when Express
 * mounted it under a path) and writes the `Response` back. With Express, requests outside the
 * handler's `basePath` go to `next()`.
 *
 * Mount it before body parsers; if `express.json()` already consumed the body, the parsed body
 * is passed on as JSON.
 *
 * @example
 * app.use('/api/pelago', toNodeHandler(handler));      // Express
 * http.createServer(toNodeHandler(handler)).listen(3000); // node:http
 */
export function toNodeHandler(
  handler: ((request: Request) => Promise<Response>) & { readonly basePath?: string },
): NodeHandler {
  return (req, res, next) => {
    const { url, rawPath } = requestUrl(req);
    if (next && handler.basePath !== undefined && !isUnder(url.pathname, handler.basePath)) {
      next();
      return;
    }
    if (isAmbiguousPath(rawPath, url.pathname)) {
      // Host middleware saw the raw path: never let URL parsing turn it into one of ours.
      req.resume();
      void writeResponse(errorResponse(new ConnectError('not_found')), res);
      return;
    }
    let converted: ReturnType<typeof toRequest>;
    try {
      converted = toRequest(req, res, url);
    } catch {
      // e.g. a method fetch refuses to represent (CONNECT, TRACE).
      req.resume();
      void writeResponse(errorResponse(new ConnectError('method_not_allowed')), res);
      return;
    }
    const { request, discardRest } = converted;
    handler(request)
      .then((response) => writeResponse(response, res))
      .catch((error: unknown) => {
        if (next) {
          next(error);
        } else if (!res.headersSent) {
          void writeResponse(errorResponse(new ConnectError('internal_error')), res);
        } else {
          res.destroy();
        }
      })
      // Whatever the handler left unread must not stall a kept-alive connection.
      .finally(discardRest);
  };
}

/** Bytes of an unread body discarded after an early answer before the connection is cut. */
const DRAIN_LIMIT = 1024 * 1024;

type ExpressRequest = IncomingMessage & { originalUrl?: string; body?: unknown; _body?: boolean };

/** The request's URL, and its path as the client sent it (for {@link isAmbiguousPath}). */
function requestUrl(req: ExpressRequest): { url: URL; rawPath: string } {
  const path = req.originalUrl ?? req.url ?? '/';
  const protocol = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  // Concatenated, never resolved: a path like //other.example must stay a path.
  const relative = path.startsWith('/') ? path : `/${path}`;
  const rawPath = relative.split(/[?#]/, 1)[0]!;
  try {
    return { url: new URL(`${protocol}://${req.headers.host ?? 'localhost'}${relative}`), rawPath };
  } catch {
    return { url: new URL(`${protocol}://localhost${relative}`), rawPath };
  }
}

function isUnder(pathname: string, basePath: string): boolean {
  return pathname.startsWith(`${basePath}/`);
}

function toRequest(
  req: ExpressRequest,
  res: ServerResponse,
  url: URL,
): { request: Request; discardRest(): void } {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (!name.startsWith(':')) headers.append(name, req.rawHeaders[i + 1]!);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const abort = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: abort.signal };
  let discardRest = () => {
    if (!req.readableEnded) req.resume();
  };
  if (method !== 'GET' && method !== 'HEAD') {
    const parsed = alreadyParsed(req);
    if (parsed !== null) {
      init.body = parsed;
    } else {
      const body = bodyStream(req);
      init.body = body.stream;
      discardRest = body.discardRest;
    }
    init.duplex = 'half';
  }
  return { request: new Request(url, init), discardRest };
}

// A body parser that ran before us has consumed the stream: pass on what it parsed.
function alreadyParsed(req: ExpressRequest): BodyInit | null {
  if (!req.readableEnded && req._body !== true) return null;
  const { body } = req;
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new Uint8Array(body);
  return JSON.stringify(body);
}

/** A request body as a web stream, and a way to throw away what the handler did not read. */
interface NodeBody {
  stream: ReadableStream<Uint8Array>;
  discardRest(): void;
}

// Unlike Readable.toWeb, cancelling (an early 413) leaves the socket open: the rest of the body
// is discarded after the answer is written, so the client still receives it.
function bodyStream(req: IncomingMessage): NodeBody {
  let state: 'idle' | 'reading' | 'done' = 'idle';
  let target: ReadableStreamDefaultController<Uint8Array> | null = null;
  const onData = (chunk: Buffer) => {
    target?.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if ((target?.desiredSize ?? 0) <= 0) req.pause();
  };
  const onEnd = () => {
    if (state === 'reading') target?.close();
    stop();
  };
  const onError = (error: Error) => {
    if (state === 'reading') target?.error(error);
    stop();
  };
  const stop = () => {
    state = 'done';
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
    req.pause();
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      // Nothing flows until the handler reads: a request refused early is never read at all.
      pull(controller) {
        if (state === 'idle') {
          state = 'reading';
          target = controller;
          req.on('data', onData);
          req.once('end', onEnd);
          req.once('error', onError);
        }
        if (state === 'reading') req.resume();
      },
      cancel: stop,
    },
    { highWaterMark: 0 },
  );
  return {
    stream,
    discardRest() {
      stop();
      if (req.readableEnded || req.destroyed) return;
      let discarded = 0;
      req.on('data', (chunk: Buffer) => {
        discarded += chunk.byteLength;
        if (discarded > DRAIN_LIMIT) req.destroy();
      });
      req.on('error', () => {});
      req.resume();
    },
  };
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  const cookies = response.headers.getSetCookie();
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await drained(res);
      if (res.destroyed) {
        await reader.cancel();
        return;
      }
    }
    res.end();
  } catch {
    res.destroy();
  }
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const settle = () => {
      res.off('drain', settle);
      res.off('close', settle);
      resolve();
    };
    res.on('drain', settle);
    res.on('close', settle);
  });
}
