import { ConnectError } from '@pelago/connect-core';

/**
 * Shares one running task among identical concurrent requests: while a task for `key` runs,
 * a request with the same key and the same `fingerprint` waits for that task's outcome instead
 * of starting another; one with the same key and other details gets `idempotency_conflict`,
 * as Stripe would answer. Entries leave when the task settles.
 */
export class InFlightRequests<T> {
  private readonly running = new Map<string, { fingerprint: string; promise: Promise<T> }>();

  /** How many distinct tasks are running. */
  get size(): number {
    return this.running.size;
  }

  run(key: string, fingerprint: string, task: () => Promise<T>): Promise<T> {
    const existing = this.running.get(key);
    if (existing) {
      if (existing.fingerprint === fingerprint) return existing.promise;
      return Promise.reject(
        new ConnectError('idempotency_conflict', {
          message:
            'A request with this idempotency key and different details is still in progress. Use a new idempotency key for a different request.',
        }),
      );
    }
    const promise = Promise.resolve()
      .then(task)
      .finally(() => {
        if (this.running.get(key)?.promise === promise) this.running.delete(key);
      });
    this.running.set(key, { fingerprint, promise });
    return promise;
  }
}

/** A stable text for comparing the details of two requests (metadata order ignored). */
export function requestFingerprint(params: { metadata?: Record<string, string> }): string {
  const metadata = params.metadata ? Object.entries(params.metadata).sort() : null;
  return JSON.stringify({ ...params, metadata });
}
