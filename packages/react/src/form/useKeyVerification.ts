import {
  type ConnectError,
  type ConnectErrorCode,
  classifyStripeKey,
  isRetryableCode,
  type KeyMode,
  type KeyStatus,
  type PutKeyResponse,
  type VerificationResult,
} from '@pelago/connect-core';
import {
  type ChangeEvent,
  type FocusEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { connectErrorText, isPublishableKeyError } from '../i18n/connectErrorText';
import { usePelagoConnectInternal } from '../provider/PelagoConnectContext';
import { useConnectClient } from '../provider/useConnectClient';
import { checkKey, emptyKeyCheck, type KeyCheck, keyCheckMessage, summarise } from './keyCheck';
import { toConnectError } from './toConnectError';
import { type PublishableKeyField, usePublishableKeyField } from './usePublishableKeyField';

/**
 * Whether the form asks for the publishable key too: `'optional'` (shown; an empty field sends
 * the restricted key alone, and the key can be added later), `'required'` (shown and needed),
 * or `'hidden'` (not asked for).
 */
export type PublishableKeyPolicy = 'optional' | 'required' | 'hidden';

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
  /**
   * How long a key kept for "Try again" stays in memory after its last check, in
   * milliseconds. Default five minutes; then it is forgotten and must be pasted again.
   */
  keepKeyFor?: number;
  /**
   * Whether the publishable key is asked for with the restricted key (see
   * {@link PublishableKeyPolicy}). Default `'optional'`: the field is there, so connecting
   * both keys at once is the natural path, and a merchant without it can still connect.
   */
  publishableKey?: PublishableKeyPolicy;
}

/** Default of `keepKeyFor`: five minutes. */
export const defaultKeepKeyFor = 5 * 60_000;

/** The state and actions of a key field, for building your own key form. */
export interface KeyVerification {
  state: KeyVerificationState;
  /** The local check of what the field holds now (or of the paste refused last). */
  check: KeyCheck;
  /** The refusal to show under the field, in the provider's language; `''` for none. */
  problem: string;
  /**
   * The publishable-key field (sent with the key unless the policy is `'hidden'`). A server
   * refusal of it alone keeps the restricted key for `retry`.
   */
  publishableKey: PublishableKeyField;
  /** The policy the hook was given, `'optional'` by default. */
  publishableKeyPolicy: PublishableKeyPolicy;
  /** Spread on the key `<input>`: `ref` and `onChange` (and `onPaste`, `onBlur`). */
  inputProps: {
    // Not `RefObject<…>`, whose shape differs between React 18's and 19's types: this one
    // fits an `<input>`'s `ref` under both.
    ref: { readonly current: HTMLInputElement | null };
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onPaste: () => void;
    onBlur: (event: FocusEvent<HTMLInputElement>) => void;
  };
  /**
   * Checks the field and, when it holds a usable key, sends it to the server with the optional
   * key name; with an empty field and a kept key, sends the kept key again. The field is
   * emptied either way, also while a request is pending (which sends nothing more). Resolves
   * `true` once the key is verified.
   */
  submit: (details?: { name?: string }) => Promise<boolean>;
  /**
   * Sends the key kept after a passing failure again, without a new paste. Resolves `false`
   * at once when no key is kept or a request is pending.
   */
  retry: (details?: { name?: string }) => Promise<boolean>;
  /**
   * True while a key that met a passing failure (network, timeout, rate limit, Stripe
   * unavailable, signed out, a server fault, a missing permission) is kept for `retry`. The
   * key itself is in a closure only, never in state, storage or the page.
   */
  keptKey: boolean;
  /** True once a kept key was forgotten after `keepKeyFor` without a new check. */
  keyForgotten: boolean;
  /** Empties the field, forgets any kept key, the check and the last answer; cancels a pending request. */
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
 * The headless key field: checks each paste locally with `classifyStripeKey`, sends a usable key
 * with `client.putKey`, and reports what Stripe confirmed. The field is emptied as soon as the
 * key is submitted, and React state holds only what the check found (kind, mode, reason).
 *
 * Stripe shows a live key once, so a passing failure must not cost the merchant their key:
 * after one (see `keptKey`) the key stays in a closure for `retry`, and is forgotten on
 * success, on a definitive refusal, on a new paste, on `clear`, on unmount, and after
 * `keepKeyFor` without a new check.
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
  const policy: PublishableKeyPolicy = options.publishableKey ?? 'optional';
  const publishable = usePublishableKeyField(mode, messages);
  const inputRef = useRef<HTMLInputElement>(null);
  const [check, setCheck] = useState<KeyCheck>(emptyKeyCheck);
  // A refusal shows once the merchant pasted, left the field or submitted; while typing, only
  // an unmistakable one does (a secret key's prefix, not a half-typed restricted key).
  const [revealed, setRevealed] = useState(false);
  const [answer, setAnswer] = useState<Answer>({ state: 'idle' });
  const request = useRef<AbortController | null>(null);
  const callbacks = useRef(options);
  callbacks.current = options;
  // The key that may still work (a passing failure): a ref, so no render ever holds it.
  const kept = useRef<{ key: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const [keptKey, setKeptKey] = useState(false);
  const [keyForgotten, setKeyForgotten] = useState(false);
  // A paste event comes before the pasted value: the refusal shows at the change that follows.
  const pasted = useRef(false);

  const forget = useCallback(() => {
    if (kept.current) clearTimeout(kept.current.timer);
    kept.current = null;
    setKeptKey(false);
  }, []);

  /** Keeps a key that may still work for `retry`, until `keepKeyFor` passes without a check. */
  const keep = useCallback((key: string) => {
    if (kept.current) clearTimeout(kept.current.timer);
    const timer = setTimeout(() => {
      kept.current = null;
      setKeptKey(false);
      setKeyForgotten(true);
      setAnswer({ state: 'idle' });
    }, callbacks.current.keepKeyFor ?? defaultKeepKeyFor);
    kept.current = { key, timer };
    setKeptKey(true);
  }, []);

  useEffect(
    () => () => {
      request.current?.abort();
      if (kept.current) clearTimeout(kept.current.timer);
      kept.current = null;
    },
    [],
  );

  const inputProps = useMemo<KeyVerification['inputProps']>(
    () => ({
      ref: inputRef,
      onChange: (event) => {
        const value = event.currentTarget.value;
        setCheck(checkKey(value, mode));
        if (value === '') setRevealed(false);
        else {
          // A new key replaces the kept one, and the last answer was about the old one.
          forget();
          setKeyForgotten(false);
          setAnswer((last) => (last.state === 'failed' ? { state: 'idle' } : last));
          if (pasted.current) setRevealed(true);
        }
        pasted.current = false;
      },
      onPaste: () => {
        pasted.current = true;
      },
      onBlur: (event) => {
        if (event.currentTarget.value !== '') setRevealed(true);
      },
    }),
    [mode, forget],
  );

  // The expected mode may change under a typed key; a kept key of the old mode is refused now.
  useEffect(() => {
    if (inputRef.current?.value) setCheck(checkKey(inputRef.current.value, mode));
    forget();
  }, [mode, forget]);

  const { take, refuse, clear: clearPublishable } = publishable;
  const send = useCallback(
    async (key: string, name: string | undefined): Promise<boolean> => {
      // The publishable key is checked before anything is sent; refused, it costs the merchant
      // nothing: the restricted key is kept for the next try.
      const publishableKey = policy === 'hidden' ? undefined : take(policy === 'required');
      if (publishableKey === null) {
        keep(key);
        setCheck(emptyKeyCheck);
        setRevealed(false);
        setKeyForgotten(false);
        setAnswer({ state: 'idle' });
        return false;
      }
      setCheck(emptyKeyCheck);
      setRevealed(false);
      setKeyForgotten(false);
      setAnswer({ state: 'checking' });
      const controller = new AbortController();
      request.current = controller;
      try {
        const result = await client.putKey(
          {
            key,
            ...(name ? { name } : {}),
            ...(publishableKey ? { publishableKey } : {}),
          },
          { signal: controller.signal },
        );
        if (controller.signal.aborted) return false;
        forget();
        clearPublishable();
        setAnswer({ state: 'verified', result });
        callbacks.current.onVerified?.(result);
        return true;
      } catch (caught) {
        if (controller.signal.aborted) return false;
        const error = toConnectError(caught);
        if (isPublishableKeyError(error.code)) refuse(error);
        if (keepsKey(error.code)) keep(key);
        else forget();
        setAnswer({ state: 'failed', error });
        callbacks.current.onError?.(error);
        return false;
      } finally {
        if (request.current === controller) request.current = null;
      }
    },
    [client, forget, keep, policy, take, refuse, clearPublishable],
  );

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
      const name = details.name?.trim();
      // An empty field with a kept key: the merchant asks to check that key again.
      if (typed === '' && kept.current) return send(kept.current.key, name);
      const parsed = classifyStripeKey(typed, { mode });
      if (!parsed.ok) {
        forget();
        setCheck(summarise(parsed));
        setRevealed(true);
        input?.focus();
        return false;
      }
      forget();
      return send(parsed.key, name);
    },
    [mode, send, forget],
  );

  const retry = useCallback(
    async (details: { name?: string } = {}): Promise<boolean> => {
      if (request.current || !kept.current) return false;
      return send(kept.current.key, details.name?.trim());
    },
    [send],
  );

  const clear = useCallback(() => {
    request.current?.abort();
    request.current = null;
    if (inputRef.current) inputRef.current.value = '';
    forget();
    setKeyForgotten(false);
    setCheck(emptyKeyCheck);
    setRevealed(false);
    setAnswer({ state: 'idle' });
    clearPublishable();
  }, [forget, clearPublishable]);

  // The refusal in the provider's language: the check carries it, `problem` shows it when due.
  const described = useMemo<KeyCheck>(() => {
    const reason = keyCheckMessage(check, messages, mode);
    return reason ? { ...check, reason } : check;
  }, [check, messages, mode]);
  const showProblem = !check.ok && (revealed || isUnmistakable(check));
  // A refusal of the publishable key is over once that field changed.
  const shown =
    answer.error && isPublishableKeyError(answer.error.code) && !publishable.refusedByServer
      ? { state: 'idle' as const }
      : answer;
  const { result, error } = shown;
  const verification = result?.verification ?? error?.verification;
  const { take: _take, refuse: _refuse, clear: _clear, ...publishableKey } = publishable;
  return {
    state: shown.state,
    check: described,
    problem: showProblem ? (described.reason ?? '') : '',
    publishableKey,
    publishableKeyPolicy: policy,
    inputProps,
    submit,
    retry,
    keptKey,
    keyForgotten,
    clear,
    ...(result ? { status: result.status } : {}),
    ...(verification ? { verification } : {}),
    ...(error ? { error } : {}),
    errorMessage: error ? connectErrorText(error, messages) : '',
  };
}

/**
 * Answers after which the same key may still work: a passing failure of Stripe, the network or
 * this site, a sign-in that expired, a permission the merchant can add to this very key, or a
 * refusal of the publishable key sent with it (the restricted key is not the one to replace).
 */
function keepsKey(code: ConnectErrorCode): boolean {
  return (
    isRetryableCode(code) ||
    isPublishableKeyError(code) ||
    code === 'permission_missing' ||
    code === 'unauthenticated' ||
    code === 'internal_error'
  );
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
