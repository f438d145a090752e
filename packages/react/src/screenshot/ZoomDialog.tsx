import type { ReactNode } from 'react';
import { keyframes, styled } from 'styled-components';
import type { DialogControls } from '../a11y/lazyDialog';
import { useModalDialog } from '../a11y/useModalDialog';
import { dialogSurface } from '../theme/dialogSurface';

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
 *
 * Made from the kit's controls, which the page that opens it already has (see `lazyDialog`).
 */
export function makeZoomDialog({ Button, space }: DialogControls) {
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

  // biome-ignore lint/correctness/noComponentHookFactories: made once per page by lazyDialog, never during a render
  return function ZoomDialog({ label, closeLabel, onClose, children }: ZoomDialogProps) {
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
  };
}

const zoomIn = keyframes`
  from { opacity: 0.6; transform: scale(0.97); }
  to { opacity: 1; transform: none; }
`;

// On a phone the enlarged picture takes the whole screen.
const Dialog = styled.dialog`
  ${dialogSurface}
  width: min(96vw, 72em);
  max-height: 96vh;
  overflow: auto;

  @media (max-width: 640px) {
    width: 100vw;
    height: 100dvh;
    max-height: none;
    margin: 0;
    border-radius: 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    &[open] {
      animation: ${zoomIn} 160ms ease-out;
    }
  }
`;
