import { expect, waitFor } from 'storybook/test';

/** The least size of any text inside a picture, in CSS px, at every width. */
export const leastPictureText = 11;

/** Waits until every kit picture under `root` has replaced its blank placeholder. */
export async function picturesLoaded(root: HTMLElement): Promise<HTMLElement[]> {
  await waitFor(
    () => {
      const frames = root.querySelectorAll('[data-pelago-screenshot]');
      expect(frames.length).toBeGreaterThan(0);
      expect(root.querySelector('svg[data-placeholder]')).toBeNull();
    },
    { timeout: 5000 },
  );
  return [...root.querySelectorAll<HTMLElement>('[data-pelago-screenshot]')];
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

/**
 * Measures one annotated picture as the browser drew it: every label visible in its frame is
 * at least {@link leastPictureText} px, each marker sits wholly inside the frame, no two
 * markers overlap, no marker covers a highlight box (the control it points at), and the
 * Enlarge button covers neither a marker nor the picture.
 */
export function checkPicture(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLElement>('[data-picture-canvas]');
  const frame = canvas?.parentElement;
  if (!canvas || !frame) throw new Error('the figure has no picture');
  const view = frame.getBoundingClientRect();
  const svg = canvas.querySelector('svg');
  if (svg) {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const label of svg.querySelectorAll('text')) {
      if (!overlaps(label.getBoundingClientRect(), view)) continue;
      const size = Number.parseFloat(getComputedStyle(label).fontSize) * scale;
      expect(
        size,
        `“${label.textContent}” is drawn at ${size.toFixed(1)} px`,
      ).toBeGreaterThanOrEqual(leastPictureText);
    }
  }
  const markers = [...canvas.querySelectorAll('[data-annotation-marker]')].map((marker) =>
    marker.getBoundingClientRect(),
  );
  const boxes = [...canvas.querySelectorAll('[data-annotation-box]')].map((box) =>
    box.getBoundingClientRect(),
  );
  markers.forEach((marker, index) => {
    expect(inside(marker, view), `marker ${index + 1} is cut off by the frame`).toBe(true);
    markers.slice(index + 1).forEach((other, offset) => {
      expect(
        overlaps(marker, other),
        `markers ${index + 1} and ${index + offset + 2} overlap`,
      ).toBe(false);
    });
    boxes.forEach((box, boxIndex) => {
      expect(overlaps(marker, box), `marker ${index + 1} covers box ${boxIndex + 1}`).toBe(false);
    });
  });
  const zoom = figure.querySelector('button[aria-haspopup="dialog"]');
  if (zoom) {
    expect(
      overlaps(zoom.getBoundingClientRect(), view),
      'the Enlarge button covers the picture',
    ).toBe(false);
  }
}
