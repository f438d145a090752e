import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConnectError } from '@pelago/connect-core';
import { errorResponse } from './jsonResponse';
import { toNodeHandler } from './toNodeHandler';

/** Express error middleware (four parameters, so Express calls it with the error). */
export type NodeErrorHandler = (
  error: unknown,
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * Express error middleware for a body parser mounted before the kit: when `express.json()`
 * refuses a request under the handler's `basePath` (broken JSON, an unsupported charset, a body
 * over its limit), the kit answers with its own JSON error instead of Express's HTML page.
 * Broken JSON goes through the handler with the text as sent, so the origin check, `authorize`
 * and roles still come first. Any other error goes to `next(error)`.
 *
 * @example
 * app.use(express.json());
 * app.use(toNodeHandler(handler));
 * app.use(toNodeErrorHandler(handler));
 */
export function toNodeErrorHandler(
  handler: ((request: Request) => Promise<Response>) & { readonly basePath?: string },
): NodeErrorHandler {
  const node = toNodeHandler(handler);
  return (error, req, res, next) => {
    const failure = bodyParserFailure(error);
    const path = ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '/').split('?')[0]!;
    const ours = handler.basePath === undefined || path.startsWith(`${handler.basePath}/`);
    if (!failure || !ours || res.headersSent) {
      next(error);
      return;
    }
    if (failure.type === 'entity.too.large') {
      const limit = typeof failure.limit === 'number' ? ` (${failure.limit} bytes)` : '';
      void send(
        errorResponse(
          new ConnectError('payload_too_large', {
            message: `The request body is larger than the server accepts${limit}.`,
          }),
        ),
        res,
      );
      return;
    }
    // The parser already read the body: hand the kit the text it could not parse.
    (req as { body?: unknown }).body = typeof failure.body === 'string' ? failure.body : '';
    node(req, res, next);
  };
}

interface BodyParserFailure {
  type: string;
  body?: unknown;
  limit?: unknown;
}

/** body-parser's errors carry `type` (`entity.parse.failed`, `charset.unsupported`, …). */
function bodyParserFailure(error: unknown): BodyParserFailure | null {
  if (typeof error !== 'object' || error === null) return null;
  const { type } = error as { type?: unknown };
  if (typeof type !== 'string' || !/^(entity|charset|encoding)\./.test(type)) return null;
  return error as BodyParserFailure;
}

async function send(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.end(await response.text());
}
