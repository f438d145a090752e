import { styled } from 'styled-components';
import { LiveRegion } from '../a11y/LiveRegion';
import { useFormatMessage } from '../i18n/useMessages';
import { focusRing } from '../theme/focusRing';
import { space } from '../theme/space';
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
      <Button type="button" data-status={status} onClick={() => copy(text, selectOnFailure?.())}>
        {status === 'copied' ? t('copied') : label}
      </Button>
      <LiveRegion message={announcement} />
      {status === 'failed' && <Failure>{t('copyFailed')}</Failure>}
    </>
  );
}

const Button = styled.button`
  min-height: 2.25rem;
  min-width: 6rem;
  padding: ${space(1)} ${space(3)};
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);
  font-weight: 600;
  ${focusRing}

  &:hover {
    background: var(--pelago-color-surface);
  }

  &[data-status='copied'] {
    border-color: var(--pelago-color-success);
    color: var(--pelago-color-success);
  }
`;

const Failure = styled.p`
  flex-basis: 100%;
  color: var(--pelago-color-danger);
  font-size: 0.875em;
`;
