import { redactKey } from '@pelago/connect-core';

/** One place where a whole key showed up. Never holds the key itself. */
export interface KeyLeak {
  /** Which text (index in the list given). */
  index: number;
  /** The leaked key, redacted. */
  keyRedacted: string;
  /** Whether it was one of the known keys or only looked like a Stripe key. */
  known: boolean;
}

/** Options of {@link findKeyLeaks}. */
export interface FindKeyLeaksOptions {
  /**
   * Also report anything shaped like a whole secret or restricted key
   * (`sk_`/`rk_` + `test_`/`live_` + 20 or more letters and digits). Default true.
   */
  keyShaped?: boolean;
}

const KEY_SHAPED = /\b(?:sk|rk)_(?:test|live)_[A-Za-z0-9]{20,}/g;

/**
 * Finds whole Stripe keys inside collected output: log lines, error messages, JSON bodies, HTML.
 * Texts may be strings, errors (message, stack and own fields are searched) or any JSON-able value.
 *
 * @example
 * const leaks = findKeyLeaks([...logLines, ...errorMessages], Object.values(sandbox.keys));
 * expect(leaks).toEqual([]);
 */
export function findKeyLeaks(
  texts: readonly unknown[],
  keys: readonly string[],
  options: FindKeyLeaksOptions = {},
): KeyLeak[] {
  const known = keys.filter((key) => typeof key === 'string' && key.length >= 12);
  const leaks: KeyLeak[] = [];
  texts.forEach((value, index) => {
    const text = toSearchableText(value);
    const seen = new Set<string>();
    for (const key of known) {
      if (text.includes(key) && !seen.has(key)) {
        seen.add(key);
        leaks.push({ index, keyRedacted: redactKey(key), known: true });
      }
    }
    if (options.keyShaped !== false) {
      for (const match of text.matchAll(KEY_SHAPED)) {
        const token = match[0];
        if ([...seen].some((key) => key.includes(token) || token.includes(key))) continue;
        seen.add(token);
        leaks.push({ index, keyRedacted: redactKey(token), known: false });
      }
    }
  });
  return leaks;
}

/**
 * Throws when {@link findKeyLeaks} finds anything. The error names the texts and the redacted keys,
 * never the keys.
 */
export function expectNoKeyLeaks(
  texts: readonly unknown[],
  keys: readonly string[],
  options?: FindKeyLeaksOptions,
): void {
  const leaks = findKeyLeaks(texts, keys, options);
  if (leaks.length === 0) return;
  const lines = leaks.map(
    (leak) => `  text #${leak.index}: ${leak.keyRedacted}${leak.known ? '' : ' (key-shaped)'}`,
  );
  throw new Error(`A whole Stripe key appeared in ${leaks.length} place(s):\n${lines.join('\n')}`);
}

/** Turns any collected value into text to search. */
function toSearchableText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) {
    const own: Record<string, unknown> = {};
    for (const name of Object.getOwnPropertyNames(value)) {
      own[name] = (value as unknown as Record<string, unknown>)[name];
    }
    return [value.message, value.stack ?? '', safeStringify(own), safeStringify(value.cause)].join(
      '\n',
    );
  }
  if (value === undefined) return '';
  return safeStringify(value);
}

function safeStringify(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return (
      JSON.stringify(value, (_name, inner: unknown) => {
        if (typeof inner === 'bigint') return inner.toString();
        if (inner instanceof Error) {
          return { name: inner.name, message: inner.message, stack: inner.stack };
        }
        if (typeof inner === 'object' && inner !== null) {
          if (seen.has(inner)) return '[circular]';
          seen.add(inner);
        }
        return inner;
      }) ?? String(value)
    );
  } catch {
    return String(value);
  }
}
