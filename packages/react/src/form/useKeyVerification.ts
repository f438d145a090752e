import {
  type ConnectError,
  type KeyMode,
  type KeyStatus,
  type PutKeyResponse,
  parseStripeKey,
  type VerificationResult,
} from '@pelago/connect-core';
import {
  type ChangeEvent,
  type FocusEvent,
  type RefObject,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { connectErrorText } from '../i18n/connectErrorText';
import { usePelagoConnectInternal } from '../provider/PelagoConnectContext';
import { useConnectClient } from '../provider/useConnectClient';
import { checkKey, emptyKeyCheck, type KeyCheck, keyCheckMessage, summarise } from './keyCheck';
import { toConnectError } from './toConnectError';

/** Where a verification stands: nothing sent yet, waiting for Stripe, or Stripe's answer. */
export type KeyVerificationState = 'idle' | 'checking' | 'verified' | 'failed';

/** Options of {@link useKeyVerification}. */
export interface UseKeyVerificationOptions {
  /** The mode of the connection; a key of the other mode is refused locally. Default `'test'`. */
  mode?: KeyMode;
  /** Called when Stripe confirmed the key and the server stored it. */
  onVerified?: (result: PutKeyResponse) => void;
  /** Called with the server's or the network's error (never for a refused paste). */
  onError?: (error: ConnectError) => void;
}

/** The state and actions of a key field, for building your own key form. */
export interface KeyVerification {
  state: KeyVerificationState;
  /** The local check of what the field holds now (or of the paste refused last). */
  check: KeyCheck;
  /** The refusal to show under the field, in the provider's language; `''` for none. */
  problem: string;
  /** Spread on the key `<input>`: `ref` and `onChange` (and `onPaste`, `onBlur`). */
  inputProps: {
    ref: RefObject<HTMLInputElement | null>;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onPaste: () => void;
    onBlur: (event: FocusEvent<HTMLInputElement>) => void;
  };
  /**
   * Checks the field and, when it holds a usable key, sends it to the server with the optional
   * key name. The field is emptied either way, also while a request is pending (which sends
   * nothing more). Resolves `true` once the key is verified.
   */
  submit: (details?: { name?: string }) => Promise<boolean>;
  /** Empties the field and forgets the check and the last answer; cancels a pending request. */
  clear: () => void;
  /** The server's answer after success. */
  status?: KeyStatus;
  /** What Stripe confirmed, after success or a 422 (an unusable key). */
  verification?: VerificationResult;
  /** The failure, when `state` is `'failed'`. */
  error?: ConnectError;
  /** The failure in the provider's language. */
  errorMessage: string;
}

interface Answer {
  state: KeyVerificationState;
  result?: PutKeyResponse;
  error?: ConnectError;
}

/**
 * The headless key field: checks each paste locally with `parseStripeKey`, sends a usable key
 * with `client.putKey`, and reports what Stripe confirmed. The key is read from the input when
 * it is sent and lives nowhere else: React state holds only what the check found (kind, mode,
 * reason), and the field is emptied as soon as the key is submitted.
 *
 * @example
 * const verification = useKeyVerification({ mode: 'live', onVerified });
 * <input type="password" {...verification.inputProps} />
 * <button onClick={() => verification.submit({ name: 'Acme_Pelago' })}>Verify</button>
 *
 * @throws Error outside a `<PelagoConnectProvider>` with an `endpoint` or a `client`.
 */
export function useKeyVerification(options: UseKeyVerificationOptions = {}): KeyVerification {
  const { messages } = usePelagoConnectInternal('useKeyVerification');
  const client = useConnectClient('useKeyVerification');
  const mode: KeyMode = options.mode === 'live' ? 'live' : 'test';
  const inputRef = useRef<HTMLInputElement>(null);
  const [check, setCheck] = useState<KeyCheck>(emptyKeyCheck);
  // A refusal shows once the merchant pasted, left the field or submitted; while typing, only
  // an unmistakable one does (a secret key's prefix, not a half-typed restricted key).
  const [revealed, setRevealed] = useState(false);
  const [answer, setAnswer] = useState<Answer>({ state: 'idle' });
  const request = useRef<AbortController | null>(null);
  const callbacks = useRef(options);
  callbacks.current = options;

  useEffect(() => () => request.current?.abort(), []);

  const inputProps = useMemo<KeyVerification['inputProps']>(
    () => ({
      ref: inputRef,
      onChange: (event) => {
        setCheck(checkKey(event.currentTarget.value, mode));
        if (event.currentTarget.value === '') setRevealed(false);
      },
      onPaste: () => setRevealed(true),
      onBlur: (event) => {
        if (event.currentTarget.value !== '') setRevealed(true);
      },
    }),
    [mode],
  );

  // The expected mode may change under a typed key.
  useEffect(() => {
    if (inputRef.current?.value) setCheck(checkKey(inputRef.current.value, mode));
  }, [mode]);

  const submit = useCallback(
    async (details: { name?: string } = {}): Promise<boolean> => {
      const input = inputRef.current;
      const typed = input?.value ?? '';
      // The key leaves the page now, whether it is sent, refused or ignored.
      if (input) input.value = '';
      if (request.current) {
        // One request at a time: a key that reached the field meanwhile is dropped, not kept.
        if (typed !== '') {
          setCheck(emptyKeyCheck);
          setRevealed(false);
        }
        return false;
      }
      const parsed = parseStripeKey(typed, { mode });
      if (!parsed.ok) {
        setCheck(summarise(parsed));
        setRevealed(true);
        input?.focus();
        return false;
      }
      setCheck(emptyKeyCheck);
      setRevealed(false);
      setAnswer({ state: 'checking' });
      const controller = new AbortController();
      request.current = controller;
      const name = details.name?.trim();
      try {
        const result = await client.putKey(name ? { key: parsed.key, name } : { key: parsed.key }, {
          signal: controller.signal,
        });
        if (controller.signal.aborted) return false;
        setAnswer({ state: 'verified', result });
        callbacks.current.onVerified?.(result);
        return true;
      } catch (caught) {
        if (controller.signal.aborted) return false;
        const error = toConnectError(caught);
        setAnswer({ state: 'failed', error });
        callbacks.current.onError?.(error);
        return false;
      } finally {
        if (request.current === controller) request.current = null;
      }
    },
    [client, mode],
  );

  const clear = useCallback(() => {
    request.current?.abort();
    request.current = null;
    if (inputRef.current) inputRef.current.value = '';
    setCheck(emptyKeyCheck);
    setRevealed(false);
    setAnswer({ state: 'idle' });
  }, []);

  const showProblem = !check.ok && (revealed || isUnmistakable(check));
  const { result, error } = answer;
  const verification = result?.verification ?? error?.verification;
  return {
    state: answer.state,
    check,
    problem: showProblem ? keyCheckMessage(check, messages, mode) : '',
    inputProps,
    submit,
    clear,
    ...(result ? { status: result.status } : {}),
    ...(verification ? { verification } : {}),
    ...(error ? { error } : {}),
    errorMessage: error ? connectErrorText(error, messages) : '',
  };
}

/** A refusal that typing more cannot fix: another kind of key, or the other mode. */
function isUnmistakable(check: KeyCheck): boolean {
  return (
    check.code === 'secret_key' ||
    check.code === 'publishable_key' ||
    check.code === 'wrong_mode' ||
    (check.code === 'not_a_stripe_key' && check.kind !== undefined && check.kind !== 'unknown')
  );
}
