import {
  Component,
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
} from 'react';
import { Button, ButtonRow } from '../controls/Button';
import { space } from '../theme/space';

/**
 * The kit's controls a lazily loaded dialog is made from. The page that opens the dialog has
 * them already, so they are handed to it rather than downloaded a second time with it.
 */
export const dialogControls = { Button, ButtonRow, space };
/** See {@link dialogControls}. */
export type DialogControls = typeof dialogControls;

/** A dialog loaded on first use, made by {@link lazyDialog}. */
export interface LazyDialog<P> {
  /** The dialog, to render inside a {@link DialogLoader}; it shows once its code is there. */
  readonly Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the code early, e.g. when the pointer or focus reaches the opener. */
  preload: () => void;
  /** Forgets a failed load, so that the next opening tries again. */
  retry: () => void;
}

/**
 * A dialog that shows only after a press, loaded on first use so that its code is not part
 * of what the page loads at once. Render it inside a {@link DialogLoader}.
 */
export function lazyDialog<P>(
  make: (controls: DialogControls) => Promise<ComponentType<P>>,
): LazyDialog<P> {
  // Made once, however often it is preloaded; a failed load is forgotten so it can be retried.
  let made: Promise<ComponentType<P>> | undefined;
  const load = () =>
    (made ??= make(dialogControls).catch((error: unknown) => {
      made = undefined;
      throw error;
    }));
  const loadAsModule = () => load().then((component) => ({ default: component }));
  let current = lazy(loadAsModule);
  return {
    get Component() {
      return current;
    },
    preload: () => {
      // A failed early load is tried again when the dialog opens.
      load().catch(() => undefined);
    },
    retry: () => {
      current = lazy(loadAsModule);
    },
  };
}

/** Props of {@link DialogLoader}. */
export interface DialogLoaderProps {
  /** The dialog rendered inside. */
  dialog: Pick<LazyDialog<unknown>, 'retry'>;
  /** Asks the owner to close the dialog: its code could not be loaded (the connection dropped). */
  onUnavailable: () => void;
  children: ReactNode;
}

/**
 * Shows nothing while a lazily loaded dialog's code arrives (as if it opened a moment later),
 * and closes it instead of breaking the page when the code cannot be loaded.
 */
export function DialogLoader({ dialog, onUnavailable, children }: DialogLoaderProps) {
  return (
    <Unavailable
      onError={() => {
        dialog.retry();
        onUnavailable();
      }}
    >
      <Suspense fallback={null}>{children}</Suspense>
    </Unavailable>
  );
}

interface UnavailableProps {
  children: ReactNode;
  onError: () => void;
}

/** Renders nothing in place of a dialog that failed, and tells its owner. */
class Unavailable extends Component<UnavailableProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch() {
    this.props.onError();
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
