import type { AnnotationBox } from '../screenshot/ScreenshotAnnotation';

/** Every picture is drawn on a 640 × 400 canvas. */
export const canvas = { width: 640, height: 400 } as const;

/**
 * Text sizes in canvas units. The smallest is 16 so that a picture cropped to a 360-unit-wide
 * region still shows text of at least 11 CSS px in a 250 px wide frame (a 320 px phone).
 */
export const textSize = { body: 16, title: 20 } as const;

/** A rectangle given in canvas units, in percent of the canvas as notes and crops are placed. */
export function canvasBox(left: number, top: number, width: number, height: number): AnnotationBox {
  return {
    x: (left / canvas.width) * 100,
    y: (top / canvas.height) * 100,
    width: (width / canvas.width) * 100,
    height: (height / canvas.height) * 100,
  };
}
