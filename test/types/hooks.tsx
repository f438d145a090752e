// Every public hook, used the way the docs show, type-checked under React 18's and React 19's
// types (see react18/ and react19/). Nothing here runs.
import type { ConnectError, KeyStatus, PutKeyResponse } from '@pelago/connect-core';
import {
  type ConnectionStatusState,
  type KeySetup,
  type KeyVerification,
  type PelagoConnectContextValue,
  SecretKeyInput,
  useConnectionStatus,
  useKeySetup,
  useKeyVerification,
  usePelagoConnect,
} from '@pelago/connect-react';
import { type ComponentPropsWithoutRef, forwardRef, useEffect } from 'react';

export function OwnKeyField() {
  const verification: KeyVerification = useKeyVerification({
    mode: 'live',
    onVerified: (result: PutKeyResponse) => result.status.connected,
    onError: (error: ConnectError) => error.code,
  });
  const { inputProps, problem, state } = verification;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void verification.submit({ name: 'Acme_Pelago' });
      }}
    >
      <label htmlFor="key">Restricted key</label>
      {/* The hook's own TSDoc example: spread on a plain <input>. */}
      <input id="key" type="password" autoComplete="off" {...inputProps} />
      {problem ? <p role="alert">{problem}</p> : null}
      <button type="submit" aria-disabled={state === 'checking'}>
        Verify
      </button>
      <button type="button" onClick={verification.clear}>
        Clear
      </button>
    </form>
  );
}

export function FocusesTheKeyField() {
  const { inputProps } = useKeyVerification();
  // The ref can be read like any ref to an input, and passed on to one.
  useEffect(() => inputProps.ref.current?.focus(), [inputProps.ref]);
  const value: string | undefined = inputProps.ref.current?.value;
  return <input ref={inputProps.ref} onChange={inputProps.onChange} aria-label={value} />;
}

export function OwnGuide() {
  const setup: KeySetup = useKeySetup({
    mode: 'test',
    companyName: 'Acme',
    persistStep: true,
    onStepChange: (index, step) => `${index}${step.id}`,
    onComplete: () => {},
  });
  const index: number = setup.index;
  return (
    <nav aria-label="Steps">
      <p>{index}</p>
      <button type="button" onClick={() => setup.back()}>
        Back
      </button>
      <button type="button" onClick={() => setup.next()}>
        Next
      </button>
    </nav>
  );
}

export function OwnStatus({ status }: { status?: KeyStatus }) {
  const connection: ConnectionStatusState = useConnectionStatus({
    ...(status ? { status } : {}),
    onDisconnected: () => {},
    onError: (error) => error.message,
  });
  const connected: boolean | undefined = connection.status?.connected;
  return (
    <button type="button" disabled={connection.loading} onClick={() => void connection.verify()}>
      {connected ? 'Verify again' : 'Not connected'}
    </button>
  );
}

export function ReadsTheProvider() {
  const context: PelagoConnectContextValue = usePelagoConnect();
  const lang: string = context.lang;
  const next: string = context.messages.next;
  return <span lang={lang}>{next}</span>;
}

/** A host's own input component, as design systems write them. */
const HostInput = forwardRef<HTMLInputElement, ComponentPropsWithoutRef<'input'>>(
  function HostInput(props, ref) {
    return <input ref={ref} {...props} />;
  },
);

export function KitPropsOnTheHostsInputs() {
  const { inputProps } = useKeyVerification();
  return (
    <>
      <HostInput type="password" {...inputProps} />
      <SecretKeyInput
        id="key"
        showLabel="Show"
        hideLabel="Hide"
        inputRef={inputProps.ref}
        onChange={inputProps.onChange}
        onPaste={inputProps.onPaste}
        onBlur={inputProps.onBlur}
      />
    </>
  );
}

export function WrongOptions() {
  // @ts-expect-error the mode is 'test' or 'live'
  useKeyVerification({ mode: 'production' });
  // @ts-expect-error onVerified gets the server's answer, not a string
  useKeyVerification({ onVerified: (answer: string) => answer });
  return null;
}
