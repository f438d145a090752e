import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/**
 * What to do with the part of a request body the handler did not read, so that its answer
 * reaches the client. Closing a TCP socket with unread bytes in its receive buffer makes the
 * kernel send a reset, and a reset can overtake the answer written just before it: a client
 * still sending its body then sees ECONNRESET instead of the 413 or 204. So the rest of a small
 * body is read and thrown away before answering (the connection stays usable), and after an
 * answer to a large one the connection is closed from our side only once the client has stopped
 * sending (a "lingering close"), within a time bound.
 */

/** Limits for {@link discardUnreadBody}. */
export interface DiscardLimits {
  /** Bytes to read and throw away at most. */
  bytes: number;
  /** Milliseconds to wait for the rest at most (a client that stalls must not hold the answer). */
  ms: number;
}

/**
 * Reads and discards what is left of `req`'s body within `limits`. Resolves true when the whole
 * body was read (or the client went away), false when it is larger or slower than allowed: then
 * answer with `Connection: close` after {@link lingerAfterAnswer}.
 */
export function discardUnreadBody(req: IncomingMessage, limits: DiscardLimits): Promise<boolean> {
  if (req.readableEnded || req.destroyed) return Promise.resolve(true);
  if (req.complete) {
    // Every byte has arrived; whatever is still buffered only needs to flow out.
    req.resume();
    return Promise.resolve(true);
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.bytes) {
    keepDiscarding(req);
    return Promise.resolve(false);
  }
  return new Promise<boolean>((resolve) => {
    let discarded = 0;
    const settle = (wholeBody: boolean) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onEnd);
      if (!wholeBody) keepDiscarding(req);
      resolve(wholeBody);
    };
    const onData = (chunk: Buffer) => {
      discarded += chunk.byteLength;
      if (discarded > limits.bytes) settle(false);
    };
    const onEnd = () => settle(true);
    const timer = setTimeout(() => settle(false), limits.ms);
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('close', onEnd);
    req.on('error', ignore);
    req.resume();
  });
}

/**
 * Makes node:http close `socket` gently after the answer: it sends our FIN once the answer is
 * written, goes on reading (and discarding) what the client still sends, and closes when the
 * client closes its side or after `ms`. node:http closes a `Connection: close` socket through
 * `destroySoon()`, which would cut it at once; this socket gets its own.
 */
export function lingerAfterAnswer(socket: Socket, ms: number): void {
  const own = socket as Socket & { destroySoon?: () => void };
  if (Object.hasOwn(own, 'destroySoon')) return;
  own.destroySoon = () => {
    if (socket.destroyed) return;
    const timer = setTimeout(() => socket.destroy(), ms);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    socket.on('error', ignore);
    socket.end();
    socket.resume();
  };
}

// Past the limits the body still flows (and is dropped) so the client can finish sending and read
// the answer; the socket's own bound in lingerAfterAnswer ends it.
function keepDiscarding(req: IncomingMessage): void {
  req.on('error', ignore);
  req.resume();
}

function ignore(): void {}
