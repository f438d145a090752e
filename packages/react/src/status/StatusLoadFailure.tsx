import { Button, ButtonRow } from '../controls/Button';
import { ErrorBox } from '../controls/ErrorBox';
import { connectErrorText, type ErrorLike } from '../i18n/connectErrorText';
import { useFormatMessage, useMessages } from '../i18n/useMessages';

/** Props of {@link StatusLoadFailure}. */
export interface StatusLoadFailureProps {
  /** Why the status could not be loaded; without it, the generic "something went wrong". */
  error: ErrorLike | undefined;
  onRetry: () => void;
}

/** The connection status could not be loaded: the reason as an alert, and "Try again". */
export function StatusLoadFailure({ error, onRetry }: StatusLoadFailureProps) {
  const messages = useMessages('StatusLoadFailure');
  const t = useFormatMessage('StatusLoadFailure');
  return (
    <>
      <ErrorBox role="alert">
        {connectErrorText(error ?? { code: 'internal_error' }, messages)}
      </ErrorBox>
      <ButtonRow>
        <Button type="button" onClick={onRetry}>
          {t('statusRetry')}
        </Button>
      </ButtonRow>
    </>
  );
}
