import type { IllustratedStepId } from '../guide/stepIds';
import type { Messages } from '../i18n/en';
import type { ScreenshotAnnotation } from '../screenshot/ScreenshotAnnotation';
import { canvasBox } from './canvas';
import type {
  DefaultIllustration,
  DefaultIllustrationInput,
  DefaultPictureFrame,
} from './defaultIllustrations';
import {
  createRestrictedButton,
  dialogButtonsEnd,
  endButton,
  listedKeyName,
  pageEnd,
  permissionRadio,
  publishableKeyValue,
} from './pictureLayout';
import { buttonWidth } from './textMetrics';

/*
 * Loaded with the step pictures, never with the main entry: the note positions follow the
 * controls drawn in the pictures (pictureLayout, textMetrics), so they travel together.
 */

/** The notes of one default picture. */
export type DefaultAnnotations = (
  messages: Messages,
  input?: DefaultIllustrationInput,
) => ScreenshotAnnotation[];

// Marker centre and highlighted box in canvas units; `canvasBox` turns them into percent.
const note = (
  id: string,
  at: [number, number],
  around: [number, number, number, number],
  label: string,
): ScreenshotAnnotation => {
  const marker = canvasBox(at[0], at[1], 0, 0);
  return { id, x: marker.x, y: marker.y, box: canvasBox(...around), label };
};

/** The notes of the kit's own step pictures, by step id. */
export const defaultAnnotations: Record<IllustratedStepId, DefaultAnnotations> = {
  'open-api-keys': (m) => [
    note('developers', [226, 368], [6, 350, 198, 36], m.noteOpenDevelopers),
    note('api-keys', [256, 252], [28, 236, 200, 32], m.noteChooseApiKeys),
  ],
  'create-restricted-key': (m) => {
    const button = createRestrictedButton(m);
    return [
      note(
        'create-restricted-key',
        [button.x + button.width + 26, button.y + 16],
        [button.x - 4, button.y - 4, button.width + 8, 40],
        m.notePressCreateRestricted,
      ),
    ];
  },
  'choose-usage': (m) => {
    const next = endButton(m.illoContinue, dialogButtonsEnd, 296);
    return [
      note('another-website', [146, 238], [180, 198, 280, 80], m.noteChooseAnotherWebsite),
      note(
        'continue',
        [next.x - 22, 312],
        [next.x - 4, 292, next.width + 8, 40],
        m.notePressContinue,
      ),
    ];
  },
  'name-key': (m) => [
    note('key-name', [146, 114], [180, 92, 280, 44], m.noteTypeName),
    note('website-url', [146, 178], [180, 156, 280, 44], m.noteTypeUrl),
    note('customize', [146, 294], [180, 252, 280, 84], m.noteChooseCustomize),
  ],
  'set-permissions': (m) =>
    (['charges', 'refunds'] as const).map((id, row) => {
      const radio = permissionRadio(row, 2);
      return note(
        id,
        [radio.cx + 31, radio.cy],
        [radio.cx - 12, radio.cy - 12, 24, 24],
        id === 'charges' ? m.noteChargesWrite : m.noteRefundsWrite,
      );
    }),
  'create-key': (m) => {
    const create = endButton(m.illoCreateKey, pageEnd, 344);
    return [
      note(
        'create-key',
        [create.x - 22, 360],
        [create.x - 4, 340, create.width + 8, 40],
        m.notePressCreateKey,
      ),
    ];
  },
  'reveal-key': (m) => {
    const copyWidth = buttonWidth(m.illoCopy);
    const copyX = dialogButtonsEnd - copyWidth - 4;
    const done = endButton(m.illoDone, dialogButtonsEnd, 296);
    return [
      note(
        'copy',
        [copyX + copyWidth / 2, 214],
        [copyX - 4, 150, copyWidth + 8, 40],
        m.noteCopyKey,
      ),
      note('done', [done.x - 22, 312], [done.x - 4, 292, done.width + 8, 40], m.notePressDone),
    ];
  },
  'publishable-key': (m) => {
    const value = publishableKeyValue();
    return [
      note(
        'publishable-key',
        [value.x - 26, value.y - 6],
        [value.x - 6, value.y - 22, value.width + 12, 32],
        m.noteCopyPublishableKey,
      ),
    ];
  },
  'edit-key': (m, input) => {
    const name = listedKeyName(input?.keyName ?? '');
    return [
      note(
        'find-key',
        [name.x + name.width + 30, 160],
        [name.x - 6, 146, name.width + 12, 28],
        m.noteFindKey,
      ),
      note('edit-key', [382, 240], [406, 222, 164, 36], m.noteChooseEditKey),
    ];
  },
};

/** The frames of the default pictures with their notes (see `loadDefaultIllustrations`). */
export function withNotes(
  frames: Record<IllustratedStepId, DefaultPictureFrame>,
): Record<IllustratedStepId, DefaultIllustration> {
  const ids = Object.keys(frames) as IllustratedStepId[];
  return Object.fromEntries(
    ids.map((id) => [id, { ...frames[id], annotations: defaultAnnotations[id] }]),
  ) as Record<IllustratedStepId, DefaultIllustration>;
}
