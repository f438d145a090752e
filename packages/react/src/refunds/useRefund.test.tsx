import type { ChargeSummary, CreateRefundRequest } from '@pelago/connect-core';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { deferred, errorOf, mockConnectClient } from '../../test-support/mockConnectClient';
import { chargeOf, refundOf } from '../../test-support/refundFixtures';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { useRefund } from './useRefund';

let chargeNumber = 0;
/** Each test refunds its own charge, so no intent of another test can share its key. */
function freshCharge(overrides: Partial<ChargeSummary> = {}) {
  chargeNumber += 1;
  return chargeOf({ id: `ch_hook_${chargeNumber}`, ...overrides });
}

function setup(charge: ChargeSummary, createRefund = mockConnectClient().createRefund) {
  const client = mockConnectClient({});
  client.createRefund = createRefund;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PelagoConnectProvider client={client}>{children}</PelagoConnectProvider>
  );
  const hook = renderHook(({ of }) => useRefund(of), { wrapper, initialProps: { of: charge } });
  return { client, hook };
}

const sent = (call: unknown[]) => call[0] as CreateRefundRequest;

/** A `createRefund` that refuses every request with `code`. */
const refusingWith = (code: Parameters<typeof errorOf>[0]) =>
  mockConnectClient({
    createRefund: async () => {
      throw errorOf(code);
    },
  }).createRefund;

async function partial(
  hook: ReturnType<typeof setup>['hook'],
  amount: string,
  reason: 'duplicate' | 'requested_by_customer' | 'fraudulent' | 'other' = 'requested_by_customer',
  note = '',
) {
  act(() => {
    hook.result.current.setKind('partial');
    hook.result.current.setAmountText(amount);
    hook.result.current.setReason(reason);
    hook.result.current.setNote(note);
  });
  let reviewed = false;
  act(() => {
    reviewed = hook.result.current.review();
  });
  return reviewed;
}

async function confirm(hook: ReturnType<typeof setup>['hook']) {
  await act(async () => {
    await hook.result.current.confirm();
  });
}

describe('useRefund: refusals before anything is sent', () => {
  it.each([
    ['30.01', 'amount_too_large'],
    ['0', 'amount_zero'],
    ['0.00', 'amount_zero'],
    ['', 'amount_missing'],
    ['12,5', 'amount_malformed'],
    ['$20', 'amount_malformed'],
    ['20.001', 'amount_malformed'],
    ['-5', 'amount_malformed'],
  ])('refuses %j with %s and sends nothing', async (text, problem) => {
    const { client, hook } = setup(freshCharge({ amountRefunded: 2000 }));
    expect(await partial(hook, text)).toBe(false);
    expect(hook.result.current.problems.amount).toBe(problem);
    expect(hook.result.current.step).toBe('idle');
    await confirm(hook);
    expect(client.createRefund).not.toHaveBeenCalled();
  });

  it('accepts exactly what is left', async () => {
    const { hook } = setup(freshCharge({ amountRefunded: 2000 }));
    expect(await partial(hook, '30')).toBe(true);
    expect(hook.result.current.amount).toBe(3000);
    expect(hook.result.current.step).toBe('confirming');
  });

  it('asks for a reason, and for a note with "other"', async () => {
    const { client, hook } = setup(freshCharge());
    act(() => {
      hook.result.current.review();
    });
    expect(hook.result.current.problems).toEqual({ reason: 'reason_missing' });
    expect(await partial(hook, '10', 'other', '   ')).toBe(false);
    expect(hook.result.current.problems).toEqual({ note: 'note_missing' });
    expect(client.createRefund).not.toHaveBeenCalled();
  });

  it('shows no problem before the first review', () => {
    const { hook } = setup(freshCharge());
    act(() => hook.result.current.setKind('partial'));
    expect(hook.result.current.problems).toEqual({});
  });
});

describe('useRefund: what is sent', () => {
  it('refunds what is left by default, with the reason', async () => {
    const refund = refundOf({ amount: 5000 });
    const { client, hook } = setup(
      freshCharge(),
      mockConnectClient({ createRefund: async () => ({ refund }) }).createRefund,
    );
    act(() => hook.result.current.setReason('duplicate'));
    act(() => {
      hook.result.current.review();
    });
    expect(hook.result.current.intent).toMatchObject({ amount: 5000, reason: 'duplicate' });
    await confirm(hook);
    expect(sent(client.createRefund.mock.calls[0] ?? [])).toMatchObject({
      amount: 5000,
      reason: 'duplicate',
    });
    expect(hook.result.current.step).toBe('succeeded');
    expect(hook.result.current.refund).toBe(refund);
  });

  it('sends the note of "other" as note, without a reason', async () => {
    const { client, hook } = setup(
      freshCharge(),
      mockConnectClient({ createRefund: async () => ({ refund: refundOf() }) }).createRefund,
    );
    await partial(hook, '20', 'other', '  Event moved to another date  ');
    await confirm(hook);
    const body = sent(client.createRefund.mock.calls[0] ?? []);
    expect(body.note).toBe('Event moved to another date');
    expect(body).not.toHaveProperty('reason');
    expect(body.amount).toBe(2000);
  });

  it('goes through idle, confirming, submitting and succeeded', async () => {
    const answer = deferred<{ refund: ReturnType<typeof refundOf> }>();
    const { hook } = setup(
      freshCharge(),
      mockConnectClient({ createRefund: () => answer.promise }).createRefund,
    );
    expect(hook.result.current.step).toBe('idle');
    await partial(hook, '20');
    expect(hook.result.current.step).toBe('confirming');
    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = hook.result.current.confirm();
    });
    expect(hook.result.current.step).toBe('submitting');
    await act(async () => {
      answer.resolve({ refund: refundOf({ status: 'pending', pendingReason: 'processing' }) });
      await done;
    });
    expect(hook.result.current.step).toBe('succeeded');
    expect(hook.result.current.refund?.status).toBe('pending');
  });

  it('reports a refusal by its code', async () => {
    const { hook } = setup(freshCharge(), refusingWith('charge_disputed'));
    await partial(hook, '20');
    await confirm(hook);
    expect(hook.result.current.step).toBe('failed');
    expect(hook.result.current.error?.code).toBe('charge_disputed');
  });

  it('leaves the confirmation when the admin edits the refund', async () => {
    const { hook } = setup(freshCharge());
    await partial(hook, '20');
    act(() => hook.result.current.setAmountText('25'));
    expect(hook.result.current.step).toBe('idle');
  });
});

describe('useRefund: no retry path refunds twice', () => {
  it.each([
    'network_error',
    'timeout',
    'request_in_progress',
    'rate_limited',
    'internal_error',
  ] as const)('sends the same key again after %s', async (code) => {
    let calls = 0;
    const { client, hook } = setup(
      freshCharge(),
      mockConnectClient({
        createRefund: async () => {
          calls += 1;
          if (calls < 3) throw errorOf(code);
          return { refund: refundOf() };
        },
      }).createRefund,
    );
    await partial(hook, '20');
    await confirm(hook);
    expect(hook.result.current.step).toBe('failed');
    expect(hook.result.current.error?.code).toBe(code);
    await confirm(hook);
    await confirm(hook);
    expect(hook.result.current.step).toBe('succeeded');
    const keys = client.createRefund.mock.calls.map((call) => sent(call).idempotencyKey);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^refund_/);
  });

  it('keeps the key when the admin goes back and confirms the same refund again', async () => {
    const { client, hook } = setup(freshCharge(), refusingWith('network_error'));
    await partial(hook, '20');
    await confirm(hook);
    act(() => hook.result.current.back());
    await partial(hook, '20.00');
    await confirm(hook);
    const [first, second] = client.createRefund.mock.calls.map((call) => sent(call));
    expect(first?.idempotencyKey).toBe(second?.idempotencyKey);
  });

  it('sends once when confirm is pressed twice while the refund is under way', async () => {
    const answer = deferred<{ refund: ReturnType<typeof refundOf> }>();
    const { client, hook } = setup(
      freshCharge(),
      mockConnectClient({ createRefund: () => answer.promise }).createRefund,
    );
    await partial(hook, '5');
    let first: Promise<unknown> = Promise.resolve();
    let second: Promise<unknown> = Promise.resolve();
    act(() => {
      first = hook.result.current.confirm();
      second = hook.result.current.confirm();
    });
    await act(async () => {
      await hook.result.current.confirm();
    });
    await act(async () => {
      answer.resolve({ refund: refundOf({ amount: 500 }) });
      await Promise.all([first, second]);
    });
    expect(client.createRefund).toHaveBeenCalledTimes(1);
    expect(hook.result.current.step).toBe('succeeded');
  });

  it('makes a new key after a success: the same refund again is a new refund', async () => {
    const { client, hook } = setup(
      freshCharge(),
      mockConnectClient({ createRefund: async () => ({ refund: refundOf({ amount: 1000 }) }) })
        .createRefund,
    );
    await partial(hook, '10');
    await confirm(hook);
    act(() => hook.result.current.reset());
    expect(hook.result.current.step).toBe('idle');
    await partial(hook, '10');
    await confirm(hook);
    const [first, second] = client.createRefund.mock.calls.map((call) => sent(call));
    expect(first?.amount).toBe(second?.amount);
    expect(first?.idempotencyKey).not.toBe(second?.idempotencyKey);
  });

  type Input = [string, 'requested_by_customer' | 'duplicate' | 'other', string];
  it.each<[string, Input, Input]>([
    ['the amount', ['20', 'requested_by_customer', ''], ['21', 'requested_by_customer', '']],
    ['the reason', ['20', 'requested_by_customer', ''], ['20', 'duplicate', '']],
    ['the note', ['20', 'other', 'Moved'], ['20', 'other', 'Cancelled']],
  ])('makes a new key when %s changes', async (_, before, after) => {
    const { client, hook } = setup(freshCharge(), refusingWith('network_error'));
    await partial(hook, ...before);
    await confirm(hook);
    act(() => hook.result.current.back());
    await partial(hook, ...after);
    await confirm(hook);
    const [first, second] = client.createRefund.mock.calls.map((call) => sent(call));
    expect(first?.idempotencyKey).not.toBe(second?.idempotencyKey);
  });

  it('keeps the key of an unanswered refund when the form is mounted again', async () => {
    const charge = freshCharge();
    const failing = refusingWith('timeout');
    const first = setup(charge, failing);
    await partial(first.hook, '20');
    await confirm(first.hook);
    first.hook.unmount();
    const second = setup(charge, failing);
    await partial(second.hook, '20');
    await confirm(second.hook);
    const keys = failing.mock.calls.map((call) => sent(call).idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});
