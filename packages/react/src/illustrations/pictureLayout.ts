import type { Messages } from '../i18n/en';
import { textSize } from './canvas';
import { buttonWidth, textWidth } from './textMetrics';

/*
 * Positions that a picture and its annotations share, in canvas units. The pictures are
 * loaded lazily, the annotations are not: both read them from here so the markers stay on
 * the controls they point at, whatever the language.
 */

/** The right edge of the dialogs' buttons. */
export const dialogButtonsEnd = 456;
/** The right edge of the page content beside the side menu. */
export const pageEnd = 586;
/** Room between two buttons where a marker fits without covering either. */
export const markerGap = 44;

/** The "Create restricted key" button, inside the Restricted keys card. */
export function createRestrictedButton(m: Messages) {
  return { x: 250, y: 318, width: buttonWidth(m.illoCreateRestrictedKey, true) };
}

/** A primary button right-aligned at `end`, with a marker-sized gap before it. */
export function endButton(label: string, end: number, y: number) {
  const width = buttonWidth(label);
  return { x: end - width, y, width, gapStart: end - width - markerGap };
}

/** The key name in the Restricted keys list of the edit picture. */
export function listedKeyName(keyName: string) {
  const text = keyName ? shorten(keyName, 24) : '';
  return { x: 242, y: 164, text, width: text ? textWidth(text, textSize.body, true) : 120 };
}

/** Cuts a long value with an ellipsis so it stays inside its field. */
export function shorten(value: string, characters: number): string {
  return value.length > characters ? `${value.slice(0, characters - 1)}…` : value;
}

/** The permission table: a name column, then None, Read and Write. */
export const permissionTable = {
  x: 226,
  width: 356,
  nameWidth: 140,
  choiceWidth: 68,
  headerY: 100,
  rowHeight: 44,
  /** Top of the first row. */
  firstRow: 136,
} as const;

/** Centre of a choice's radio button in a row of the permission table. */
export function permissionRadio(row: number, choice: 0 | 1 | 2) {
  const table = permissionTable;
  return {
    cx: table.x + table.nameWidth + choice * table.choiceWidth + table.choiceWidth / 2,
    cy: table.firstRow + row * table.rowHeight + 22,
  };
}

/** The publishable key's value in the Standard keys card, drawn right-aligned as Stripe does. */
export function publishableKeyValue() {
  // The value is `pk_test_51Hx…` or `pk_live_51Hx…`: 13 monospace characters either way.
  const width = 13 * textSize.body * 0.6;
  return { x: 566 - width, y: 162, width };
}
