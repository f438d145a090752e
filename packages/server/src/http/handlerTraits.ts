import type { HandlerAnswer } from './jsonResponse';

/**
 * Set to true on handlers that never read `request.signal` (the kit's own). `toNodeHandler`
 * then builds their requests without an abort signal: following one makes `new Request`
 * several times more expensive, and nothing would listen.
 */
export const readsNoAbortSignal: unique symbol = Symbol('pelago.readsNoAbortSignal');

/**
 * On the kit's handlers: the same handling as the handler itself, answering a
 * {@link HandlerAnswer} instead of a `Response`, which `toNodeHandler` writes directly.
 */
export const answerWithoutResponse: unique symbol = Symbol('pelago.answerWithoutResponse');

/** What {@link answerWithoutResponse} holds. */
export type AnswerWithoutResponse = (request: Request) => Promise<HandlerAnswer>;
