/** The design tokens a host app can set. Each becomes a `--pelago-*` CSS custom property. */
export interface AppearanceVariables {
  /** Buttons, links, markers and the current step. */
  colorPrimary: string;
  /** Text and icons drawn on top of `colorPrimary` (button labels, marker numbers). */
  colorOnPrimary: string;
  colorText: string;
  /** Secondary text; keep it at 4.5:1 or more against `colorBackground` and `colorSurface`. */
  colorTextMuted: string;
  colorBackground: string;
  /** Panels drawn on the background: the step list, callouts, pictures. */
  colorSurface: string;
  /** Borders of fields and panels; keep it at 3:1 or more against `colorBackground`. */
  colorBorder: string;
  colorDanger: string;
  colorSuccess: string;
  /** The keyboard focus ring; keep it at 3:1 or more against `colorBackground`. */
  colorFocus: string;
  fontFamily: string;
  /** Base font size, e.g. `'1rem'` or `'15px'`. */
  fontSizeBase: string;
  borderRadius: string;
  /** The unit every gap and padding is a multiple of, e.g. `'4px'`. */
  spacingUnit: string;
}

/**
 * How the kit looks: a light or dark base theme plus any variables to override.
 *
 * @example
 * <PelagoConnectProvider appearance={{ theme: 'dark', variables: { colorPrimary: '#8ab4ff' } }}>
 */
export interface Appearance {
  /** Base palette. Defaults to `'light'`. */
  theme?: 'light' | 'dark';
  variables?: Partial<AppearanceVariables>;
}
