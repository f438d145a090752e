import type { GetChargeResponse } from '@pelago/connect-core';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { deferred, errorOf, mockConnectClient } from '../../test-support/mockConnectClient';
import { chargeOf, refundOf } from '../../test-support/refundFixtures';
import type { RequestOptions } from '../client/createConnectClient';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { useCharge } from './useCharge';

function setup(getCharge: (id: string, options?: RequestOptions) => Promise<GetChargeResponse>) {
  const client = mockConnectClient({ getCharge });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PelagoConnectProvider client={client}>{children}</PelagoConnectProvider>
  );
  const hook = renderHook(({ id }) => useCharge(id), { wrapper, initialProps: { id: 'ch_a' } });
  return { client, hook };
}

describe('useCharge', () => {
  it('loads the charge with its refunds, and refreshes it without hiding it', async () => {
    let refunded = 0;
    const { client, hook } = setup(async (id) => ({
      charge: chargeOf({ id, amountRefunded: refunded }),
      refunds: refunded ? [refundOf({ amount: refunded })] : [],
    }));
    expect(hook.result.current).toMatchObject({ loading: true, charge: undefined, refunds: [] });
    await waitFor(() => expect(hook.result.current.loading).toBe(false));
    expect(hook.result.current.charge?.amountRefundable).toBe(5000);
    refunded = 2000;
    act(() => hook.result.current.refresh());
    expect(hook.result.current).toMatchObject({ loading: false, refreshing: true });
    expect(hook.result.current.charge?.amountRefundable).toBe(5000);
    await waitFor(() => expect(hook.result.current.refreshing).toBe(false));
    expect(hook.result.current.charge?.amountRefundable).toBe(3000);
    expect(hook.result.current.refunds).toHaveLength(1);
    expect(client.getCharge).toHaveBeenCalledTimes(2);
  });

  it('aborts the request for the previous charge and never shows its answer', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<GetChargeResponse>>>();
    const signals = new Map<string, AbortSignal>();
    const { hook } = setup((id, options) => {
      const answer = deferred<GetChargeResponse>(options?.signal);
      answers.set(id, answer);
      if (options?.signal) signals.set(id, options.signal);
      return answer.promise;
    });
    await waitFor(() => expect(answers.has('ch_a')).toBe(true));
    hook.rerender({ id: 'ch_b' });
    await waitFor(() => expect(answers.has('ch_b')).toBe(true));
    expect(signals.get('ch_a')?.aborted).toBe(true);
    await act(async () => {
      answers.get('ch_b')?.resolve({ charge: chargeOf({ id: 'ch_b' }), refunds: [] });
    });
    expect(hook.result.current.charge?.id).toBe('ch_b');
  });

  it('reports a failed load, and keeps a charge already shown when a refresh fails', async () => {
    let fail = true;
    const { hook } = setup(async (id) => {
      if (fail) throw errorOf('charge_not_found');
      return { charge: chargeOf({ id }), refunds: [] };
    });
    await waitFor(() => expect(hook.result.current.error?.code).toBe('charge_not_found'));
    expect(hook.result.current.loading).toBe(false);
    fail = false;
    act(() => hook.result.current.refresh());
    expect(hook.result.current.loading).toBe(true);
    await waitFor(() => expect(hook.result.current.charge).toBeDefined());
    fail = true;
    act(() => hook.result.current.refresh());
    await waitFor(() => expect(hook.result.current.error?.code).toBe('charge_not_found'));
    expect(hook.result.current.charge?.id).toBe('ch_a');
  });
});
