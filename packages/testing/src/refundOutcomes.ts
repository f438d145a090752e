import type { RefundFailureReason, RefundPendingReason } from '@pelago/connect-core';

/** Why a pending refund waits, in Stripe's words (core's wire type). */
export type SandboxPendingReason = RefundPendingReason;

/** Why a refund failed, in Stripe's words (core's wire type). */
export type SandboxFailureReason = RefundFailureReason;

/** How the next matching refunds turn out, instead of succeeding at once. */
export interface RefundOutcomeSpec {
  /**
   * `pending`: the refund is made with `status: 'pending'` and a `pending_reason`, and stays so
   * until `sandbox.settleRefund(…)`. `fail_later`: it is made and answered pending, then fails
   * (status `failed` with a `failure_reason`, its amount taken off the charge's
   * `amount_refunded` again) before the sandbox answers a later request (`failAfterRequests`).
   */
  outcome: 'pending' | 'fail_later';
  /** Only refunds of this charge. Default: any charge. */
  charge?: string;
  /** Default `processing`. */
  pendingReason?: SandboxPendingReason;
  /** For `fail_later`. Default `expired_or_canceled_card`. */
  failureReason?: SandboxFailureReason;
  /**
   * For `fail_later`: how many later requests (of any kind) the sandbox answers while the
   * refund is still pending. Default 0: the next request already sees it failed.
   */
  failAfterRequests?: number;
  /** How many matching refunds this applies to. Default 1; `Infinity` until removed. */
  count?: number;
}

/** An outcome once added. */
export interface RefundOutcome {
  readonly spec: Readonly<RefundOutcomeSpec>;
  /** How many matching refunds it will still affect. */
  readonly remaining: number;
  remove(): void;
}

interface Entry {
  spec: RefundOutcomeSpec;
  remaining: number;
}

/**
 * Outcomes for the next refunds the sandbox makes: pending with a reason, or failing later, as
 * Stripe's card refunds do when the balance is short or the card is gone. Refunds without a
 * matching outcome succeed at once.
 */
export class RefundOutcomes {
  private active: Entry[] = [];

  /** Adds an outcome for the next `count` (default 1) matching refunds. */
  add(spec: RefundOutcomeSpec): RefundOutcome {
    if (spec.outcome !== 'pending' && spec.outcome !== 'fail_later') {
      throw new Error("A refund outcome is 'pending' or 'fail_later'.");
    }
    const entry: Entry = { spec: { ...spec }, remaining: spec.count ?? 1 };
    if (!(entry.remaining > 0)) throw new Error('A refund outcome count must be at least 1.');
    this.active.push(entry);
    return this.handle(entry);
  }

  /** Removes every outcome. */
  clear(): void {
    this.active = [];
  }

  /** Outcomes that still apply. */
  list(): RefundOutcome[] {
    return this.active.map((entry) => this.handle(entry));
  }

  /** @internal The outcome for a refund just made of `charge`, counting it. */
  take(charge: string): RefundOutcomeSpec | undefined {
    const entry = this.active.find(
      (each) =>
        each.remaining > 0 && (each.spec.charge === undefined || each.spec.charge === charge),
    );
    if (!entry) return undefined;
    entry.remaining -= 1;
    this.prune();
    return entry.spec;
  }

  private handle(entry: Entry): RefundOutcome {
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

  private prune(): void {
    this.active = this.active.filter((entry) => entry.remaining > 0);
  }
}
