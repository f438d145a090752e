import { useSyncExternalStore } from 'react';
import type { IllustratedStepId } from '../guide/stepIds';
import type { DefaultAnnotations } from './defaultAnnotations';

/** The notes of the default pictures loaded so far, by step id. */
export type LoadedAnnotations = ReadonlyMap<IllustratedStepId, DefaultAnnotations>;

const none: LoadedAnnotations = new Map();
let loaded: LoadedAnnotations = none;
const listeners = new Set<() => void>();

/** Records a step's notes, which arrive with its picture, and tells the guides showing it. */
export function annotationsLoaded(id: IllustratedStepId, notes: DefaultAnnotations): void {
  if (loaded.get(id) === notes) return;
  loaded = new Map(loaded).set(id, notes);
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/**
 * The notes loaded so far. The server and the hydrating render see none, like the picture's
 * placeholder, so the HTML matches.
 */
export function useLoadedAnnotations(): LoadedAnnotations {
  return useSyncExternalStore(
    subscribe,
    () => loaded,
    () => none,
  );
}
