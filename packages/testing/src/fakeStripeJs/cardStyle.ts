import type { FakeCardStyle, FakeCardStyleRules } from './types';

/**
 * The look without a `style` option: the page's font, dark text and a placeholder grey that
 * keeps 4.5:1 contrast on white (Stripe's own default grey does not).
 */
export const defaultCardStyle = {
  color: '#1a1f36',
  placeholder: '#5f6b7a',
  invalid: '#b3261e',
  fontSize: '16px',
} as const;

const baseProperties = [
  'color',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'lineHeight',
  'letterSpacing',
] as const;

/** A value safe to put in a style sheet: no way out of its declaration. */
function safe(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  return /[;{}<>\\]/.test(text) ? undefined : text;
}

/** Inline styles of the field's box, from `style.base`. */
export function baseDeclarations(style: FakeCardStyle | undefined): Partial<CSSStyleDeclaration> {
  const base: FakeCardStyleRules = style?.base ?? {};
  const declarations: Record<string, string> = {
    color: defaultCardStyle.color,
    fontSize: defaultCardStyle.fontSize,
  };
  for (const property of baseProperties) {
    const value = safe(base[property]);
    if (value !== undefined) declarations[property] = value;
  }
  return declarations as Partial<CSSStyleDeclaration>;
}

/** The text colour of one input in its state, or `inherit` for the base colour. */
export function stateColor(
  style: FakeCardStyle | undefined,
  state: 'invalid' | 'complete' | 'empty' | 'default',
): string {
  if (state === 'invalid') return safe(style?.invalid?.color) ?? defaultCardStyle.invalid;
  if (state === 'complete') return safe(style?.complete?.color) ?? 'inherit';
  if (state === 'empty') return safe(style?.empty?.color) ?? 'inherit';
  return 'inherit';
}

/** The rule for placeholders, which inline styles cannot reach, scoped to one field. */
export function placeholderRule(scope: string, style: FakeCardStyle | undefined): string {
  const color = safe(style?.base?.['::placeholder']?.color) ?? defaultCardStyle.placeholder;
  return `.${scope} input::placeholder{color:${color};opacity:1}`;
}
