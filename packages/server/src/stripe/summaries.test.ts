import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { toRefundResult } from './summaries';

const refund = (fields: Partial<Stripe.Refund> & Record<string, unknown>): Stripe.Refund =>
  ({
    id: 're_1',
    object: 'refund',
    amount: 500,
    charge: 'ch_1',
    currency: 'usd',
    created: 1_780_000_000,
    metadata: {},
    reason: null,
    status: 'succeeded',
    ...fields,
  }) as Stripe.Refund;

describe('toRefundResult', () => {
  it('keeps a pending refund’s reason, and drops it once the refund is no longer pending', () => {
    expect(
      toRefundResult(refund({ status: 'pending', pending_reason: 'insufficient_funds' })),
    ).toMatchObject({
      status: 'pending',
      pendingReason: 'insufficient_funds',
      failureReason: null,
    });
    expect(
      toRefundResult(refund({ status: 'succeeded', pending_reason: 'processing' })),
    ).toMatchObject({ status: 'succeeded', pendingReason: null });
    expect(
      toRefundResult(refund({ status: 'pending', pending_reason: 'a_new_reason' as never })),
    ).toMatchObject({ pendingReason: null });
  });

  it('says why a refund failed, and unknown for a reason it does not know', () => {
    expect(
      toRefundResult(refund({ status: 'failed', failure_reason: 'expired_or_canceled_card' })),
    ).toMatchObject({ status: 'failed', failureReason: 'expired_or_canceled_card' });
    expect(
      toRefundResult(refund({ status: 'failed', failure_reason: 'something_new' })),
    ).toMatchObject({ failureReason: 'unknown' });
    expect(toRefundResult(refund({ status: 'failed' }))).toMatchObject({
      failureReason: 'unknown',
    });
  });

  it('answers unknown for a status Stripe may add or leave empty, never a guess', () => {
    expect(toRefundResult(refund({ status: 'reversed' })).status).toBe('unknown');
    expect(toRefundResult(refund({ status: null })).status).toBe('unknown');
    expect(toRefundResult(refund({ status: 'requires_action' })).status).toBe('requires_action');
    expect(toRefundResult(refund({ status: 'canceled' })).status).toBe('canceled');
  });

  it('keeps Stripe’s reasons, expired_uncaptured_charge included, and reads the note', () => {
    expect(toRefundResult(refund({ reason: 'expired_uncaptured_charge' })).reason).toBe(
      'expired_uncaptured_charge',
    );
    expect(toRefundResult(refund({ reason: 'something_else' as never })).reason).toBeNull();
    expect(toRefundResult(refund({ metadata: { pelago_refund_note: 'Moved to 2027' } })).note).toBe(
      'Moved to 2027',
    );
    expect(toRefundResult(refund({ metadata: { pelago_refund_note: '' } })).note).toBeNull();
    expect(toRefundResult(refund({ charge: { id: 'ch_9' } as Stripe.Charge })).chargeId).toBe(
      'ch_9',
    );
  });
});
