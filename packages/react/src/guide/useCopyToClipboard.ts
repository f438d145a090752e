import { useCallback, useEffect, useRef, useState } from 'react';

/** Where a copy stands: nothing yet, done, or impossible here. */
export type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * Copies text with the asynchronous Clipboard API. Without it (insecure page, old browser,
 * permission refused) the status turns to `'failed'` and the given element's text is
 * selected, so the merchant can copy it by hand.
 */
export function useCopyToClipboard(resetAfterMs = 3000) {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(
    async (text: string, fallbackSelection?: HTMLElement | null) => {
      clearTimeout(timer.current);
      try {
        const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
        if (typeof clipboard?.writeText !== 'function') throw new Error('No clipboard');
        await clipboard.writeText(text);
        setStatus('copied');
        timer.current = setTimeout(() => setStatus('idle'), resetAfterMs);
      } catch {
        if (fallbackSelection) window.getSelection()?.selectAllChildren(fallbackSelection);
        setStatus('failed');
      }
    },
    [resetAfterMs],
  );

  return { status, copy };
}
