import { VisuallyHidden } from './VisuallyHidden';

/** Props of {@link LiveRegion}. */
export interface LiveRegionProps {
  /** The text to announce; changing it makes screen readers read the new text. */
  message: string;
  /** `'polite'` waits for a pause (default); `'assertive'` interrupts. */
  politeness?: 'polite' | 'assertive';
}

/**
 * An invisible status region. It is in the page from the first render, empty, so that the
 * first real message is announced too.
 */
export function LiveRegion({ message, politeness = 'polite' }: LiveRegionProps) {
  return (
    <VisuallyHidden
      role={politeness === 'assertive' ? 'alert' : 'status'}
      aria-live={politeness}
      aria-atomic="true"
    >
      {message}
    </VisuallyHidden>
  );
}
