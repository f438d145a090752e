import { expect } from 'vitest';

/**
 * Test support: the few DOM matchers the refund tests read best with, for elements found by
 * role or label. Text is compared with whitespace collapsed, as a screen reader reads it.
 */
interface DomMatchers<R = unknown> {
  /** The element's text contains `expected` (a string) or matches it (a pattern). */
  toHaveTextContent(expected: string | RegExp): R;
  /** The texts of the elements named by `aria-describedby`, joined by spaces, equal `expected`. */
  toHaveAccessibleDescription(expected: string): R;
  toHaveAttribute(name: string, value: string): R;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: the shape vitest's own declaration has
  interface Assertion<T = any> extends DomMatchers<T> {}
}

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function asElement(received: unknown): Element | undefined {
  return received instanceof Element ? received : undefined;
}

expect.extend({
  toHaveTextContent(received: unknown, expected: string | RegExp) {
    const text = collapse(asElement(received)?.textContent);
    const pass =
      typeof expected === 'string' ? text.includes(collapse(expected)) : expected.test(text);
    return {
      pass,
      message: () =>
        `expected the text ${JSON.stringify(text)} ${pass ? 'not ' : ''}to contain ${String(expected)}`,
    };
  },
  toHaveAccessibleDescription(received: unknown, expected: string) {
    const element = asElement(received);
    const ids = element?.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
    const description = collapse(
      ids.map((id) => element?.ownerDocument.getElementById(id)?.textContent ?? '').join(' '),
    );
    return {
      pass: description === collapse(expected),
      message: () =>
        `expected the description ${JSON.stringify(description)} to be ${JSON.stringify(expected)}`,
    };
  },
  toHaveAttribute(received: unknown, name: string, value: string) {
    const actual = asElement(received)?.getAttribute(name);
    return {
      pass: actual === value,
      message: () => `expected ${name}=${JSON.stringify(actual)} to be ${JSON.stringify(value)}`,
    };
  },
});
