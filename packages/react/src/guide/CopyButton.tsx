import { styled } from 'styled-components';
import { LiveRegion } from '../a11y/LiveRegion';
import { Button } from '../controls/Button';
import { useFormatMessage } from '../i18n/useMessages';
import { useCopyToClipboard } from './useCopyToClipboard';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  text: string;
  /** Visible label before copying, e.g. "Copy name". */
  label: string;
  /** The element whose text is selected when the clipboard cannot be used. */
  selectOnFailure?: () => HTMLElement | null;
}

/** Copies text, shows "Copied" and announces it; explains the manual way when it cannot. */
export function CopyButton({ text, label, selectOnFailure }: CopyButtonProps) {
  const t = useFormatMessage('CopyButton');
  const { status, copy } = useCopyToClipboard();
  const announcement =
    status === 'copied'
      ? t('copiedAnnouncement', { name: text })
      : status === 'failed'
        ? t('copyFailed')
        : '';
  return (
    <>
      <CopyAction
        type="button"
        data-status={status}
        onClick={() => copy(text, selectOnFailure?.())}
      >
        {status === 'copied' ? t('copied') : label}
      </CopyAction>
      <LiveRegion message={announcement} />
      {status === 'failed' && <Failure>{t('copyFailed')}</Failure>}
    </>
  );
}

// The shared button, in the success colour once it has copied.
const CopyAction = styled(Button)`
  && {
    &[data-status='copied'] {
      border-color: var(--pelago-color-success);
      color: var(--pelago-color-success);
    }
  }
`;

const Failure = styled.p`
  flex-basis: 100%;
  color: var(--pelago-color-danger);
  font-size: 0.875em;
`;
