import type { KeyMode } from '@pelago/connect-core';
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react';
import type { IllustratedStepId } from '../guide/stepIds';
import { useMessages } from '../i18n/useMessages';
import { canvas } from './canvas';
import type { IllustrationProps } from './IllustrationProps';
import { illustrationLoaders } from './illustrationLoaders';
import { annotationsLoaded } from './loadedAnnotations';
import { useIsClient } from './useIsClient';

/** Props of {@link StepIllustration}. */
export interface StepIllustrationProps {
  id: IllustratedStepId;
  keyName: string;
  mode: KeyMode;
  /** The host's website address, shown in the name form's URL field. */
  websiteUrl?: string;
}

/**
 * The kit's own picture of a Dashboard screen for a step, loaded on demand. The server and the first client render
 * show a blank canvas of the same size, so hydration matches and the layout does not jump.
 */
export function StepIllustration({ id, keyName, mode, websiteUrl = '' }: StepIllustrationProps) {
  const messages = useMessages('StepIllustration');
  const isClient = useIsClient();
  const placeholder = <Placeholder />;
  if (!isClient) return placeholder;
  const Sketch = lazySketch(id);
  return (
    <Suspense fallback={placeholder}>
      <Sketch messages={messages} keyName={keyName} mode={mode} websiteUrl={websiteUrl} />
    </Suspense>
  );
}

function Placeholder() {
  return (
    <svg
      viewBox={`0 0 ${canvas.width} ${canvas.height}`}
      aria-hidden="true"
      focusable="false"
      data-placeholder=""
    >
      <rect width={canvas.width} height={canvas.height} fill="var(--pelago-color-surface)" />
    </svg>
  );
}

const cache = new Map<IllustratedStepId, LazyExoticComponent<ComponentType<IllustrationProps>>>();

function lazySketch(id: IllustratedStepId) {
  let component = cache.get(id);
  if (!component) {
    // The picture comes with its notes, recorded before it resolves: the markers and the note
    // list are there when the picture replaces its placeholder.
    component = lazy(() =>
      Promise.all([illustrationLoaders[id](), import('./defaultAnnotations')]).then(
        ([picture, notes]) => {
          annotationsLoaded(id, notes.defaultAnnotations[id]);
          return picture;
        },
      ),
    );
    cache.set(id, component);
  }
  return component;
}
