/** A failure to inject into the next matching requests. */
export interface FaultSpec {
  /** Answer with this HTTP status and Stripe's error body for it (429 carries `rate_limit`). */
  status?: number;
  /** Wait this long before answering (added to the sandbox's own latency). */
  latencyMs?: number;
  /** Close the connection without any answer, as a network failure would. */
  drop?: boolean;
  /** How many matching requests this applies to. Default 1; `Infinity` until removed. */
  count?: number;
  /** Only requests made with this exact key. */
  key?: string;
  /** Only this path (exact string) or paths matching this pattern, e.g. `/v1/refunds`. */
  path?: string | RegExp;
  /** Only this HTTP method. */
  method?: string;
  /** Extra answer headers, e.g. `{ 'retry-after': '3' }` or `{ 'stripe-should-retry': 'false' }`. */
  headers?: Record<string, string>;
  /** A body to send instead of Stripe's error body for `status`. */
  body?: unknown;
  /**
   * Lose the answer after Stripe acted: the request is carried out first (the refund or charge
   * is made and stored under its idempotency key, as Stripe does), then the connection is
   * dropped (`drop`) or `status` is answered instead. A retry with the same idempotency key gets
   * the stored first answer, not a second refund. Without it, a fault answers before anything
   * happens.
   */
  afterAction?: boolean;
}

/** A fault once added: how many matching requests it will still affect. */
export interface Fault {
  readonly spec: Readonly<FaultSpec>;
  readonly remaining: number;
  /** Stops it early. */
  remove(): void;
}

/** What a request meets, by whom it was made. */
export interface FaultTarget {
  method: string;
  path: string;
  key: string | null;
}

interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
}

/**
 * Faults for the next N matching requests: error statuses, extra latency, dropped connections.
 * A request takes every matching fault's latency and the first matching fault's status or drop.
 */
export class FaultInjector {
  private active: ActiveFault[] = [];

  /** Adds a fault for the next `count` (default 1) matching requests. */
  add(spec: FaultSpec): Fault {
    const entry: ActiveFault = { spec: { ...spec }, remaining: spec.count ?? 1 };
    if (!(entry.remaining > 0)) throw new Error('A fault count must be at least 1.');
    this.active.push(entry);
    return {
      spec: entry.spec,
      get remaining() {
        return entry.remaining;
      },
      remove: () => {
        entry.remaining = 0;
        this.prune();
      },
    };
  }

  /** Removes every fault. */
  clear(): void {
    this.active = [];
  }

  /** Faults that still apply. */
  list(): Fault[] {
    return this.active.map((entry) => ({
      spec: entry.spec,
      remaining: entry.remaining,
      remove: () => {
        entry.remaining = 0;
        this.prune();
      },
    }));
  }

  /** Takes the faults a request meets, counting it against each. */
  take(target: FaultTarget): {
    latencyMs: number;
    status?: FaultSpec;
    drop: boolean;
    afterAction: boolean;
  } {
    let latencyMs = 0;
    let status: FaultSpec | undefined;
    let drop = false;
    let afterAction = false;
    for (const entry of this.active) {
      if (entry.remaining <= 0 || !matches(entry.spec, target)) continue;
      const endsRequest = entry.spec.drop || entry.spec.status !== undefined;
      // One answer per request: a second status/drop fault waits for the next request.
      if (endsRequest && (status || drop)) continue;
      entry.remaining -= 1;
      latencyMs += entry.spec.latencyMs ?? 0;
      if (endsRequest) afterAction = entry.spec.afterAction === true;
      if (entry.spec.drop) drop = true;
      else if (entry.spec.status !== undefined) status = entry.spec;
    }
    this.prune();
    return { latencyMs, drop, afterAction, ...(status ? { status } : {}) };
  }

  private prune(): void {
    this.active = this.active.filter((entry) => entry.remaining > 0);
  }
}

function matches(spec: FaultSpec, target: FaultTarget): boolean {
  if (spec.method && spec.method.toUpperCase() !== target.method.toUpperCase()) return false;
  if (spec.key !== undefined && spec.key !== target.key) return false;
  if (spec.path !== undefined) {
    if (typeof spec.path === 'string' ? spec.path !== target.path : !spec.path.test(target.path)) {
      return false;
    }
  }
  return true;
}
