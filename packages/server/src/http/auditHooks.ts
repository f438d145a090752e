import { type RefundSummary, redactKeysInText } from '@pelago/connect-core';
import type { PelagoConnectLogger } from '../stripe/index';

/** What `onRefund` receives after each refund Stripe made (or replayed). Never the key. */
export interface RefundAuditEvent {
  merchantId: string;
  /** The caller's role, as `authorize` gave it. */
  role: string;
  chargeId: string;
  /** In the currency's minor unit. */
  amount: number;
  /** Lowercase ISO code. */
  currency: string;
  reason: RefundSummary['reason'];
  /** The admin's note, when one was given. */
  note?: string;
  /** Stripe's refund id: the same on a replay, so use it as the record's key. */
  refundId: string;
  /**
   * True when Stripe answered with the stored result of an earlier request with the same
   * idempotency key (a retry after a lost answer): the refund was made once, not twice.
   */
  replayed: boolean;
}

/** What `onCharge` receives after each charge Stripe made (or replayed). Never the key. */
export interface ChargeAuditEvent {
  merchantId: string;
  role: string;
  chargeId: string;
  amount: number;
  currency: string;
  description?: string;
  /** As for {@link RefundAuditEvent.replayed}. */
  replayed: boolean;
}

/** Audit hooks of `createConnectHandler`. */
export interface AuditHooks {
  /** Called after each successful `POST /refunds`, before the answer is sent. */
  onRefund?: (event: RefundAuditEvent) => void | Promise<void>;
  /** Called after each successful `POST /charges`, before the answer is sent. */
  onCharge?: (event: ChargeAuditEvent) => void | Promise<void>;
}

/** The hooks as routes call them: never throwing, a failure only logged (redacted). */
export interface AuditNotifier {
  refund(event: RefundAuditEvent): Promise<void>;
  charge(event: ChargeAuditEvent): Promise<void>;
}

/**
 * Wraps the host's hooks so that a hook that throws or rejects is logged and the money that
 * moved is still reported as a success: the refund or charge happened either way.
 */
export function createAuditNotifier(hooks: AuditHooks, logger: PelagoConnectLogger): AuditNotifier {
  const run = async <E>(name: string, hook: ((event: E) => unknown) | undefined, event: E) => {
    if (!hook) return;
    try {
      await hook(event);
    } catch (error) {
      const detail =
        error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
      logger.error?.(
        `The ${name} hook failed; the answer is still a success: ${redactKeysInText(detail)}`,
      );
    }
  };
  return {
    refund: (event) => run('onRefund', hooks.onRefund, event),
    charge: (event) => run('onCharge', hooks.onCharge, event),
  };
}

/** Whether Stripe's answer was a replay of a stored one (`Idempotent-Replayed: true`). */
export function wasReplayed(raw: unknown): boolean {
  const headers = (raw as { lastResponse?: { headers?: Record<string, unknown> } } | null)
    ?.lastResponse?.headers;
  return headers?.['idempotent-replayed'] === 'true';
}
