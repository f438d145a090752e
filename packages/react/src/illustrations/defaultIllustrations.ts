import type { IllustratedStepId } from '../guide/stepIds';
import type { Messages } from '../i18n/en';
import type { ScreenshotAnnotation } from '../screenshot/ScreenshotAnnotation';

/** Where the notes of a default sketch sit, and what they and the picture say. */
export interface DefaultIllustration {
  /** The picture's text alternative. */
  alt: (messages: Messages) => string;
  annotations: (messages: Messages) => ScreenshotAnnotation[];
}

// The sketches are drawn on a 320 × 200 canvas; notes are placed in percent of it.
const x = (units: number) => (units / 320) * 100;
const y = (units: number) => (units / 200) * 100;
const box = (left: number, top: number, width: number, height: number) => ({
  x: x(left),
  y: y(top),
  width: x(width),
  height: y(height),
});

/** The text and note positions of the kit's own step pictures, by step id. */
export const defaultIllustrations: Record<IllustratedStepId, DefaultIllustration> = {
  'open-api-keys': {
    alt: (m) => m.altOpenApiKeys,
    annotations: (m) => [
      {
        id: 'developers',
        x: x(76),
        y: y(89),
        box: box(4, 83, 68, 13),
        label: m.noteOpenDevelopers,
      },
      { id: 'api-keys', x: x(76), y: y(105), box: box(12, 99, 60, 13), label: m.noteChooseApiKeys },
    ],
  },
  'create-restricted-key': {
    alt: (m) => m.altCreateRestrictedKey,
    annotations: (m) => [
      {
        id: 'create-restricted-key',
        x: x(192),
        y: y(111),
        box: box(198, 101, 116, 20),
        label: m.notePressCreateRestricted,
      },
    ],
  },
  'name-key': {
    alt: (m) => m.altNameKey,
    annotations: (m) => [
      { id: 'key-name', x: x(258), y: y(77), box: box(86, 66, 164, 22), label: m.noteTypeName },
    ],
  },
  'set-permissions': {
    alt: (m) => m.altSetPermissions,
    annotations: (m) => [
      { id: 'charges', x: x(306), y: y(62), box: box(254, 53, 40, 18), label: m.noteChargesWrite },
      { id: 'refunds', x: x(306), y: y(86), box: box(254, 77, 40, 18), label: m.noteRefundsWrite },
    ],
  },
  'create-key': {
    alt: (m) => m.altCreateKey,
    annotations: (m) => [
      {
        id: 'create-key',
        x: x(272),
        y: y(146),
        box: box(230, 158, 84, 20),
        label: m.notePressCreateKey,
      },
    ],
  },
  'reveal-key': {
    alt: (m) => m.altRevealKey,
    annotations: (m) => [
      { id: 'new-key', x: x(84), y: y(81), label: m.noteFindKey },
      { id: 'reveal', x: x(263), y: y(124), box: box(218, 90, 90, 20), label: m.notePressReveal },
    ],
  },
};
