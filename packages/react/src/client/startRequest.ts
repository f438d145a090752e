/**
 * Starts `send` on the next microtask unless cancelled first, and aborts it when cancelled
 * after. StrictMode mounts, unmounts and mounts again in one go: its first effect is cancelled
 * before anything leaves, so each load reaches the server once.
 *
 * @returns the cancel function, for an effect's cleanup.
 */
export function startRequest(send: (signal: AbortSignal) => void): () => void {
  const controller = new AbortController();
  queueMicrotask(() => {
    if (!controller.signal.aborted) send(controller.signal);
  });
  return () => controller.abort();
}
