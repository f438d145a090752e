import type { Ref } from 'react';
import { Button } from '../controls/Button';
import { ErrorBox } from '../controls/ErrorBox';
import { TextLink } from '../controls/TextLink';
import { connectErrorText, connectErrorTitleKey, type ErrorLike } from '../i18n/connectErrorText';
import { useFormatMessage, useMessages } from '../i18n/useMessages';

/** Props of {@link StatusLoadFailure}. */
export interface StatusLoadFailureProps {
  /** Why the status could not be loaded; without it, the generic "this site had a problem". */
  error: ErrorLike | undefined;
  onRetry: () => void;
  /** Receives the "Try again" button, so that focus can return to it after another failure. */
  retryRef?: Ref<HTMLButtonElement>;
  /** Your help or contact page, offered when this site fails to answer. */
  helpHref?: string;
  /** Your sign-in page, offered when the merchant was signed out. */
  signInHref?: string;
}

/** The connection status could not be loaded: the reason as an alert, then "Try again". */
export function StatusLoadFailure({
  error = { code: 'internal_error' },
  onRetry,
  retryRef,
  helpHref,
  signInHref,
}: StatusLoadFailureProps) {
  const messages = useMessages('StatusLoadFailure');
  const t = useFormatMessage('StatusLoadFailure');
  return (
    <ErrorBox
      alert
      title={t(connectErrorTitleKey(error.code))}
      actions={
        <>
          <Button ref={retryRef} type="button" data-variant="primary" onClick={onRetry}>
            {t('statusRetry')}
          </Button>
          {error.code === 'unauthenticated' && signInHref && (
            <TextLink href={signInHref}>{t('signInLink')}</TextLink>
          )}
          {error.code !== 'unauthenticated' && helpHref && (
            <TextLink href={helpHref}>{t('helpLink')}</TextLink>
          )}
        </>
      }
    >
      <p>{connectErrorText(error, messages)}</p>
    </ErrorBox>
  );
}
