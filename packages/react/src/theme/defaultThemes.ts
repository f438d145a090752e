import type { AppearanceVariables } from './Appearance';

const shared = {
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  // The reader's own size, but never below 16px when a host shrinks its root (62.5% tricks).
  fontSizeBase: 'max(1rem, 16px)',
  borderRadius: '8px',
  spacingUnit: '4px',
} satisfies Partial<AppearanceVariables>;

/**
 * The light palette. Every text colour reaches 4.5:1 against both the background and the
 * surface, and borders and the focus ring reach 3:1 (WCAG 2.2 AA).
 */
export const lightTheme: AppearanceVariables = {
  ...shared,
  colorPrimary: '#4338ca',
  colorOnPrimary: '#ffffff',
  colorText: '#1a1f36',
  colorTextMuted: '#4f566b',
  colorBackground: '#ffffff',
  colorSurface: '#f5f6fa',
  colorBorder: '#7c8394',
  colorDanger: '#b42318',
  colorSuccess: '#067647',
  colorFocus: '#1d4ed8',
};

/** The dark palette, held to the same contrast ratios as {@link lightTheme}. */
export const darkTheme: AppearanceVariables = {
  ...shared,
  colorPrimary: '#a5b4fc',
  colorOnPrimary: '#111827',
  colorText: '#eef0f5',
  colorTextMuted: '#b4bccb',
  colorBackground: '#111827',
  colorSurface: '#1c2536',
  colorBorder: '#7d889c',
  colorDanger: '#fca5a5',
  colorSuccess: '#6ee7b7',
  colorFocus: '#93c5fd',
};
