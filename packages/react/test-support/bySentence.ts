import type { MatcherFunction } from '@testing-library/react';

/**
 * Finds the one element whose whole text is `sentence`, even when parts of it sit in their own
 * elements (the `<bdi>` around an amount, a card or an email): the innermost such element.
 * White space is compared as testing-library does, no-break spaces included.
 */
export function bySentence(sentence: string | RegExp): MatcherFunction {
  const matches = (raw: string | null | undefined) => {
    const text = (raw ?? '').replace(/\s+/g, ' ').trim();
    return typeof sentence === 'string' ? text === sentence : sentence.test(text);
  };
  return (_content, element) =>
    element !== null &&
    matches(element.textContent) &&
    Array.from(element.children).every((child) => !matches(child.textContent));
}
