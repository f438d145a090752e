import { existsSync, readFileSync } from 'node:fs';

/** Where a key was found in a file, and in which form. */
export interface KeyInFile {
  file: string;
  form: string;
}

/**
 * Scans files byte-wise for a key in plain text (UTF-8 and UTF-16), base64 (standard and
 * URL-safe, at every byte alignment) and hex. For tests of what a store writes to disk;
 * missing files are skipped.
 */
export function findKeyInFiles(files: readonly string[], key: string): KeyInFile[] {
  const found: KeyInFile[] = [];
  for (const file of files) {
    if (!existsSync(file)) continue;
    for (const form of findKeyInBytes(readFileSync(file), key)) found.push({ file, form });
  }
  return found;
}

/** The forms (see {@link findKeyInFiles}) in which `key` occurs in `bytes`. */
export function findKeyInBytes(bytes: Uint8Array, key: string): string[] {
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return keyForms(key)
    .filter(([, needle]) => haystack.includes(needle))
    .map(([form]) => form);
}

function keyForms(key: string): Array<[string, Buffer]> {
  const utf8 = Buffer.from(key, 'utf8');
  const forms: Array<[string, Buffer]> = [
    ['utf8', utf8],
    ['utf16le', Buffer.from(key, 'utf16le')],
    ['hex', Buffer.from(utf8.toString('hex'))],
    ['HEX', Buffer.from(utf8.toString('hex').toUpperCase())],
  ];
  // Base64 of the key depends on where it starts within a 3-byte group: cover all three and
  // search for the middle, which does not depend on the neighbouring bytes.
  for (let offset = 0; offset < 3; offset++) {
    const shifted = Buffer.concat([Buffer.alloc(offset), utf8]);
    for (const encoding of ['base64', 'base64url'] as const) {
      const text = shifted.toString(encoding);
      forms.push([`${encoding}+${offset}`, Buffer.from(text.slice(4, -4))]);
    }
  }
  return forms;
}
