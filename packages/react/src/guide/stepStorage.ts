/** The storage key used when `persistStep` is `true`. */
export const defaultStepStorageKey = 'pelago-connect:key-setup-step';

/**
 * Reads a saved step index from sessionStorage. Storage may be missing (server), blocked
 * (privacy settings throw on access) or hold anything: all of these give `undefined`.
 */
export function readStoredStep(storageKey: string, stepCount: number): number | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(storageKey);
    if (raw == null || !/^\d+$/.test(raw)) return undefined;
    const index = Number(raw);
    return index < stepCount ? index : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the step index, and only the index. Failures are ignored: resuming is a nicety. */
export function writeStoredStep(storageKey: string, index: number): void {
  try {
    globalThis.sessionStorage?.setItem(storageKey, String(index));
  } catch {
    // Storage full or blocked: the guide works without it.
  }
}
