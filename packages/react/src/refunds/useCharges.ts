import type { ChargeSummary, ConnectError } from '@pelago/connect-core';
import { useCallback, useEffect, useState } from 'react';
import { startRequest } from '../client/startRequest';
import { toConnectError } from '../form/toConnectError';
import { useConnectClient } from '../provider/useConnectClient';

/** Options of {@link useCharges}. */
export interface UseChargesOptions {
  /** Charges per page, 1–100. Default 10. */
  pageSize?: number;
  /**
   * A charge id (`ch_…`) or an order reference to look for; empty lists every charge. A new
   * query starts again at the first page. Debounce typing before you pass it here.
   */
  query?: string;
}

/** What {@link useCharges} returns. */
export interface ChargesState {
  /** The charges of the current page, newest first (the last page loaded while loading). */
  charges: ChargeSummary[];
  /** True while a page is being loaded. */
  loading: boolean;
  /** True once a page for the current query has been loaded (a server render has none). */
  loaded: boolean;
  /** Why the last load failed; cleared by the next load. */
  error: ConnectError | undefined;
  /** True when the current page loaded and holds no charge. */
  empty: boolean;
  /** 1 for the first page. */
  page: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  /** Loads the page after the current one; does nothing on the last page. */
  nextPage: () => void;
  /** Goes back one page; does nothing on the first page. */
  previousPage: () => void;
  /** Loads the current page again. */
  refresh: () => void;
}

interface Page {
  key: string;
  charges: ChargeSummary[];
  hasMore: boolean;
  error?: ConnectError;
}

/**
 * A page of the merchant's charges from `client.listCharges`, with a query, and previous and
 * next pages through Stripe's cursors (a stack of `startingAfter` ids). A change of query or
 * page aborts the request that was under way, so a slow older answer never replaces a newer one.
 *
 * @throws Error outside a `<PelagoConnectProvider>` with an `endpoint` or a `client`.
 */
export function useCharges({ pageSize = 10, query = '' }: UseChargesOptions = {}): ChargesState {
  const client = useConnectClient('useCharges');
  const limit = Math.min(100, Math.max(1, Math.floor(pageSize)));
  const search = query.trim();
  // The cursors of the pages before the current one: [] on the first page.
  const [cursors, setCursors] = useState<{ search: string; stack: string[] }>({
    search,
    stack: [],
  });
  const stack = cursors.search === search ? cursors.stack : [];
  const [attempt, setAttempt] = useState(0);
  const [page, setPage] = useState<Page>();
  const [busy, setBusy] = useState(true);
  const startingAfter = stack[stack.length - 1];
  const key = `${limit}|${search}|${startingAfter ?? ''}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks for a reload
  useEffect(() => {
    setBusy(true);
    return startRequest((signal) => {
      const request = {
        limit,
        ...(startingAfter ? { startingAfter } : {}),
        ...(search ? { query: search } : {}),
      };
      client.listCharges(request, { signal }).then(
        ({ data, hasMore }) => {
          if (signal.aborted) return;
          setPage({ key, charges: data, hasMore });
          setBusy(false);
        },
        (caught: unknown) => {
          if (signal.aborted) return;
          setPage((previous) => ({
            key,
            charges: previous?.charges ?? [],
            hasMore: false,
            error: toConnectError(caught),
          }));
          setBusy(false);
        },
      );
    });
  }, [client, key, attempt]);

  const current = page?.key === key ? page : undefined;
  const loading = busy || !current;
  const last = current?.charges[current.charges.length - 1];
  const hasNextPage = !loading && Boolean(current?.hasMore && last);

  const nextPage = useCallback(() => {
    if (!hasNextPage || !last) return;
    setCursors({ search, stack: [...stack, last.id] });
  }, [hasNextPage, last, search, stack]);

  const previousPage = useCallback(() => {
    if (stack.length === 0) return;
    setCursors({ search, stack: stack.slice(0, -1) });
  }, [search, stack]);

  const refresh = useCallback(() => {
    setBusy(true);
    setAttempt((count) => count + 1);
  }, []);

  return {
    charges: page?.charges ?? [],
    loading,
    loaded: Boolean(current),
    error: loading ? undefined : current?.error,
    empty: !loading && !current?.error && current?.charges.length === 0,
    page: stack.length + 1,
    hasPreviousPage: stack.length > 0,
    hasNextPage,
    nextPage,
    previousPage,
    refresh,
  };
}
