import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConnectError } from '@pelago/connect-core';
import { isAmbiguousPath } from './ambiguousPath';
import {
  type AnswerWithoutResponse,
  answerWithoutResponse,
  readsNoAbortSignal,
} from './handlerTraits';
import { errorResponse, type HandlerAnswer, jsonResponseText } from './jsonResponse';
import { discardUnreadBody, lingerAfterAnswer } from './unreadBody';

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
 * Every answer reaches the client: what the handler leaves of a body (a 413, a `DELETE` sent
 * with one) is read and discarded first, up to 1 MiB; past that the answer carries
 * `Connection: close` and the connection closes once the client has stopped sending.
 *
 * @example
 * app.use('/api/pelago', toNodeHandler(handler));      // Express
 * http.createServer(toNodeHandler(handler)).listen(3000); // node:http
 */
export function toNodeHandler(
  handler: ((request: Request) => Promise<Response>) & {
    readonly basePath?: string;
    readonly [readsNoAbortSignal]?: boolean;
    readonly [answerWithoutResponse]?: AnswerWithoutResponse;
  },
): NodeHandler {
  const withSignal = handler[readsNoAbortSignal] !== true;
  // The kit's own handler answers without building a Response, for node:http to write directly.
  const direct = handler[answerWithoutResponse];
  const respond = direct
    ? (request: Request) => direct(request).then(answerWriter)
    : (request: Request) => handler(request).then(responseWriter);
  return (req, res, next) => {
    const { url, rawPath } = requestUrl(req);
    if (next && handler.basePath !== undefined && !isUnder(url.pathname, handler.basePath)) {
      next();
      return;
    }
    if (isAmbiguousPath(rawPath, url.pathname)) {
      // Host middleware saw the raw path: never let URL parsing turn it into one of ours.
      void answer(req, res, errorResponse(new ConnectError('not_found')));
      return;
    }
    let converted: ReturnType<typeof toRequest>;
    try {
      converted = toRequest(req, res, url, withSignal);
    } catch {
      void answer(req, res, errorResponse(unrepresentable(req)));
      return;
    }
    const { request, body } = converted;
    respond(request).then(
      (write) => answer(req, res, write, body),
      async (error: unknown) => {
        await settleBody(req, res, body);
        if (next) {
          next(error);
        } else if (!res.headersSent) {
          await writeResponse(errorResponse(new ConnectError('internal_error')), res);
        } else {
          res.destroy();
        }
      },
    );
  };
}

/**
 * The rest of a body the handler left unread is read and discarded before answering, up to this
 * many bytes; past it the answer goes out with `Connection: close` (see `unreadBody.ts`).
 */
const DISCARD_LIMITS = { bytes: 1024 * 1024, ms: 5_000 };

/** How long a connection closed after an answer may keep receiving what the client still sends. */
const LINGER_MS = 10_000;

// Methods fetch refuses to represent; anything else `new Request` refuses is a malformed request.
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

function unrepresentable(req: IncomingMessage): ConnectError {
  if (FORBIDDEN_METHODS.has((req.method ?? '').toUpperCase())) {
    return new ConnectError('method_not_allowed');
  }
  // e.g. a Host header with credentials (user@host), which no URL of ours may carry.
  return new ConnectError('validation_failed', {
    message: 'The request could not be read: check its Host header and URL.',
  });
}

/** Writes `response` once the request body is out of the way, so the client receives it. */
async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  write: Writer | Response,
  body?: NodeBody,
): Promise<void> {
  await settleBody(req, res, body);
  await (typeof write === 'function' ? write(res) : writeResponse(write, res));
}

/** Writes an answer onto a ServerResponse. */
type Writer = (res: ServerResponse) => void | Promise<void>;

const answerWriter =
  (result: HandlerAnswer): Writer =>
  (res) =>
    writeAnswer(result, res);

const responseWriter =
  (response: Response): Writer =>
  (res) =>
    writeResponse(response, res);

// One writeHead and one end: headers, length and body leave in a single write.
function writeAnswer(result: HandlerAnswer, res: ServerResponse): void {
  if (result.body === null) {
    res.writeHead(result.status, result.headers).end();
    return;
  }
  const length = String(Buffer.byteLength(result.body));
  res.writeHead(result.status, { ...result.headers, 'Content-Length': length }).end(result.body);
}

/**
 * Stops feeding the handler and discards the unread rest of the body. When too much or too
 * slow, the answer closes the connection, gently.
 */
async function settleBody(req: IncomingMessage, res: ServerResponse, body?: NodeBody) {
  body?.stop();
  if (await discardUnreadBody(req, DISCARD_LIMITS)) return;
  if (!res.headersSent) res.setHeader('Connection', 'close');
  lingerAfterAnswer(req.socket, LINGER_MS);
}

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
  withSignal: boolean,
): { request: Request; body?: NodeBody } {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (!name.startsWith(':')) headers.append(name, req.rawHeaders[i + 1]!);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (withSignal) {
    // Aborted when the client goes away before the answer is written.
    const abort = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    init.signal = abort.signal;
  }
  let body: NodeBody | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const parsed = alreadyParsed(req);
    if (parsed !== null) {
      init.body = parsed;
    } else {
      body = bodyStream(req);
      init.body = body.stream;
    }
    init.duplex = 'half';
  }
  const request = new Request(url, init);
  return body ? { request, body } : { request };
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

/** A request body as a web stream, and a way to stop feeding it. */
interface NodeBody {
  stream: ReadableStream<Uint8Array>;
  /** Detaches the stream from the request; what is left is for `discardUnreadBody`. */
  stop(): void;
}

// Unlike Readable.toWeb, cancelling (an early 413) leaves the socket open: the rest of the body
// is discarded before the answer is written, so the client still receives it.
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
  return { stream, stop };
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  const cookies = response.headers.getSetCookie();
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  const text = jsonResponseText(response);
  if (text !== undefined) {
    // The kit's own answers: written from their text in one piece, without reading the stream.
    res.setHeader('content-length', Buffer.byteLength(text));
    res.end(text);
    return;
  }
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
