/** A gap that is `n` times the theme's spacing unit. */
export function space(n: number): string {
  return `calc(var(--pelago-spacing-unit) * ${n})`;
}
