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
 * Each value is searched all the way down, whatever it is: strings; errors (name, message,
 * stack, every own property, enumerable or not, and the `cause` chain); arrays, objects, `Map`
 * and `Set` entries and other iterables such as `Headers`; `Buffer`s and typed arrays (as
 * UTF-8). Inside text, base64 and hex runs (a `Basic` authorization header, a logged buffer)
 * are decoded and searched too, and known keys are also looked for in base64 at every
 * alignment. Cycles are followed once.
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
  const known = keys
    .filter((key) => typeof key === 'string' && key.length >= 12)
    .map((key) => ({ key, forms: [key, ...base64Forms(key)] }));
  const leaks: KeyLeak[] = [];
  texts.forEach((value, index) => {
    const text = toSearchableText(value);
    const seen = new Set<string>();
    for (const { key, forms } of known) {
      if (!seen.has(key) && forms.some((form) => text.includes(form))) {
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

/** Every piece of text inside `value`, with what its encoded runs decode to, one per line. */
function toSearchableText(value: unknown): string {
  const pieces: string[] = [];
  for (const text of collectTexts(value)) {
    pieces.push(text, ...decodedRuns(text));
  }
  return pieces.join('\n');
}

/**
 * Walks a value depth-first with its own stack (no recursion limit) and a cycle guard,
 * collecting every string found on the way.
 */
function collectTexts(root: unknown): string[] {
  const texts: string[] = [];
  const visited = new WeakSet<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      texts.push(value);
      continue;
    }
    if (typeof value === 'symbol') {
      texts.push(value.description ?? '');
      continue;
    }
    if (typeof value !== 'object' || value === null) continue; // numbers, booleans, functions
    if (visited.has(value)) continue;
    visited.add(value);
    // A revoked proxy or a throwing getter ends this value's walk, not the search.
    attempt(() => visitObject(value, texts, pending));
  }
  return texts;
}

/** Adds an object's own texts to `texts` and the values inside it to `pending`. */
function visitObject(value: object, texts: string[], pending: unknown[]): void {
  if (ArrayBuffer.isView(value)) {
    texts.push(utf8(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));
    return;
  }
  if (value instanceof ArrayBuffer) {
    texts.push(utf8(new Uint8Array(value)));
    return;
  }
  if (isBufferJson(value)) {
    texts.push(utf8(Uint8Array.from(value.data)));
    return;
  }
  if (value instanceof Error) {
    // Read through the prototype too: name and stack may live there, cause may be a getter.
    texts.push(...[value.name, value.message, value.stack].filter(isString));
    pending.push(attempt(() => value.cause));
  }
  if (Array.isArray(value)) {
    pending.push(...value);
  } else if (value instanceof Map) {
    for (const [key, entry] of value) pending.push(key, entry);
  } else if (value instanceof Set) {
    pending.push(...value);
  } else {
    pending.push(...iterableEntries(value));
  }
  if (!Array.isArray(value)) pending.push(...ownProperties(value, texts));
  const rendered = customString(value);
  if (rendered !== undefined) texts.push(rendered);
}

/** Own property values, enumerable or not; their names go to `names`. */
function ownProperties(value: object, names: string[]): unknown[] {
  const values: unknown[] = [];
  for (const name of Reflect.ownKeys(value)) {
    names.push(typeof name === 'string' ? name : (name.description ?? ''));
    const descriptor = Object.getOwnPropertyDescriptor(value, name);
    if (!descriptor) continue;
    if ('value' in descriptor) values.push(descriptor.value);
    else if (descriptor.get) values.push(attempt(() => descriptor.get!.call(value)));
  }
  return values;
}

/** Entries of an iterable that keeps them out of its own properties (Headers, FormData, …). */
function iterableEntries(value: object): unknown[] {
  const candidate = value as { [Symbol.iterator]?: unknown; next?: unknown };
  // An iterator consumed here would be empty for its owner afterwards: leave those alone.
  if (typeof candidate[Symbol.iterator] !== 'function' || typeof candidate.next === 'function') {
    return [];
  }
  return attempt(() => [...(value as Iterable<unknown>)].slice(0, MAX_ITERABLE_ENTRIES)) ?? [];
}

const MAX_ITERABLE_ENTRIES = 10_000;

/** What an object with its own `toString` (URL, Date, …) renders as. */
function customString(value: object): string | undefined {
  const render = (value as { toString?: unknown }).toString;
  if (typeof render !== 'function' || render === Object.prototype.toString) return undefined;
  if (value instanceof Error || Array.isArray(value)) return undefined;
  return attempt(() => String(value));
}

/** Texts hidden in base64 or hex runs, and in buffers that went through JSON.stringify. */
function decodedRuns(text: string): string[] {
  const decoded: string[] = [];
  for (const [run] of text.matchAll(BASE64_RUN)) {
    const bytes = fromBase64(run);
    if (bytes) decoded.push(utf8(bytes));
  }
  for (const [run] of text.matchAll(HEX_RUN)) {
    const bytes = new Uint8Array(run.length >> 1);
    for (let i = 0; i < bytes.length; i++)
      bytes[i] = Number.parseInt(run.slice(i * 2, i * 2 + 2), 16);
    decoded.push(utf8(bytes));
  }
  for (const [, list] of text.matchAll(BUFFER_JSON)) {
    decoded.push(utf8(Uint8Array.from(list!.split(',').map(Number))));
  }
  return decoded;
}

// Standard and URL-safe alphabets; 16 characters is well under any key's encoding.
const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
const HEX_RUN = /(?:[0-9a-fA-F]{2}){16,}/g;
const BUFFER_JSON = /"type"\s*:\s*"Buffer"\s*,\s*"data"\s*:\s*\[([\d\s,]+)\]/g;

/**
 * The key in base64 and base64url at each of the three alignments it can have inside longer
 * encoded data, without the characters at the edges that depend on neighbouring bytes.
 */
function base64Forms(key: string): string[] {
  const bytes = new TextEncoder().encode(key);
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const shifted = new Uint8Array(offset + bytes.length);
    shifted.set(bytes, offset);
    const middle = toBase64(shifted).slice(4, -4);
    // Too short a middle could turn up by chance in unrelated base64.
    if (middle.length >= 24) forms.push(middle, middle.replaceAll('+', '-').replaceAll('/', '_'));
  }
  return forms;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(run: string): Uint8Array | undefined {
  const standard = run.replace(/=+$/, '').replaceAll('-', '+').replaceAll('_', '/');
  if (standard.length % 4 === 1) return undefined;
  const binary = attempt(() => atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '=')));
  return binary === undefined ? undefined : Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function isBufferJson(value: object): value is { type: 'Buffer'; data: number[] } {
  const candidate = value as { type?: unknown; data?: unknown };
  return (
    candidate.type === 'Buffer' &&
    Array.isArray(candidate.data) &&
    candidate.data.every((byte) => Number.isInteger(byte) && byte >= 0 && byte <= 255)
  );
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** Runs `read`, treating a throw (a getter, a revoked proxy) as nothing to search. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
