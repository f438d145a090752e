// What the browser keeps or shows as text, for the end-to-end tests that prove no key is there.
import type { Page } from 'playwright';

/** The page's DOM, its fields' values, its storage, its cookies and its URL, each as one text. */
export function browserTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    values: [...document.querySelectorAll('input, textarea')]
      .map((el) => (el as HTMLInputElement).value)
      .join(' '),
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    cookies: document.cookie,
    url: location.href,
  }));
}
