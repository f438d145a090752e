import type { ChargeSummary, ConnectError, RefundSummary } from '@pelago/connect-core';
import { useCallback, useEffect, useState } from 'react';
import { startRequest } from '../client/startRequest';
import { toConnectError } from '../form/toConnectError';
import { useConnectClient } from '../provider/useConnectClient';

/** What {@link useCharge} returns. */
export interface ChargeState {
  /** The charge once loaded; the last one loaded while a refresh is under way. */
  charge: ChargeSummary | undefined;
  /** Its refunds, newest first. */
  refunds: RefundSummary[];
  /** True until the first answer for this charge (nothing to show yet). */
  loading: boolean;
  /** True while a refresh of a charge already shown is under way. */
  refreshing: boolean;
  /** Why the last load failed; cleared by the next success. */
  error: ConnectError | undefined;
  /** Loads the charge again (after a refund, or after an error). */
  refresh: () => void;
}

interface Loaded {
  chargeId: string;
  charge?: ChargeSummary;
  refunds: RefundSummary[];
  error?: ConnectError;
}

/**
 * One charge and its refunds, from `client.getCharge(chargeId)`: loaded on mount and when
 * `chargeId` changes (the older request is aborted), and again on `refresh()`. Nothing is
 * loaded on the server: a server render shows the loading state.
 *
 * @throws Error outside a `<PelagoConnectProvider>` with an `endpoint` or a `client`.
 */
export function useCharge(chargeId: string): ChargeState {
  const client = useConnectClient('useCharge');
  const [loaded, setLoaded] = useState<Loaded>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks for a reload
  useEffect(() => {
    setBusy(true);
    return startRequest((signal) => {
      client.getCharge(chargeId, { signal }).then(
        ({ charge, refunds }) => {
          if (signal.aborted) return;
          setLoaded({ chargeId, charge, refunds });
          setBusy(false);
        },
        (caught: unknown) => {
          if (signal.aborted) return;
          // A failed refresh keeps the charge on screen, with the error beside it.
          setLoaded((previous) => ({
            chargeId,
            ...(previous?.chargeId === chargeId && previous.charge
              ? { charge: previous.charge, refunds: previous.refunds }
              : { refunds: [] }),
            error: toConnectError(caught),
          }));
          setBusy(false);
        },
      );
    });
  }, [client, chargeId, attempt]);

  const refresh = useCallback(() => {
    setBusy(true);
    setAttempt((count) => count + 1);
  }, []);

  const current = loaded?.chargeId === chargeId ? loaded : undefined;
  const shown = current?.charge;
  return {
    charge: shown,
    refunds: current?.refunds ?? [],
    loading: !shown && (busy || !current),
    refreshing: Boolean(shown) && busy,
    error: busy ? undefined : current?.error,
    refresh,
  };
}
