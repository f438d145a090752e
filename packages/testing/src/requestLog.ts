/** One request the sandbox answered (or dropped). The key is only ever stored redacted. */
export interface LoggedRequest {
  method: string;
  /** The path without the query string, e.g. `/v1/charges`. */
  path: string;
  /** The key as `rk_test_…abcd`, or null when none was sent. */
  keyRedacted: string | null;
  /** HTTP status answered; 0 when the connection was dropped by a fault. */
  status: number;
  /** Stripe's error code when the answer was an error with one. */
  errorCode?: string;
  idempotencyKey?: string;
  /** True when the emulator replayed an earlier answer for the same idempotency key. */
  replayed?: boolean;
  /** The `request-id` answered. */
  requestId: string;
  /** When the request arrived (ms since the epoch). */
  at: number;
  /** Time from arrival to answer, latency included. */
  durationMs: number;
  /** Which injected fault decided the answer, if any. */
  fault?: 'status' | 'drop';
  /** True when that fault struck after Stripe acted (the object was made, its answer lost). */
  afterAction?: boolean;
}

/** A filter for {@link RequestLog.list}: every given field must match. */
export interface RequestFilter {
  method?: string;
  path?: string | RegExp;
  status?: number;
  keyRedacted?: string;
}

/** The sandbox's record of requests, oldest first. */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  /** Number of requests recorded. */
  get length(): number {
    return this.entries.length;
  }

  /** Copies of the recorded requests matching `filter`, oldest first. */
  list(filter: RequestFilter = {}): LoggedRequest[] {
    return this.entries.filter((entry) => matches(entry, filter)).map((entry) => ({ ...entry }));
  }

  /** How many recorded requests match `filter`. */
  count(filter: RequestFilter = {}): number {
    return this.entries.filter((entry) => matches(entry, filter)).length;
  }

  /** The most recent request, if any. */
  last(): LoggedRequest | undefined {
    const entry = this.entries.at(-1);
    return entry ? { ...entry } : undefined;
  }

  /** Forgets every recorded request. */
  clear(): void {
    this.entries = [];
  }

  /** @internal */
  record(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  [Symbol.iterator](): Iterator<LoggedRequest> {
    return this.list()[Symbol.iterator]();
  }
}

function matches(entry: LoggedRequest, filter: RequestFilter): boolean {
  if (filter.method && filter.method.toUpperCase() !== entry.method) return false;
  if (filter.status !== undefined && filter.status !== entry.status) return false;
  if (filter.keyRedacted !== undefined && filter.keyRedacted !== entry.keyRedacted) return false;
  if (filter.path !== undefined) {
    return typeof filter.path === 'string'
      ? filter.path === entry.path
      : filter.path.test(entry.path);
  }
  return true;
}
