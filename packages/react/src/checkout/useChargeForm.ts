import type { ChargeSummary, ConnectError } from '@pelago/connect-core';
import type { Stripe } from '@stripe/stripe-js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { startRequest } from '../client/startRequest';
import { toConnectError } from '../form/toConnectError';
import { usePelagoConnectInternal } from '../provider/PelagoConnectContext';
import { useConnectClient } from '../provider/useConnectClient';
import { cardElementStyle } from './cardElementStyle';
import { cardErrorMessage } from './cardErrorMessage';
import {
  type ChargeFailure,
  chargeFailureOf,
  isCardDetailsError,
  resumedFailure,
  tokenFailureOf,
} from './chargeFailure';
import { type ChargeIntent, intentSignature, newIdempotencyKey } from './chargeIntent';
import { checkAmount } from './checkAmount';
import {
  checkPayments,
  type PaymentsCheck,
  type PaymentsUnavailableReason,
  unavailable,
} from './paymentsUnavailable';
import {
  forgetPendingAttempt,
  type PaymentAttempt,
  type PendingAttempt,
  readPendingAttempt,
  savePendingAttempt,
} from './pendingAttempt';
import { type CardFieldState, useCardElement } from './useCardElement';
import { useCheckoutMessages } from './useCheckoutMessages';
import { useStripeJs } from './useStripeJs';

/**
 * Where a payment form is:
 * - `checking`: asking the server for the merchant's publishable key (`GET /key`);
 * - `unavailable`: payments cannot be taken (see `unavailable` for why), nothing will load;
 * - `loading`: Stripe.js and the card field are loading;
 * - `load_failed`: Stripe.js did not load (an ad blocker, a network filter); `reload()` retries
 *   when `canReload` (not for a host's own `stripe` promise);
 * - `ready`: the card field is showing, waiting for the attendee;
 * - `paying`: the card is being tokenized and charged;
 * - `failed`: the last payment failed (see `failure`); `pay()` tries again as `failure` allows;
 * - `succeeded`: paid (see `charge`).
 */
export type ChargeFormStatus =
  | 'checking'
  | 'unavailable'
  | 'loading'
  | 'load_failed'
  | 'ready'
  | 'paying'
  | 'failed'
  | 'succeeded';

/** Options of {@link useChargeForm}: the payment, and where Stripe.js comes from. */
export interface UseChargeFormOptions {
  /** What to charge, a positive whole number in the currency's minor unit (2500 for $25.00). */
  amount: number;
  /** Three-letter ISO code, e.g. `usd`. */
  currency: string;
  /** What the payment is for, as the merchant sees it in Stripe (e.g. "Spring conference, 1 ticket"). */
  description: string;
  /** Kept with the charge in Stripe, e.g. `{ order: 'ORD-1001' }` (strings only). */
  metadata?: Record<string, string>;
  /** Where Stripe sends the receipt. */
  receiptEmail?: string;
  /**
   * Stripe.js loaded by the host (`loadStripe(pk)` from `@stripe/stripe-js`), as react-stripe-js
   * takes it; tests and stories give a fake. Without it the form loads Stripe.js itself when it
   * mounts, with `publishableKey`. Read once, when the form mounts.
   */
  stripe?: Promise<Stripe | null>;
  /**
   * The merchant's publishable key (`pk_…`). Default: the one in `GET /key`'s status, which also
   * says whether payments are ready. Given `stripe` or this, the form does not ask the server.
   */
  publishableKey?: string;
  /** Called once with the charge when the payment succeeded. */
  onSucceeded?: (charge: ChargeSummary) => void;
  /**
   * Called with each failure the integrator may want to know about: payments unavailable (with
   * the reason in the message), Stripe.js not loading, and every failed payment.
   */
  onError?: (error: ConnectError) => void;
}

/** What {@link useChargeForm} returns: the form's state and its actions. */
export interface ChargeFormState {
  status: ChargeFormStatus;
  /** The amount and currency being paid, as given. */
  amount: number;
  currency: string;
  /** Why payments cannot be taken (`status` is `unavailable`). */
  unavailable: PaymentsUnavailableReason | undefined;
  /** The last payment's failure (`status` is `failed`). */
  failure: ChargeFailure | undefined;
  /**
   * The last error for the integrator: why payments are unavailable, why Stripe.js did not
   * load, or why the last payment failed. Card details the attendee is still fixing are not
   * errors (see `card.error`).
   */
  error: ConnectError | undefined;
  /** The card field: ready, complete, focused, and what is wrong in it, in the page's language. */
  card: CardFieldState;
  /** Give it to an empty element (a `div`) rendered from `loading` on: the card field mounts there. */
  cardRef: (node: HTMLElement | null) => void;
  /** Whether `pay()` would send something now. */
  canPay: boolean;
  /** The charge made (`status` is `succeeded`). */
  charge: ChargeSummary | undefined;
  /** The card paid with, from Stripe's token, for when the charge does not say. */
  paidWith: { brand: string | undefined; last4: string | undefined } | undefined;
  /**
   * Pays: tokenizes the card and charges it with the payment's one idempotency key. After a
   * `retry` failure it sends the same token with the same key again. While a payment is under
   * way it does nothing, so a double click pays once.
   */
  pay: () => Promise<ChargeSummary | undefined>;
  /** After `load_failed` (or a failed `checking`), loads again when `canReload`. */
  reload: () => void;
  /**
   * Whether `reload()` can help now: after a failed status check, or when Stripe.js the form
   * loads itself did not load. False when the host's own `stripe` promise rejected: only
   * reloading the page loads it again.
   */
  canReload: boolean;
  /** Focuses the card field (for a label that is not a `<label>`). */
  focusCard: () => void;
}

/**
 * The headless payment form: loads Stripe.js when it mounts (never on the server), mounts a
 * Card Element themed like the kit, and charges the card on the merchant's account through the
 * provider's client (`POST /charges`).
 *
 * One idempotency key per payment intent (amount, currency, description, metadata, receipt
 * email), reused with the same card token on every retry until the payment succeeds, so a lost
 * answer, a timeout or a double click never charges twice. A new key (and a new token) is made
 * only after a success, a definitive refusal (a decline: Stripe keeps that answer under its
 * key), or when the intent changes.
 *
 * A payment whose answer was lost is also kept in sessionStorage (the intent's signature, the
 * key and the token: never a key of the merchant's), so that when the page is reloaded the form
 * of the same intent starts `failed` with that `retry` failure (`retryResumed`), and `pay()`
 * sends the same token under the same key, with nothing typed in the card field. It is not
 * reported to `onError` again.
 *
 * @throws Error outside a `<PelagoConnectProvider>` with an `endpoint` or a `client`.
 */
export function useChargeForm(options: UseChargeFormOptions): ChargeFormState {
  const { amount, currency, description, metadata, receiptEmail } = options;
  const client = useConnectClient('useChargeForm');
  const { appearance, lang } = usePelagoConnectInternal('useChargeForm');
  const { t } = useCheckoutMessages('useChargeForm');
  const callbacks = useRef(options);
  callbacks.current = options;
  const report = (error: ConnectError) => callbacks.current.onError?.(error);

  const amountProblem = checkAmount(amount, currency);
  const intent: ChargeIntent = { amount, currency, description, metadata, receiptEmail };
  const signature = intentSignature(intent);

  // Read once, like react-stripe-js's <Elements stripe>: a host writing
  // `stripe={loadStripe(pk)}` inline makes a new promise on every render.
  const [injected] = useState(options.stripe);
  // The publishable key from the server, unless the host gave Stripe.js or the key.
  const asksServer = !injected && !options.publishableKey && !amountProblem;
  const [check, setCheck] = useState<{ attempt: number; result: PaymentsCheck }>();
  const [checkAttempt, setCheckAttempt] = useState(0);
  useEffect(() => {
    if (!asksServer) return;
    return startRequest((signal) => {
      client.getKey({ signal }).then(
        ({ status }) => {
          const result = checkPayments(status);
          setCheck({ attempt: checkAttempt, result });
          if (!result.ok) callbacks.current.onError?.(result.error);
        },
        (caught: unknown) => {
          if (signal.aborted) return;
          const result = unavailable('check_failed', toConnectError(caught));
          setCheck({ attempt: checkAttempt, result });
          callbacks.current.onError?.(result.error);
        },
      );
    });
  }, [asksServer, client, checkAttempt]);
  const checked = asksServer && check?.attempt === checkAttempt ? check.result : undefined;
  const publishableKey = checked?.ok ? checked.publishableKey : options.publishableKey;

  const stripeJs = useStripeJs({
    injected: amountProblem ? undefined : injected,
    publishableKey: amountProblem || (asksServer && !checked?.ok) ? undefined : publishableKey,
    onFailed: report,
  });

  const [paying, setPaying] = useState(false);
  const [failed, setFailed] = useState<{ failure: ChargeFailure; signature: string }>();
  const [charge, setCharge] = useState<ChargeSummary>();
  const [paidWith, setPaidWith] = useState<ChargeFormState['paidWith']>();
  const inFlight = useRef(false);
  const attempt = useRef<PaymentAttempt | undefined>(undefined);
  // A failure of another intent (the host changed the amount) no longer describes this one.
  const failure = failed && failed.signature === signature ? failed.failure : undefined;
  // A payment whose answer is unknown must be sent again as it was: the card stays as typed.
  const lockedForRetry = failure?.kind === 'retry';
  const stopped = failure?.kind === 'misconfigured' || failure?.kind === 'unavailable';

  // A new object on every render; the card field compares its content before updating.
  const style = cardElementStyle(appearance);
  const card = useCardElement({
    stripe: stripeJs.stripe,
    style,
    lang,
    disabled: paying || lockedForRetry || stopped,
    describe: (problem) => cardErrorMessage(problem, t),
    onEdit: () => {
      // Editing the card after a decline starts a new attempt: the old message no longer fits.
      setFailed((now) => (now && now.failure.kind !== 'retry' ? undefined : now));
    },
  });

  // After mounting (the server has no storage, and a first render must match its HTML), and
  // whenever the intent changes: the old intent's attempt is dropped, and a payment of the new
  // one left unconfirmed before a reload is taken up again.
  useEffect(() => {
    const previous = attempt.current;
    if (previous?.signature === signature) return;
    if (previous) forgetPendingAttempt(previous.signature);
    const pending = readPendingAttempt(signature);
    attempt.current = pending;
    setFailed(pending && { failure: resumedFailure(), signature });
  }, [signature]);

  // The amount problem is found while rendering: the integrator hears of it once.
  const amountError = useMemo(
    () => (amountProblem ? unavailable(amountProblem).error : undefined),
    [amountProblem],
  );
  const reported = useRef<ConnectError | undefined>(undefined);
  useEffect(() => {
    if (amountError && reported.current !== amountError) {
      reported.current = amountError;
      callbacks.current.onError?.(amountError);
    }
  }, [amountError]);

  const unavailableReason: PaymentsUnavailableReason | undefined =
    amountProblem ?? (checked && !checked.ok ? checked.reason : undefined);

  let status: ChargeFormStatus;
  if (charge) status = 'succeeded';
  else if (unavailableReason) status = 'unavailable';
  else if (asksServer && !checked) status = 'checking';
  else if (stripeJs.status === 'failed') status = 'load_failed';
  else if (stripeJs.status !== 'ready' || !card.element || !card.ready) status = 'loading';
  else if (paying) status = 'paying';
  else if (failure) status = 'failed';
  else status = 'ready';

  const canPay = (status === 'ready' || status === 'failed') && !stopped;

  const pay = async (): Promise<ChargeSummary | undefined> => {
    const stripe = stripeJs.stripe;
    const element = card.element;
    if (inFlight.current || !canPay || !stripe || !element) return undefined;
    inFlight.current = true;
    setPaying(true);
    setFailed(undefined);
    const fail = (failure: ChargeFailure) => {
      setFailed({ failure, signature });
      report(failure.error);
    };
    try {
      let current = attempt.current;
      if (!current || current.signature !== signature) {
        current = { signature, idempotencyKey: newIdempotencyKey() };
        attempt.current = current;
      }
      if (!current.token) {
        let result: Awaited<ReturnType<Stripe['createToken']>>;
        try {
          result = await stripe.createToken(element);
        } catch (caught) {
          // Stripe.js throws only for a wrong integration (an Element that is not mounted).
          fail(tokenFailureOf({ type: 'invalid_request_error', message: String(caught) }));
          return undefined;
        }
        if (result.error) {
          if (isCardDetailsError(result.error)) {
            card.showError(result.error);
            return undefined;
          }
          fail(tokenFailureOf(result.error));
          return undefined;
        }
        current.token = {
          id: result.token.id,
          brand: result.token.card?.brand,
          last4: result.token.card?.last4,
        };
      }
      try {
        const answer = await client.createCharge({
          amount,
          currency,
          source: current.token.id,
          description,
          ...(metadata ? { metadata } : {}),
          ...(receiptEmail ? { receiptEmail } : {}),
          idempotencyKey: current.idempotencyKey,
        });
        attempt.current = undefined;
        forgetPendingAttempt(signature);
        setPaidWith({ brand: current.token.brand, last4: current.token.last4 });
        setCharge(answer.charge);
        callbacks.current.onSucceeded?.(answer.charge);
        return answer.charge;
      } catch (caught) {
        const failure = chargeFailureOf(toConnectError(caught));
        // Only a payment whose outcome is unknown keeps its key and token; after anything
        // definitive the next payment is a new one (Stripe stored the refusal under the key).
        if (failure.kind === 'retry') savePendingAttempt(current as PendingAttempt);
        else {
          attempt.current = undefined;
          forgetPendingAttempt(signature);
        }
        fail(failure);
        return undefined;
      }
    } finally {
      inFlight.current = false;
      setPaying(false);
    }
  };

  const reload = () => {
    if (stripeJs.status === 'failed') stripeJs.reload();
    else if (checked && !checked.ok && checked.reason === 'check_failed') {
      setCheckAttempt((n) => n + 1);
    }
  };

  return {
    status,
    amount,
    currency,
    unavailable: status === 'unavailable' ? unavailableReason : undefined,
    failure: status === 'failed' ? failure : undefined,
    error:
      amountError ??
      (checked && !checked.ok ? checked.error : undefined) ??
      stripeJs.error ??
      failure?.error,
    card: {
      ready: card.ready,
      empty: card.empty,
      complete: card.complete,
      focused: card.focused,
      error: card.error,
    },
    cardRef: card.ref,
    canPay,
    charge,
    paidWith: charge ? paidWith : undefined,
    pay,
    reload,
    canReload:
      (status === 'load_failed' && stripeJs.reloadable) ||
      (status === 'unavailable' && unavailableReason === 'check_failed'),
    focusCard: () => card.element?.focus(),
  };
}
