import type {
  ConnectError,
  KeyStatus,
  PutKeyResponse,
  VerificationResult,
} from '@pelago/connect-core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toConnectError } from '../form/toConnectError';
import { isPublishableKeyError } from '../i18n/connectErrorText';
import { useConnectClient } from '../provider/useConnectClient';

/** Options of {@link useConnectionStatus}. */
export interface UseConnectionStatusOptions {
  /**
   * The status to show, when you already have it: nothing is loaded. Without it the status
   * is loaded with `client.getKey()` when the component mounts.
   */
  status?: KeyStatus;
  /** Called after "verify again" with the server's answer. */
  onVerified?: (result: PutKeyResponse) => void;
  /** Called once the key is disconnected. */
  onDisconnected?: () => void;
  /** Called with any failure: loading, verifying or disconnecting. */
  onError?: (error: ConnectError) => void;
}

/** What the connection status is doing besides showing itself. */
export type ConnectionAction = 'idle' | 'verifying' | 'disconnecting' | 'saving';

/** The state and actions of a Stripe connection, for building your own status view. */
export interface ConnectionStatusState {
  /** The status, once known. */
  status: KeyStatus | undefined;
  /** True until the first answer of `client.getKey()`. */
  loading: boolean;
  /** Why the status could not be loaded. */
  loadError: ConnectError | undefined;
  /** Loads the status again (after a load error, say). */
  reload: () => void;
  action: ConnectionAction;
  /** Why the last "verify again" or "disconnect" failed. */
  actionError: ConnectError | undefined;
  /** What Stripe said at the last "verify again". */
  verification: VerificationResult | undefined;
  /** `client.verifyStoredKey()`: asks Stripe about the stored key again. */
  verify: () => Promise<PutKeyResponse | undefined>;
  /** `client.deleteKey()`: resolves `true` once disconnected. */
  disconnect: () => Promise<boolean>;
  /**
   * `client.putPublishableKey()`: adds or replaces the publishable key and shows the new
   * status. Resolves `true` once stored, or with the server's refusal of that key (which is
   * not an `actionError`: it belongs next to the field); `false` otherwise.
   */
  savePublishableKey: (publishableKey: string) => Promise<true | ConnectError | false>;
  /** Shows another status, e.g. the one a key form just stored. */
  setStatus: (status: KeyStatus) => void;
}

/**
 * The headless connection status: loads it (unless given), verifies the stored key again
 * and disconnects. Requests are cancelled when the component unmounts; in StrictMode's
 * double mount the first load is cancelled and only the second one counts.
 *
 * @throws Error outside a `<PelagoConnectProvider>` with an `endpoint` or a `client`.
 */
export function useConnectionStatus(
  options: UseConnectionStatusOptions = {},
): ConnectionStatusState {
  const client = useConnectClient('useConnectionStatus');
  const given = options.status;
  const controlled = given !== undefined;
  const [loaded, setLoaded] = useState<{ status?: KeyStatus; error?: ConnectError }>({});
  const [loading, setLoading] = useState(!controlled);
  const [attempt, setAttempt] = useState(0);
  // A status set here (after "verify again", say) shows until the `status` prop changes.
  const [own, setOwn] = useState<{ over: KeyStatus | undefined; status: KeyStatus }>();
  const [action, setAction] = useState<ConnectionAction>('idle');
  const [actionError, setActionError] = useState<ConnectError>();
  const [verification, setVerification] = useState<VerificationResult>();
  const callbacks = useRef(options);
  callbacks.current = options;
  const pending = useRef(new Set<AbortController>());

  useEffect(() => {
    const requests = pending.current;
    return () => {
      for (const controller of requests) controller.abort();
      requests.clear();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks for a reload
  useEffect(() => {
    if (controlled) return;
    const controller = new AbortController();
    setLoading(true);
    client.getKey({ signal: controller.signal }).then(
      ({ status }) => {
        if (controller.signal.aborted) return;
        setOwn(undefined);
        setLoaded({ status });
        setLoading(false);
      },
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        const error = toConnectError(caught);
        setLoaded({ error });
        setLoading(false);
        callbacks.current.onError?.(error);
      },
    );
    return () => controller.abort();
  }, [client, controlled, attempt]);

  const setStatus = useCallback((status: KeyStatus) => setOwn({ over: given, status }), [given]);

  /** Runs one action at a time, cancelled on unmount. */
  const run = useCallback(
    async <T>(
      kind: ConnectionAction,
      send: (signal: AbortSignal) => Promise<T>,
      aboutField?: (error: ConnectError) => boolean,
    ) => {
      if (pending.current.size > 0) return undefined;
      const controller = new AbortController();
      pending.current.add(controller);
      setAction(kind);
      setActionError(undefined);
      try {
        const value = await send(controller.signal);
        return controller.signal.aborted ? undefined : { value };
      } catch (caught) {
        if (controller.signal.aborted) return undefined;
        const error = toConnectError(caught);
        if (!aboutField?.(error)) setActionError(error);
        if (error.verification) setVerification(error.verification);
        callbacks.current.onError?.(error);
        return { error };
      } finally {
        pending.current.delete(controller);
        if (!controller.signal.aborted) setAction('idle');
      }
    },
    [],
  );

  const verify = useCallback(async () => {
    const done = await run('verifying', (signal) => client.verifyStoredKey({ signal }));
    if (!done) return undefined;
    if (done.error) {
      // Stripe answered (a 422): show the permissions it found now, not the stored ones; the
      // server did not record a new verification, so `verifiedAt` stays.
      const found = done.error.verification;
      const current = shown.current;
      if (found && current) setStatus({ ...current, permissions: found.permissions });
      return undefined;
    }
    setStatus(done.value.status);
    setVerification(done.value.verification);
    callbacks.current.onVerified?.(done.value);
    return done.value;
  }, [client, run, setStatus]);

  const disconnect = useCallback(async () => {
    const done = await run('disconnecting', (signal) => client.deleteKey({ signal }));
    if (!done || done.error) return false;
    setStatus({ connected: false });
    setVerification(undefined);
    callbacks.current.onDisconnected?.();
    return true;
  }, [client, run, setStatus]);

  const savePublishableKey = useCallback(
    async (publishableKey: string) => {
      const done = await run(
        'saving',
        (signal) => client.putPublishableKey({ publishableKey }, { signal }),
        (error) => isPublishableKeyError(error.code),
      );
      if (!done) return false;
      if (done.error) return isPublishableKeyError(done.error.code) ? done.error : false;
      setStatus(done.value.status);
      return true as const;
    },
    [client, run, setStatus],
  );

  // Loading from the same render on, so the view that pressed "Try again" is replaced at once.
  const reload = useCallback(() => {
    setLoading(true);
    setAttempt((count) => count + 1);
  }, []);

  const status = own && own.over === given ? own.status : (given ?? loaded.status);
  const shown = useRef(status);
  shown.current = status;

  return {
    status,
    loading: !controlled && loading,
    loadError: controlled ? undefined : loaded.error,
    reload,
    action,
    actionError,
    verification,
    verify,
    disconnect,
    savePublishableKey,
    setStatus,
  };
}
