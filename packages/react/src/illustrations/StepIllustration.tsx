import type { KeyMode } from '@pelago/connect-core';
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react';
import type { IllustratedStepId } from '../guide/stepIds';
import { useMessages } from '../i18n/useMessages';
import type { IllustrationProps } from './IllustrationProps';
import { illustrationLoaders } from './illustrationLoaders';
import { useIsClient } from './useIsClient';

/** Props of {@link StepIllustration}. */
export interface StepIllustrationProps {
  id: IllustratedStepId;
  keyName: string;
  mode: KeyMode;
}

/**
 * The kit's own sketch for a step, loaded on demand. The server and the first client render
 * show a blank canvas of the same size, so hydration matches and the layout does not jump.
 */
export function StepIllustration({ id, keyName, mode }: StepIllustrationProps) {
  const messages = useMessages('StepIllustration');
  const isClient = useIsClient();
  const placeholder = <Placeholder />;
  if (!isClient) return placeholder;
  const Sketch = lazySketch(id);
  return (
    <Suspense fallback={placeholder}>
      <Sketch messages={messages} keyName={keyName} mode={mode} />
    </Suspense>
  );
}

function Placeholder() {
  return (
    <svg viewBox="0 0 320 200" aria-hidden="true" focusable="false" data-placeholder="">
      <rect width="320" height="200" fill="var(--pelago-color-surface)" />
    </svg>
  );
}

const cache = new Map<IllustratedStepId, LazyExoticComponent<ComponentType<IllustrationProps>>>();

function lazySketch(id: IllustratedStepId) {
  let component = cache.get(id);
  if (!component) {
    component = lazy(illustrationLoaders[id]);
    cache.set(id, component);
  }
  return component;
}
