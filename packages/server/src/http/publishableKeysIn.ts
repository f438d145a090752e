import { redactKeysInText } from '@pelago/connect-core';

/**
 * The publishable keys an answer carries on purpose: `publishableKey` fields (a key status, a
 * check) holding a whole `pk_test_…`/`pk_live_…` key. They are public by design (Stripe.js needs
 * one in the browser), so the answer's last-guard redaction leaves exactly these whole.
 */
export function publishableKeysIn(body: unknown, depth = 0): string[] {
  if (depth > 3 || typeof body !== 'object' || body === null) return [];
  const found: string[] = [];
  for (const [name, value] of Object.entries(body)) {
    if (name === 'publishableKey' && typeof value === 'string' && PUBLISHABLE.test(value)) {
      found.push(value);
    } else if (typeof value === 'object') {
      found.push(...publishableKeysIn(value, depth + 1));
    }
  }
  return found;
}

/** `redactKeysInText`, except for the given publishable keys, which stay whole. */
export function redactKeysExcept(text: string, publishable: readonly string[]): string {
  const [first, ...rest] = publishable;
  if (first === undefined) return redactKeysInText(text);
  return text
    .split(first)
    .map((part) => redactKeysExcept(part, rest))
    .join(first);
}

const PUBLISHABLE = /^pk_(?:test|live)_[A-Za-z0-9]{16,247}$/;
