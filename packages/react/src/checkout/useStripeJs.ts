import { ConnectError } from '@pelago/connect-core';
import type { Stripe } from '@stripe/stripe-js';
import { useEffect, useRef, useState } from 'react';
import { startRequest } from '../client/startRequest';
import { loadStripeJs } from './loadStripeJs';

/** Where loading Stripe.js is: not asked for yet, under way, usable, or failed (see `error`). */
export type StripeJsStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** What {@link useStripeJs} returns. */
export interface StripeJsState {
  status: StripeJsStatus;
  stripe: Stripe | undefined;
  error: ConnectError | undefined;
  /**
   * Whether {@link StripeJsState.reload} can load Stripe.js again: only when this hook loads it.
   * A host's own promise that rejected stays rejected; only reloading the page tries again.
   */
  reloadable: boolean;
  /** After a failure, loads Stripe.js again (when `reloadable`). */
  reload: () => void;
}

interface Source {
  /** A host's own Stripe.js, as `<Elements stripe>` of react-stripe-js takes it. */
  injected: Promise<Stripe | null> | undefined;
  /** Otherwise the publishable key to load Stripe.js with; nothing loads without either. */
  publishableKey: string | undefined;
  onFailed: (error: ConnectError) => void;
}

/**
 * Stripe.js, loaded once per form after it mounts. The load starts a microtask after the
 * effect, so StrictMode's discarded first effect asks for nothing: one `loadStripe` call, one
 * Stripe instance.
 */
export function useStripeJs({ injected, publishableKey, onFailed }: Source): StripeJsState {
  const [attempt, setAttempt] = useState(0);
  // Each answer remembers what it answers, so a new key or a new attempt never shows an old one.
  const [state, setState] = useState<
    Omit<StripeJsState, 'reload' | 'reloadable'> & { attempt: number; source: unknown }
  >({ status: 'idle', stripe: undefined, error: undefined, attempt: -1, source: undefined });
  const failed = useRef(onFailed);
  failed.current = onFailed;
  const enabled = injected !== undefined || publishableKey !== undefined;

  const source = injected ?? publishableKey;

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const answer = { attempt, source: injected ?? publishableKey };
    const cancel = startRequest(() => {
      const fail = (cause?: unknown) => {
        if (!current) return;
        const error = new ConnectError('stripe_unavailable', {
          message: injected
            ? 'The `stripe` promise given to ChargeForm did not give Stripe.js (js.stripe.com blocked by an ad blocker or a network filter, or offline). The form cannot load that promise again, so it asks the attendee to reload the page; give `publishableKey` instead of `stripe` to let the form retry the load itself.'
            : 'Stripe.js could not be loaded from js.stripe.com (blocked by an ad blocker or a network filter, or offline).',
          status: 0,
          retryable: !injected,
          cause,
        });
        setState({ status: 'failed', stripe: undefined, error, ...answer });
        failed.current(error);
      };
      (injected ?? loadStripeJs(publishableKey as string)).then((stripe) => {
        if (!current) return;
        if (stripe) setState({ status: 'ready', stripe, error: undefined, ...answer });
        else fail();
      }, fail);
    });
    return () => {
      current = false;
      cancel();
    };
  }, [enabled, injected, publishableKey, attempt]);

  // Until this attempt's answer arrives, the form is loading (also during the server render).
  const settled = enabled && state.attempt === attempt && state.source === source;
  return {
    status: !enabled ? 'idle' : settled ? state.status : 'loading',
    stripe: settled ? state.stripe : undefined,
    error: settled ? state.error : undefined,
    reloadable: !injected,
    // The host's promise would only reject again.
    reload: () => {
      if (!injected) setAttempt((n) => n + 1);
    },
  };
}
