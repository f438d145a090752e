import type { RefundOutcomeSpec, RefundOutcomes, SandboxFailureReason } from './refundOutcomes';
import type { StripeObject } from './startStripeSandbox';
import type { EmulatorInternals, EmulatorObject } from './stripeEmulator';

/**
 * What the emulator cannot model itself: refunds that stay pending or fail later (with the
 * amount given back to the charge, as Stripe does), disputes opened on existing charges, and the
 * answers such refunds were first given, for replays under the same idempotency key.
 */
export class RefundStates {
  private readonly dueFailures: {
    account: string;
    refundId: string;
    reason: SandboxFailureReason;
    remaining: number;
  }[] = [];
  private readonly answers = new Map<string, Buffer>();

  constructor(private readonly store: EmulatorInternals) {}

  /** Reshapes a refund just made when an outcome matches it; null when none does. */
  applyOutcome(account: string, payload: Buffer, outcomes: RefundOutcomes): Buffer | null {
    const made = parsed(payload) as { id?: unknown; charge?: unknown } | undefined;
    if (typeof made?.id !== 'string' || typeof made.charge !== 'string') return null;
    const spec: RefundOutcomeSpec | undefined = outcomes.take(made.charge);
    if (!spec) return null;
    const refund = this.refund(account, made.id);
    refund.status = 'pending';
    refund.pending_reason = spec.pendingReason ?? 'processing';
    if (spec.outcome === 'fail_later') {
      this.dueFailures.push({
        account,
        refundId: made.id,
        reason: spec.failureReason ?? 'expired_or_canceled_card',
        remaining: spec.failAfterRequests ?? 0,
      });
    }
    return Buffer.from(JSON.stringify(refund));
  }

  /** Fails the refunds whose time has come, counting this request against the others. */
  applyDueFailures(): void {
    for (const due of [...this.dueFailures]) {
      if (due.remaining > 0) {
        due.remaining -= 1;
        continue;
      }
      this.dueFailures.splice(this.dueFailures.indexOf(due), 1);
      this.fail(due.account, due.refundId, due.reason);
    }
  }

  storeAnswer(key: string, payload: Buffer): void {
    this.answers.set(key, payload);
  }

  storedAnswer(key: string): Buffer | undefined {
    return this.answers.get(key);
  }

  /** Fails a refund: Stripe gives its amount back to the charge. */
  fail(
    account: string,
    refundId: string,
    reason: SandboxFailureReason = 'expired_or_canceled_card',
  ) {
    const refund = this.refund(account, refundId);
    if (refund.status !== 'failed') {
      refund.status = 'failed';
      refund.failure_reason = reason;
      delete refund.pending_reason;
      const charge = this.charge(account, String(refund.charge));
      const amount = Number(refund.amount);
      charge.amount_refunded = Math.max(0, Number(charge.amount_refunded) - amount);
      charge.refunded = charge.amount_refunded === charge.amount;
    }
    return copy(refund);
  }

  /** Ends a pending refund successfully. */
  succeed(account: string, refundId: string) {
    const refund = this.refund(account, refundId);
    if (refund.status === 'failed') throw new Error(`Refund ${refundId} has already failed.`);
    refund.status = 'succeeded';
    delete refund.pending_reason;
    return copy(refund);
  }

  /** Opens a dispute on a charge, as Stripe's `tok_createDispute` does. */
  dispute(account: string, chargeId: string) {
    const charge = this.charge(account, chargeId);
    if (!charge.disputed) {
      const dispute = this.store.disputes.createFromSource(
        account,
        'tok_createDispute',
        charge,
        true,
      );
      charge.dispute = dispute.id;
      charge.disputed = true;
    }
    return copy(charge);
  }

  private refund(account: string, id: string): EmulatorObject {
    return this.lookUp(() => this.store.refunds.retrieve(account, id, 'id'), `refund ${id}`);
  }

  private charge(account: string, id: string): EmulatorObject {
    return this.lookUp(() => this.store.charges.retrieve(account, id, 'charge'), `charge ${id}`);
  }

  private lookUp(find: () => EmulatorObject, what: string): EmulatorObject {
    try {
      return find();
    } catch {
      throw new Error(`The sandbox has no ${what} on this account.`);
    }
  }
}

function copy(object: EmulatorObject): StripeObject {
  return JSON.parse(JSON.stringify(object)) as StripeObject;
}

function parsed(payload: Buffer): unknown {
  try {
    return JSON.parse(payload.toString('utf8'));
  } catch {
    return undefined;
  }
}
