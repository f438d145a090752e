import { describe, expect, it } from 'vitest';
import type { AppearanceVariables } from './Appearance';
import { appearanceToCssVariables, cssVariableName } from './cssVariables';
import { darkTheme, lightTheme } from './defaultThemes';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

type Color = keyof AppearanceVariables;
const textPairs: [Color, Color][] = [
  ['colorText', 'colorBackground'],
  ['colorText', 'colorSurface'],
  ['colorTextMuted', 'colorBackground'],
  ['colorTextMuted', 'colorSurface'],
  ['colorPrimary', 'colorBackground'],
  ['colorPrimary', 'colorSurface'],
  ['colorOnPrimary', 'colorPrimary'],
  ['colorDanger', 'colorBackground'],
  ['colorSuccess', 'colorBackground'],
  ['colorSuccess', 'colorSurface'],
];
const uiPairs: [Color, Color][] = [
  ['colorFocus', 'colorBackground'],
  ['colorFocus', 'colorSurface'],
  ['colorBorder', 'colorBackground'],
  ['colorBorder', 'colorSurface'],
  ['colorPrimary', 'colorBackground'],
];

describe.each([
  ['light', lightTheme],
  ['dark', darkTheme],
])('%s theme contrast (WCAG 2.2 AA)', (_name, theme) => {
  it.each(textPairs)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(theme[fg], theme[bg])).toBeGreaterThanOrEqual(4.5);
  });
  it.each(uiPairs)('%s against %s reaches 3:1', (fg, bg) => {
    expect(contrast(theme[fg], theme[bg])).toBeGreaterThanOrEqual(3);
  });
});

describe('appearanceToCssVariables', () => {
  it('names variables in kebab case under --pelago-', () => {
    expect(cssVariableName('colorTextMuted')).toBe('--pelago-color-text-muted');
    expect(cssVariableName('fontSizeBase')).toBe('--pelago-font-size-base');
  });

  it('keeps the theme value when an override is empty', () => {
    const style = appearanceToCssVariables({ variables: { colorPrimary: '' } }) as Record<
      string,
      string
    >;
    expect(style['--pelago-color-primary']).toBe(lightTheme.colorPrimary);
  });

  it('sets one variable per token', () => {
    const style = appearanceToCssVariables({ theme: 'dark' });
    expect(Object.keys(style)).toHaveLength(Object.keys(darkTheme).length);
  });
});
