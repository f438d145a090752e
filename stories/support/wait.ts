/**
 * Resolves after `ms` (never for Infinity); rejects with the signal's reason when aborted. The
 * fake servers answer through it, so a story can hold an answer back and the kit can cancel it.
 */
export function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = Number.isFinite(ms) ? setTimeout(resolve, ms) : undefined;
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}
