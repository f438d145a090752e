import { type KeyMode, suggestKeyName } from '@pelago/connect-core';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useLoadedAnnotations } from '../illustrations/loadedAnnotations';
import { usePelagoConnectInternal } from '../provider/PelagoConnectContext';
import { apiKeysUrl, createRestrictedKeyUrl } from './dashboardLinks';
import { createDefaultSteps } from './defaultSteps';
import type { KeySetupOptions } from './KeySetupOptions';
import type { KeySetupLinks, KeySetupStep, KeySetupStepContext } from './KeySetupStep';
import type { KeySetupFlow } from './stepIds';
import { defaultStepStorageKey, readStoredStep, writeStoredStep } from './stepStorage';

/** Where a step stands for the merchant. */
export type KeySetupStepStatus = 'completed' | 'current' | 'not-started';

/** The state and actions of a key-setup guide, for building your own view of it. */
export interface KeySetup {
  steps: KeySetupStep[];
  /** Zero-based index of the step shown. */
  index: number;
  step: KeySetupStep;
  total: number;
  isFirst: boolean;
  isLast: boolean;
  /** True once the merchant pressed the last step's button. */
  isComplete: boolean;
  /** The furthest step reached; every step up to it can be revisited. */
  reachedIndex: number;
  getStepStatus: (index: number) => KeySetupStepStatus;
  /** Whether the merchant may jump to a step from the step list (visited steps only). */
  canGoTo: (index: number) => boolean;
  goTo: (index: number) => void;
  /** The next step, or `complete()` on the last one. */
  next: () => void;
  back: () => void;
  complete: () => void;
  exit: () => void;
  mode: KeyMode;
  /** The walk the guide shows: creating a key or fixing an existing key's permissions. */
  flow: KeySetupFlow;
  companyName: string;
  setCompanyName: (name: string) => void;
  keyName: string;
  links: KeySetupLinks;
  /** What the current step's `content` function receives. */
  context: KeySetupStepContext;
}

/**
 * The headless key-setup guide: the steps, where the merchant is, how to move, the Stripe
 * links for the mode and the suggested key name. `KeySetupGuide` is built on it.
 *
 * @throws Error when called outside a `<PelagoConnectProvider>`.
 */
export function useKeySetup(options: KeySetupOptions = {}): KeySetup {
  const { messages } = usePelagoConnectInternal('useKeySetup');
  const { onStepChange, onComplete, onExit, illustrations, renderHandOver } = options;
  const mode: KeyMode = options.mode === 'live' ? 'live' : 'test';
  const flow: KeySetupFlow = options.flow === 'fix-permissions' ? 'fix-permissions' : 'create';
  const websiteUrl = options.websiteUrl?.trim() ?? '';

  const [typedCompanyName, setCompanyName] = useState<string>();
  const companyName = typedCompanyName ?? options.companyName ?? '';
  const keyName = companyName.trim() ? suggestKeyName(companyName) : '';
  const links = useMemo<KeySetupLinks>(
    () => ({
      apiKeys: apiKeysUrl(mode),
      createRestrictedKey: createRestrictedKeyUrl(mode, keyName),
    }),
    [mode, keyName],
  );

  const stepsOption = options.steps;
  const loadedAnnotations = useLoadedAnnotations();
  const steps = useMemo(() => {
    if (Array.isArray(stepsOption)) return stepsOption;
    const defaults = createDefaultSteps({
      messages,
      mode,
      flow,
      keyName,
      websiteUrl,
      illustrations,
      renderHandOver,
      loadedAnnotations,
    });
    return typeof stepsOption === 'function' ? stepsOption(defaults) : defaults;
  }, [
    stepsOption,
    messages,
    mode,
    flow,
    keyName,
    websiteUrl,
    illustrations,
    renderHandOver,
    loadedAnnotations,
  ]);
  if (steps.length === 0) {
    throw new Error('useKeySetup needs at least one step, but the `steps` option gave none.');
  }
  const total = steps.length;

  const controlled = options.step !== undefined;
  const storageKey =
    options.persistStep === true
      ? defaultStepStorageKey
      : typeof options.persistStep === 'string' && options.persistStep
        ? options.persistStep
        : undefined;
  const persistKey = controlled ? undefined : storageKey;

  // The saved step is read outside render state: the server and the hydrating render see
  // none (so the HTML matches), a plain client render sees it at once (no flash).
  const storedIndex = useSyncExternalStore(
    subscribeToNothing,
    () => (persistKey ? readStoredStep(persistKey, total) : undefined),
    () => undefined,
  );
  const [ownIndex, setOwnIndex] = useState<number>();
  const index = clampIndex(
    controlled ? (options.step as number) : (ownIndex ?? storedIndex ?? options.defaultStep ?? 0),
    total,
  );
  const [reached, setReached] = useState(index);
  const reachedIndex = Math.max(reached, index);
  const [isComplete, setComplete] = useState(false);

  const goTo = useCallback(
    (target: number) => {
      const destination = clampIndex(target, total);
      if (destination === index) return;
      if (!controlled) setOwnIndex(destination);
      setReached((previous) => Math.max(previous, index, destination));
      if (persistKey) writeStoredStep(persistKey, destination);
      onStepChange?.(destination, steps[destination]!);
    },
    [index, total, controlled, persistKey, onStepChange, steps],
  );
  const complete = useCallback(() => {
    setComplete(true);
    onComplete?.();
  }, [onComplete]);
  const isLast = index === total - 1;
  const next = useCallback(
    () => (isLast ? complete() : goTo(index + 1)),
    [isLast, complete, goTo, index],
  );
  const back = useCallback(() => goTo(index - 1), [goTo, index]);
  const exit = useCallback(() => onExit?.(), [onExit]);

  const getStepStatus = (at: number): KeySetupStepStatus =>
    at === index ? 'current' : at < reachedIndex || isComplete ? 'completed' : 'not-started';
  const canGoTo = (at: number) => at >= 0 && at <= reachedIndex;

  const context = useMemo<KeySetupStepContext>(
    () => ({
      mode,
      flow,
      websiteUrl,
      index,
      total,
      companyName,
      setCompanyName,
      keyName,
      links,
      next,
      back,
      complete,
    }),
    [mode, flow, websiteUrl, index, total, companyName, keyName, links, next, back, complete],
  );

  return {
    steps,
    index,
    step: steps[index]!,
    total,
    isFirst: index === 0,
    isLast,
    isComplete,
    reachedIndex,
    getStepStatus,
    canGoTo,
    goTo,
    next,
    back,
    complete,
    exit,
    mode,
    flow,
    companyName,
    setCompanyName,
    keyName,
    links,
    context,
  };
}

function subscribeToNothing() {
  return () => {};
}

/** A whole index inside the list; anything else (NaN, negative, too large) is brought in. */
function clampIndex(value: number, total: number): number {
  return Math.min(Math.max(Math.trunc(value) || 0, 0), total - 1);
}
