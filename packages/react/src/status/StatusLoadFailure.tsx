import type { Ref } from 'react';
import { Button, ButtonRow } from '../controls/Button';
import { ErrorBox } from '../controls/ErrorBox';
import { connectErrorText, type ErrorLike } from '../i18n/connectErrorText';
import { useFormatMessage, useMessages } from '../i18n/useMessages';

/** Props of {@link StatusLoadFailure}. */
export interface StatusLoadFailureProps {
  /** Why the status could not be loaded; without it, the generic "something went wrong". */
  error: ErrorLike | undefined;
  onRetry: () => void;
  /** Receives the "Try again" button, so that focus can return to it after another failure. */
  retryRef?: Ref<HTMLButtonElement>;
}

/** The connection status could not be loaded: the reason as an alert, and "Try again". */
export function StatusLoadFailure({ error, onRetry, retryRef }: StatusLoadFailureProps) {
  const messages = useMessages('StatusLoadFailure');
  const t = useFormatMessage('StatusLoadFailure');
  return (
    <>
      <ErrorBox role="alert">
        {connectErrorText(error ?? { code: 'internal_error' }, messages)}
      </ErrorBox>
      <ButtonRow>
        <Button ref={retryRef} type="button" onClick={onRetry}>
          {t('statusRetry')}
        </Button>
      </ButtonRow>
    </>
  );
}
