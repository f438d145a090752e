import type { IllustratedStepId } from '../guide/stepIds';
import type { Messages } from '../i18n/en';
import type { AnnotationBox, ScreenshotAnnotation } from '../screenshot/ScreenshotAnnotation';
import { canvasBox } from './canvas';

/** What the annotations of a default picture may depend on besides the messages. */
export interface DefaultIllustrationInput {
  keyName?: string;
}

/** Where the notes of a default picture sit, and what they and the picture say. */
export interface DefaultIllustration {
  /** The picture's text alternative. */
  alt: (messages: Messages) => string;
  annotations: (messages: Messages, input?: DefaultIllustrationInput) => ScreenshotAnnotation[];
  /** The part of the picture kept on narrow screens, in percent (see `AnnotatedScreenshot`). */
  focus: AnnotationBox;
}

/** What a default picture shows before its notes have loaded. */
export type DefaultPictureFrame = Pick<DefaultIllustration, 'alt' | 'focus'>;

// Each crop is at most 360 units wide, so 16-unit text stays at 11 CSS px or more in a frame
// 250 px wide, and markers (24 px, about 34 units there) sit beside what they point at.
const pageFocus = (top: number, height: number) => canvasBox(226, top, 360, height);
const dialogFocus = canvasBox(126, 20, 360, 370);

/**
 * The text alternative and narrow crop of the kit's own step pictures. They are part of the
 * first render (the crop gives the placeholder its shape); the notes load with the pictures.
 */
export const defaultPictureFrames: Record<IllustratedStepId, DefaultPictureFrame> = {
  'open-api-keys': { alt: (m) => m.altOpenApiKeys, focus: canvasBox(0, 150, 360, 250) },
  'create-restricted-key': { alt: (m) => m.altCreateRestrictedKey, focus: pageFocus(100, 290) },
  'choose-usage': { alt: (m) => m.altChooseUsage, focus: dialogFocus },
  'name-key': { alt: (m) => m.altNameKey, focus: dialogFocus },
  'set-permissions': { alt: (m) => m.altSetPermissions, focus: pageFocus(60, 320) },
  'create-key': { alt: (m) => m.altCreateKey, focus: pageFocus(150, 250) },
  'reveal-key': { alt: (m) => m.altRevealKey, focus: canvasBox(126, 40, 360, 320) },
  'publishable-key': { alt: (m) => m.altPublishableKey, focus: pageFocus(56, 190) },
  'edit-key': { alt: (m) => m.altEditKey, focus: pageFocus(100, 220) },
};

/**
 * The text, crop and note positions of the kit's own step pictures, by step id. The note
 * positions follow the controls drawn in the pictures, so they are loaded on demand like the
 * pictures themselves: the guide shows a step's notes once its picture has loaded.
 *
 * @example
 * const illustrations = await loadDefaultIllustrations();
 * const notes = illustrations['create-key'].annotations(en);
 */
export function loadDefaultIllustrations(): Promise<
  Record<IllustratedStepId, DefaultIllustration>
> {
  return import('./defaultAnnotations').then((module) => module.withNotes(defaultPictureFrames));
}
