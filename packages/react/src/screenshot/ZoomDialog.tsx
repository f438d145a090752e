import { type ReactNode, type SyntheticEvent, useLayoutEffect, useRef } from 'react';
import { keyframes, styled } from 'styled-components';
import { focusRing } from '../theme/focusRing';
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
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    closeRef.current?.focus();
  }, []);

  const cancel = (event: SyntheticEvent) => {
    event.preventDefault();
    onClose();
  };

  return (
    <Dialog
      ref={dialogRef}
      aria-label={label}
      onCancel={cancel}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel(event);
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <Content>
        <CloseButton ref={closeRef} type="button" onClick={onClose}>
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
  width: min(96vw, 72rem);
  max-width: none;
  max-height: 96vh;
  overflow: auto;
  margin: auto;
  padding: 0;
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);
  color: var(--pelago-color-text);

  &::backdrop {
    background: rgb(0 0 0 / 0.65);
  }

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

const CloseButton = styled.button`
  justify-self: end;
  min-height: 2.25rem;
  padding: 0 ${space(4)};
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-surface);
  font-weight: 600;
  ${focusRing}
`;
