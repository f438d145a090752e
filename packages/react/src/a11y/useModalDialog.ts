import { type RefObject, type SyntheticEvent, useLayoutEffect, useRef } from 'react';

/** What {@link useModalDialog} gives its dialog. */
export interface ModalDialog<T extends HTMLElement> {
  /** For the `<dialog>` element. */
  dialogRef: RefObject<HTMLDialogElement | null>;
  /** For the element that takes focus when the dialog opens. */
  initialFocusRef: RefObject<T | null>;
  /** For Escape and the backdrop: stops the browser closing the dialog, asks the owner to. */
  dismiss: (event: SyntheticEvent) => void;
}

/**
 * Opens a native `<dialog>` as modal when it mounts, so the browser keeps focus inside and
 * the page behind inert; where `showModal` is missing it opens in place. The owner unmounts it
 * to close it, which keeps React in charge of whether it is open.
 */
export function useModalDialog<T extends HTMLElement>(onDismiss: () => void): ModalDialog<T> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const initialFocusRef = useRef<T>(null);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    initialFocusRef.current?.focus();
  }, []);

  const dismiss = (event: SyntheticEvent) => {
    event.preventDefault();
    onDismiss();
  };
  return { dialogRef, initialFocusRef, dismiss };
}
