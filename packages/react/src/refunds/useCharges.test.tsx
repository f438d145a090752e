import type { ListChargesQuery, ListChargesResponse } from '@pelago/connect-core';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { deferred, errorOf, mockConnectClient } from '../../test-support/mockConnectClient';
import { chargeOf } from '../../test-support/refundFixtures';
import type { RequestOptions } from '../client/createConnectClient';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { type UseChargesOptions, useCharges } from './useCharges';

const charges = Array.from({ length: 5 }, (_, index) =>
  chargeOf({ id: `ch_${index + 1}`, description: `Ticket ${index + 1}` }),
);

/** A server that pages through `charges` by `startingAfter` and finds one by id. */
async function listCharges(query: ListChargesQuery = {}): Promise<ListChargesResponse> {
  const matching = query.query ? charges.filter((charge) => charge.id === query.query) : charges;
  const start = query.startingAfter
    ? matching.findIndex((charge) => charge.id === query.startingAfter) + 1
    : 0;
  const limit = query.limit ?? 10;
  return {
    data: matching.slice(start, start + limit),
    hasMore: start + limit < matching.length,
  };
}

function setup(options: UseChargesOptions, list = listCharges) {
  const client = mockConnectClient({ listCharges: list });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PelagoConnectProvider client={client}>{children}</PelagoConnectProvider>
  );
  const hook = renderHook((props: UseChargesOptions) => useCharges(props), {
    wrapper,
    initialProps: options,
  });
  return { client, hook };
}

const ids = (state: { charges: { id: string }[] }) => state.charges.map((charge) => charge.id);

describe('useCharges', () => {
  it('loads the first page, then goes forward and back through the cursors', async () => {
    const { client, hook } = setup({ pageSize: 2 });
    expect(hook.result.current.loading).toBe(true);
    await waitFor(() => expect(hook.result.current.loading).toBe(false));
    expect(ids(hook.result.current)).toEqual(['ch_1', 'ch_2']);
    expect(hook.result.current).toMatchObject({
      page: 1,
      hasPreviousPage: false,
      hasNextPage: true,
    });

    act(() => hook.result.current.nextPage());
    await waitFor(() => expect(ids(hook.result.current)).toEqual(['ch_3', 'ch_4']));
    act(() => hook.result.current.nextPage());
    await waitFor(() => expect(ids(hook.result.current)).toEqual(['ch_5']));
    expect(hook.result.current).toMatchObject({ page: 3, hasNextPage: false });
    act(() => hook.result.current.nextPage());

    act(() => hook.result.current.previousPage());
    await waitFor(() => expect(ids(hook.result.current)).toEqual(['ch_3', 'ch_4']));
    expect(hook.result.current.page).toBe(2);
    expect(client.listCharges.mock.calls.map((call) => call[0])).toEqual([
      { limit: 2 },
      { limit: 2, startingAfter: 'ch_2' },
      { limit: 2, startingAfter: 'ch_4' },
      { limit: 2, startingAfter: 'ch_2' },
    ]);
  });

  it('starts again at the first page for a new query', async () => {
    const { client, hook } = setup({ pageSize: 2 });
    await waitFor(() => expect(hook.result.current.hasNextPage).toBe(true));
    act(() => hook.result.current.nextPage());
    await waitFor(() => expect(hook.result.current.page).toBe(2));
    hook.rerender({ pageSize: 2, query: ' ch_4 ' });
    expect(hook.result.current.page).toBe(1);
    await waitFor(() => expect(ids(hook.result.current)).toEqual(['ch_4']));
    expect(client.listCharges).toHaveBeenLastCalledWith(
      { limit: 2, query: 'ch_4' },
      expect.anything(),
    );
  });

  it('says a page is empty', async () => {
    const { hook } = setup({ query: 'ch_nothing' });
    await waitFor(() => expect(hook.result.current.empty).toBe(true));
    expect(hook.result.current.charges).toEqual([]);
  });

  it('aborts the older request: a slow answer never replaces a newer one', async () => {
    const answers: {
      query: string;
      signal: AbortSignal;
      answer: ReturnType<typeof deferred<ListChargesResponse>>;
    }[] = [];
    const slow = (query: ListChargesQuery = {}, options?: RequestOptions) => {
      const answer = deferred<ListChargesResponse>(options?.signal);
      answers.push({ query: query.query ?? '', signal: options?.signal as AbortSignal, answer });
      return answer.promise;
    };
    const { hook } = setup({ query: 'ch_1' }, slow);
    await waitFor(() => expect(answers).toHaveLength(1));
    hook.rerender({ query: 'ch_2' });
    await waitFor(() => expect(answers).toHaveLength(2));
    expect(answers[0]?.signal.aborted).toBe(true);
    await act(async () => {
      answers[1]?.answer.resolve({ data: [charges[1]!], hasMore: false });
    });
    expect(ids(hook.result.current)).toEqual(['ch_2']);
    expect(hook.result.current.loading).toBe(false);
  });

  it('reports an error, keeps the last rows and loads again on refresh', async () => {
    let fail = false;
    const { client, hook } = setup({}, async (query) => {
      if (fail) throw errorOf('network_error');
      return listCharges(query);
    });
    await waitFor(() => expect(hook.result.current.charges).toHaveLength(5));
    fail = true;
    act(() => hook.result.current.refresh());
    await waitFor(() => expect(hook.result.current.error?.code).toBe('network_error'));
    expect(hook.result.current.charges).toHaveLength(5);
    fail = false;
    act(() => hook.result.current.refresh());
    expect(hook.result.current.error).toBeUndefined();
    await waitFor(() => expect(hook.result.current.loading).toBe(false));
    expect(hook.result.current.error).toBeUndefined();
    expect(client.listCharges).toHaveBeenCalledTimes(3);
  });
});
