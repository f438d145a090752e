import { createElement, Fragment, type ReactNode } from 'react';

/**
 * A message with its values isolated from the sentence around them (`<bdi>`): an email, a card
 * or an amount keeps its own direction, and the punctuation after it stays at the end of the
 * sentence on a right-to-left page. A placeholder without a value stays as written.
 */
export function isolated(template: string, values: Record<string, ReactNode>): ReactNode {
  // Splitting on a captured group puts the placeholder names at the odd indexes.
  const parts = template.split(/\{(\w+)\}/g).map((part, index) => {
    if (index % 2 === 0) return part;
    return Object.hasOwn(values, part) ? createElement('bdi', null, values[part]) : `{${part}}`;
  });
  // Given as separate children, the parts need no keys: their order never changes.
  return createElement(Fragment, null, ...parts);
}
