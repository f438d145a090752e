/**
 * The neutral colours of the Stripe Dashboard as the pictures draw it. They are fixed, not
 * themed: a picture of Stripe's screen looks like Stripe's screen on any host page and in the
 * dark theme. Only the annotations drawn over a picture use the kit's accent.
 */
export const look = {
  page: '#ffffff',
  chrome: '#f6f8fa',
  line: '#d5dbe1',
  text: '#30313d',
  secondary: '#545969',
  muted: '#687385',
  placeholder: '#dde3ea',
  icon: '#a3acb9',
  selected: '#e8ecf1',
  field: '#ffffff',
  fieldLine: '#a3acb9',
  /** Stripe's own primary buttons, drawn in a neutral dark so they never read as the accent. */
  primary: '#30313d',
  onPrimary: '#ffffff',
  scrim: 'rgba(48, 49, 61, 0.4)',
  font: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Ubuntu, Arial, sans-serif",
  mono: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
} as const;
