import {
  type ChargeSummary,
  type ConnectError,
  currencyExponent,
  type RefundReason,
  type RefundSummary,
  toMinorUnits,
} from '@pelago/connect-core';
import { useCallback, useRef, useState } from 'react';
import { toConnectError } from '../form/toConnectError';
import { useConnectClient } from '../provider/useConnectClient';
import { forgetIntentKey, intentKey, type RefundIntent } from './refundIntentKeys';

/** Full refund of what is left (the default), or a smaller amount typed by the admin. */
export type RefundKind = 'full' | 'partial';

/** Stripe's three reasons, `other` (with a note) or none chosen yet (`''`). */
export type RefundReasonChoice = RefundReason | 'other' | '';

/**
 * Where a refund is: being filled in, waiting for the admin's confirmation, sent, made (the
 * server answered with a refund, `pending` or `succeeded`), or refused (see `error`).
 */
export type RefundStep = 'idle' | 'confirming' | 'submitting' | 'succeeded' | 'failed';

/** Why the refund was refused before anything was sent. */
export type RefundInputProblem =
  | 'amount_missing'
  | 'amount_malformed'
  | 'amount_zero'
  | 'amount_too_large'
  | 'nothing_left'
  | 'reason_missing'
  | 'note_missing'
  | 'note_too_long';

/** The refusals found by the last `review()`, per field, updated as the admin corrects them. */
export interface RefundProblems {
  amount?: RefundInputProblem;
  reason?: RefundInputProblem;
  note?: RefundInputProblem;
}

/** Options of {@link useRefund}. */
export interface UseRefundOptions {
  /** Called once per refund the server made, with the refund. */
  onRefunded?: (refund: RefundSummary) => void;
  /** Called with each failure of a confirmed refund. */
  onError?: (error: ConnectError) => void;
}

/** What {@link useRefund} returns: the form's state and the steps of a refund. */
export interface RefundState {
  kind: RefundKind;
  setKind: (kind: RefundKind) => void;
  /** The amount as typed, in major units (e.g. `"20.00"`); used when `kind` is `partial`. */
  amountText: string;
  setAmountText: (text: string) => void;
  reason: RefundReasonChoice;
  setReason: (reason: RefundReasonChoice) => void;
  /** The admin's note, required for the reason `other`, sent as `note` (kept in metadata). */
  note: string;
  setNote: (note: string) => void;
  /** The amount that would be refunded, in minor units, when the input is valid. */
  amount: number | undefined;
  /** The refusals of the last review (empty before the first one). */
  problems: RefundProblems;
  step: RefundStep;
  /** The refund being confirmed, sent, made or refused. */
  intent: RefundIntent | undefined;
  /** The server's refund once made. */
  refund: RefundSummary | undefined;
  /** Why the refund failed (`step` is `failed`). */
  error: ConnectError | undefined;
  /**
   * Checks the input without sending anything: an amount that is malformed, zero or more than
   * `charge.amountRefundable`, or a missing reason or note, is refused on the spot. Otherwise
   * goes to `confirming`. Returns whether it did.
   */
  review: () => boolean;
  /** From `confirming` or `failed`, back to `idle` to change the refund. */
  back: () => void;
  /**
   * Sends the confirmed refund, or sends it again after a failure, with the intent's one
   * idempotency key. While a refund is under way it does nothing, so a double click refunds once.
   */
  confirm: () => Promise<RefundSummary | undefined>;
  /** After a refund, empties the form for the next one. */
  reset: () => void;
}

/** The longest note kept with a refund (Stripe metadata values hold 500 characters). */
export const maxRefundNoteLength = 500;

/**
 * The headless refund form for `charge`: amount (full or partial), reason and note, a review
 * that refuses what cannot be refunded before anything is sent, a confirmation, and the request.
 *
 * Every retry of the same refund (a lost answer, a timeout, "still being processed", a double
 * click) carries the same idempotency key, so Stripe makes it once. A new key is made only after
 * a success or when the amount, the reason or the note changes.
 *
 * @throws Error outside a `<PelagoConnectProvider>` with an `endpoint` or a `client`.
 */
export function useRefund(
  charge: ChargeSummary | undefined,
  options: UseRefundOptions = {},
): RefundState {
  const client = useConnectClient('useRefund');
  const [kind, setKindState] = useState<RefundKind>('full');
  const [amountText, setAmountTextState] = useState('');
  const [reason, setReasonState] = useState<RefundReasonChoice>('');
  const [note, setNoteState] = useState('');
  const [reviewed, setReviewed] = useState(false);
  const [step, setStep] = useState<RefundStep>('idle');
  const [intent, setIntent] = useState<RefundIntent>();
  const [refund, setRefund] = useState<RefundSummary>();
  const [error, setError] = useState<ConnectError>();
  const inFlight = useRef(false);
  const confirmed = useRef<RefundIntent | undefined>(undefined);
  const callbacks = useRef(options);
  callbacks.current = options;

  const startAfresh = () => {
    setKindState('full');
    setAmountTextState('');
    setReasonState('');
    setNoteState('');
    setReviewed(false);
    setStep('idle');
    setIntent(undefined);
    setRefund(undefined);
    setError(undefined);
    confirmed.current = undefined;
  };

  // A form for another charge starts afresh.
  const [formFor, setFormFor] = useState(charge?.id);
  if (charge && charge.id !== formFor) {
    setFormFor(charge.id);
    startAfresh();
  }

  const checked = checkInput(charge, kind, amountText, reason, note);

  // Editing while confirming or after a failure leaves the confirmation: what was confirmed
  // is no longer what the form says.
  const edit = useCallback(<T>(set: (value: T) => void) => {
    return (value: T) => {
      if (inFlight.current) return;
      set(value);
      setStep((current) => (current === 'confirming' || current === 'failed' ? 'idle' : current));
    };
  }, []);

  const review = () => {
    if (inFlight.current) return false;
    setReviewed(true);
    if (!charge || !checked.intent) return false;
    confirmed.current = checked.intent;
    setIntent(checked.intent);
    setError(undefined);
    setStep('confirming');
    return true;
  };

  const back = () => {
    if (inFlight.current) return;
    setStep((current) => (current === 'confirming' || current === 'failed' ? 'idle' : current));
  };

  const confirm = async () => {
    const sending = confirmed.current;
    if (inFlight.current || !sending) return undefined;
    inFlight.current = true;
    setStep('submitting');
    setError(undefined);
    try {
      const answer = await client.createRefund({ ...sending, idempotencyKey: intentKey(sending) });
      forgetIntentKey(sending);
      confirmed.current = undefined;
      setRefund(answer.refund);
      setStep('succeeded');
      callbacks.current.onRefunded?.(answer.refund);
      return answer.refund;
    } catch (caught) {
      const failure = toConnectError(caught);
      setError(failure);
      setStep('failed');
      callbacks.current.onError?.(failure);
      return undefined;
    } finally {
      inFlight.current = false;
    }
  };

  const reset = () => {
    if (!inFlight.current) startAfresh();
  };

  return {
    kind,
    setKind: edit(setKindState),
    amountText,
    setAmountText: edit(setAmountTextState),
    reason,
    setReason: edit(setReasonState),
    note,
    setNote: edit(setNoteState),
    amount: checked.amount,
    problems: reviewed ? checked.problems : {},
    step,
    intent,
    refund,
    error,
    review,
    back,
    confirm,
    reset,
  };
}

interface CheckedInput {
  amount: number | undefined;
  problems: RefundProblems;
  intent: RefundIntent | undefined;
}

function checkInput(
  charge: ChargeSummary | undefined,
  kind: RefundKind,
  amountText: string,
  reason: RefundReasonChoice,
  note: string,
): CheckedInput {
  const problems: RefundProblems = {};
  let amount: number | undefined;
  if (charge) {
    const left = charge.amountRefundable;
    if (left <= 0) problems.amount = 'nothing_left';
    else if (kind === 'full') amount = left;
    else {
      const parsed = toMinorUnits(amountText, charge.currency);
      if (!parsed.ok) problems.amount = amountProblem(amountText);
      else if (parsed.amount > left) problems.amount = 'amount_too_large';
      else amount = parsed.amount;
    }
  }
  const trimmedNote = note.trim();
  if (reason === '') problems.reason = 'reason_missing';
  if (reason === 'other') {
    if (trimmedNote === '') problems.note = 'note_missing';
    else if (trimmedNote.length > maxRefundNoteLength) problems.note = 'note_too_long';
  }
  const valid = !problems.reason && !problems.note;
  return {
    amount,
    problems,
    intent:
      charge && amount !== undefined && valid
        ? {
            chargeId: charge.id,
            amount,
            // "Other" is not one of Stripe's reasons: its note travels alone, kept in metadata.
            ...(reason === 'other' ? { note: trimmedNote } : { reason: reason as RefundReason }),
          }
        : undefined,
  };
}

function amountProblem(text: string): RefundInputProblem {
  const raw = text.trim();
  if (raw === '') return 'amount_missing';
  if (/^[0,]*\.?0*$/.test(raw)) return 'amount_zero';
  return 'amount_malformed';
}

/** A plain amount to show as an example in `currency`: `12.50`, `1500`, `12.500`. */
export function exampleAmount(currency: string): string {
  const exponent = currencyExponent(currency);
  return exponent === 0 ? '1500' : `12.${'5'.padEnd(exponent, '0')}`;
}
