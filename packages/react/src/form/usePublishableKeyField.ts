import type { ConnectError, KeyMode } from '@pelago/connect-core';
import { type ChangeEvent, useCallback, useMemo, useRef, useState } from 'react';
import { connectErrorText } from '../i18n/connectErrorText';
import type { Messages } from '../i18n/en';
import {
  checkPublishableKey,
  emptyPublishableKeyCheck,
  isSecretPaste,
  type PublishableKeyCheck,
  publishableKeyCheckMessage,
} from './publishableKeyCheck';

/** The state of a publishable-key field, for building your own key form. */
export interface PublishableKeyField {
  /**
   * Spread on the publishable-key `<input>` (a plain text field: the key is public). A
   * restricted or secret key pasted into it is refused and the field let go of it at once.
   */
  inputProps: {
    ref: { readonly current: HTMLInputElement | null };
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onPaste: () => void;
    onBlur: () => void;
  };
  /** The local check of what the field holds (or of the secret paste it let go of). */
  check: PublishableKeyCheck;
  /** The refusal to show under the field, in the provider's language; `''` for none. */
  problem: string;
  /** True when `problem` is the server's refusal (it came after a submission: an alert). */
  refusedByServer: boolean;
}

/** {@link PublishableKeyField} with what its owner uses to submit. */
export interface OwnPublishableKeyField extends PublishableKeyField {
  /**
   * The key to send: `undefined` for an empty field that may stay empty, `null` when refused
   * (the refusal is shown and focus moves to the field).
   */
  take: (required: boolean) => string | undefined | null;
  /** Shows the server's refusal of the key sent. */
  refuse: (error: ConnectError) => void;
  /** Empties the field and forgets refusals. */
  clear: () => void;
}

/**
 * The publishable-key field's state: checked locally like the restricted key (on paste, on
 * leaving the field, on submit), with a server refusal shown until the field changes.
 */
export function usePublishableKeyField(mode: KeyMode, messages: Messages): OwnPublishableKeyField {
  const ref = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [check, setCheck] = useState<PublishableKeyCheck>(emptyPublishableKeyCheck);
  const [revealed, setRevealed] = useState(false);
  const [refusal, setRefusal] = useState<ConnectError>();
  const pasted = useRef(false);

  const inputProps = useMemo<Omit<PublishableKeyField['inputProps'], 'value'>>(
    () => ({
      ref,
      onChange: (event) => {
        const typed = event.currentTarget.value;
        const found = checkPublishableKey(typed, mode);
        setCheck(found);
        setRefusal(undefined);
        // A secret is let go of at once: it never stays in the field, state or page.
        const secret = isSecretPaste(found);
        setValue(secret ? '' : typed);
        setRevealed(typed !== '' && (pasted.current || secret || (found.ok === false && revealed)));
        pasted.current = false;
      },
      onPaste: () => {
        pasted.current = true;
      },
      onBlur: () => {
        if (ref.current?.value) setRevealed(true);
      },
    }),
    [mode, revealed],
  );

  const take = useCallback(
    (required: boolean) => {
      const found = checkPublishableKey(ref.current?.value ?? value, mode);
      setCheck(found);
      if (found.ok) return found.key;
      if (found.refusal === 'empty' && !required) return undefined;
      setRevealed(true);
      ref.current?.focus();
      return null;
    },
    [mode, value],
  );

  // Focus on the refused key, selected, so that the next paste replaces it.
  const refuse = useCallback((error: ConnectError) => {
    setRefusal(error);
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const clear = useCallback(() => {
    setValue('');
    setCheck(emptyPublishableKeyCheck);
    setRevealed(false);
    setRefusal(undefined);
  }, []);

  const local = revealed ? publishableKeyCheckMessage(check, messages, mode) : '';
  return {
    inputProps: { ...inputProps, value },
    check,
    problem: refusal ? connectErrorText(refusal, messages) : local,
    refusedByServer: refusal !== undefined,
    take,
    refuse,
    clear,
  };
}
