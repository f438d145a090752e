import { textSize } from './canvas';

/**
 * About how wide a line of text is, in canvas units. SVG text does not wrap or measure itself
 * before layout, so the pictures place and wrap labels with this estimate (system UI fonts
 * average a little over half an em per character; bold a little more).
 */
export function textWidth(text: string, size: number = textSize.body, bold = false): number {
  return text.length * size * (bold ? 0.55 : 0.52);
}

/** The width a picture's button takes for a label. */
export function buttonWidth(label: string, plus = false): number {
  return Math.ceil(textWidth(label, textSize.body, true) + 28 + (plus ? 18 : 0));
}
