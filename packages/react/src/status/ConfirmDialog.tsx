import { type KeyboardEvent, type ReactNode, useId } from 'react';
import { styled } from 'styled-components';
import type { DialogControls } from '../a11y/lazyDialog';
import { useModalDialog } from '../a11y/useModalDialog';
import { dialogSurface } from '../theme/dialogSurface';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Level of the title's heading. */
  headingLevel: number;
  /** Says the confirmation is under way: the confirm button ignores presses. */
  busy?: boolean;
  onConfirm: () => void;
  /** Escape, the cancel button or a click on the backdrop. */
  onCancel: () => void;
}

/**
 * A modal confirmation (`role="alertdialog"`) in a native `<dialog>`: focus starts on the
 * cancel button (the safe choice), Tab stays inside, Escape cancels. Where `showModal` is
 * missing it opens in place and keeps the same keyboard rules. Mount it to open it; the owner
 * unmounts it and puts focus back where it was.
 *
 * Made from the kit's controls, which the page that opens it already has (see `lazyDialog`).
 */
export function makeConfirmDialog({ Button, ButtonRow, space }: DialogControls) {
  const Content = styled.div`
    display: grid;
    gap: ${space(4)};
    padding: ${space(5)};
  `;

  // biome-ignore lint/correctness/noComponentHookFactories: made once per page by lazyDialog, never during a render
  return function ConfirmDialog({
    title,
    children,
    confirmLabel,
    cancelLabel,
    headingLevel,
    busy = false,
    onConfirm,
    onCancel,
  }: ConfirmDialogProps) {
    const id = useId();
    const {
      dialogRef,
      initialFocusRef: cancelRef,
      dismiss: cancel,
    } = useModalDialog<HTMLButtonElement>(() => {
      if (!busy) onCancel();
    });

    const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
      if (event.key === 'Escape') return cancel(event);
      if (event.key !== 'Tab') return;
      const buttons = [...event.currentTarget.querySelectorAll('button')];
      const first = buttons[0];
      const last = buttons[buttons.length - 1];
      const active = event.currentTarget.ownerDocument.activeElement;
      if (event.shiftKey && active === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first?.focus();
      }
    };

    const Title = `h${Math.min(headingLevel, 6)}` as 'h2';
    return (
      <Dialog
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}title`}
        aria-describedby={`${id}body`}
        onCancel={cancel}
        onKeyDown={onKeyDown}
        onClick={(event) => {
          // A click on the backdrop lands on the dialog element itself.
          if (event.target === event.currentTarget) cancel(event);
        }}
      >
        <Content>
          <DialogTitle as={Title} id={`${id}title`}>
            {title}
          </DialogTitle>
          <div id={`${id}body`}>{children}</div>
          <ButtonRow>
            <Button ref={cancelRef} type="button" onClick={cancel}>
              {cancelLabel}
            </Button>
            <Button
              type="button"
              data-variant="danger"
              aria-disabled={busy}
              onClick={() => {
                if (!busy) onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </ButtonRow>
        </Content>
      </Dialog>
    );
  };
}

const Dialog = styled.dialog`
  ${dialogSurface}
  width: min(92vw, 28rem);

  /* Without showModal the dialog opens in place, over the status. */
  &[open]:not(:modal) {
    position: absolute;
    inset-inline: 0;
    z-index: 1;
  }
`;

const DialogTitle = styled.h2`
  font-size: 1.125em;
  font-weight: 700;
`;
