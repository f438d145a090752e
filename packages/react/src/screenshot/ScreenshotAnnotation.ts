import type { ReactNode } from 'react';

/** A rectangle on a picture, in percent of its width (`x`, `width`) and height (`y`, `height`). */
export interface AnnotationBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One numbered note on a picture. Positions are percentages, so they scale with the picture. */
export interface ScreenshotAnnotation {
  /** Stable key of the note. */
  id: string;
  /** Centre of the numbered marker, in percent of the picture's width. */
  x: number;
  /** Centre of the numbered marker, in percent of the picture's height. */
  y: number;
  /** An optional highlight around the part of the picture the note is about. */
  box?: AnnotationBox;
  /** The explanation, shown in the numbered list beside or below the picture. */
  label: ReactNode;
}
