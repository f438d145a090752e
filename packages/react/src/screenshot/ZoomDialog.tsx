import type { ReactNode } from 'react';
import { keyframes, styled } from 'styled-components';
import { useModalDialog } from '../a11y/useModalDialog';
import { Button } from '../controls/Button';
import { dialogSurface } from '../theme/dialogSurface';
import { space } from '../theme/space';

/** Props of {@link ZoomDialog}. */
export interface ZoomDialogProps {
  label: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal native `<dialog>`: the browser traps focus and closes it on Escape. Where
 * `showModal` is missing it falls back to an open dialog that still closes on Escape.
 * Mount it to open it; `onClose` asks the owner to unmount it and restore focus.
 */
export function ZoomDialog({ label, closeLabel, onClose, children }: ZoomDialogProps) {
  const { dialogRef, initialFocusRef, dismiss } = useModalDialog<HTMLButtonElement>(onClose);

  return (
    <Dialog
      ref={dialogRef}
      aria-label={label}
      onCancel={dismiss}
      onKeyDown={(event) => {
        if (event.key === 'Escape') dismiss(event);
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <Content>
        <CloseButton ref={initialFocusRef} type="button" onClick={onClose}>
          {closeLabel}
        </CloseButton>
        {children}
      </Content>
    </Dialog>
  );
}

const zoomIn = keyframes`
  from { opacity: 0.6; transform: scale(0.97); }
  to { opacity: 1; transform: none; }
`;

const Dialog = styled.dialog`
  ${dialogSurface}
  width: min(96vw, 72rem);
  max-height: 96vh;
  overflow: auto;

  @media (prefers-reduced-motion: no-preference) {
    &[open] {
      animation: ${zoomIn} 160ms ease-out;
    }
  }
`;

const Content = styled.div`
  display: grid;
  gap: ${space(3)};
  padding: ${space(4)};
`;

const CloseButton = styled(Button)`
  && {
    justify-self: end;
  }
`;
