// Keyboard-only steps for the end-to-end tests: where focus is, and Tab until it is somewhere.
import type { Page } from 'playwright';

/** The focused element's accessible name, roughly as a screen reader would say it. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const byIds = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const input = el as HTMLInputElement;
    return (
      el.getAttribute('aria-label') ??
      (el.getAttribute('aria-labelledby') ? byIds(el.getAttribute('aria-labelledby')) : null) ??
      (input.labels?.[0]?.textContent || null) ??
      el.textContent ??
      ''
    )
      .replace(/\s+/g, ' ')
      .trim();
  });
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element is called `name`; fails
 * listing where focus went.
 */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  { backwards = false } = {},
): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  const seen: string[] = [];
  for (let i = 0; i < 80; i += 1) {
    const current = await focusedName(page);
    if (matches(current)) return;
    seen.push(current);
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${name}". Focus went through: ${seen.join(' | ')}`);
}
