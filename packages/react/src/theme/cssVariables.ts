import type { CSSProperties } from 'react';
import type { Appearance, AppearanceVariables } from './Appearance';
import { darkTheme, lightTheme } from './defaultThemes';

/** `colorTextMuted` → `--pelago-color-text-muted`. */
export function cssVariableName(name: keyof AppearanceVariables): string {
  return `--pelago-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** A reference to a token for use inside styles, e.g. `var(--pelago-color-primary)`. */
export function token(name: keyof AppearanceVariables): string {
  return `var(${cssVariableName(name)})`;
}

/** Resolves an appearance into the inline custom properties set on the kit's root element. */
export function appearanceToCssVariables(appearance: Appearance | undefined): CSSProperties {
  const base = appearance?.theme === 'dark' ? darkTheme : lightTheme;
  const merged: AppearanceVariables = { ...base, ...withoutEmpty(appearance?.variables) };
  const style: Record<string, string> = {};
  for (const name of Object.keys(merged) as (keyof AppearanceVariables)[]) {
    style[cssVariableName(name)] = merged[name];
  }
  return style as CSSProperties;
}

// An override left undefined or empty must not wipe out the theme's value.
function withoutEmpty(variables: Partial<AppearanceVariables> | undefined) {
  const kept: Partial<AppearanceVariables> = {};
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (typeof value === 'string' && value.trim() !== '') {
      kept[name as keyof AppearanceVariables] = value;
    }
  }
  return kept;
}
