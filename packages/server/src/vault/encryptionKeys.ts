import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';

/**
 * The vault's AES-256 keys. `keys` maps a short id to 32 random bytes in base64; `current`
 * names the key new writes use. Keep retired ids in `keys` until `rotate()` has re-encrypted
 * every record.
 *
 * @example
 * { current: 'k2', keys: { k1: process.env.VAULT_KEY_K1!, k2: process.env.VAULT_KEY_K2! } }
 */
export interface EncryptionKeys {
  current: string;
  keys: Record<string, string>;
}

/** The validated form the vault works with; key material held as `KeyObject`s. */
export interface EncryptionKeyRing {
  currentId: string;
  current: KeyObject;
  byId: ReadonlyMap<string, KeyObject>;
}

/**
 * A new random encryption key: 32 bytes from the system CSPRNG, base64-encoded, ready for
 * `encryptionKeys.keys`.
 */
export function generateEncryptionKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

/**
 * Validates `encryptionKeys` and turns each into a `KeyObject`. Throws a `TypeError` naming
 * the offending key id (never its value) when the shape is wrong, a key does not decode to
 * exactly 32 bytes, or `current` is missing.
 */
export function loadEncryptionKeys(config: EncryptionKeys): EncryptionKeyRing {
  if (config === null || typeof config !== 'object') {
    throw new TypeError(
      'encryptionKeys is required: { current: "k1", keys: { k1: "<32 random bytes, base64>" } }.',
    );
  }
  const { current, keys } = config;
  if (keys === null || typeof keys !== 'object' || Object.keys(keys).length === 0) {
    throw new TypeError(
      'encryptionKeys.keys must map at least one key id to a base64 key (32 random bytes).',
    );
  }
  const byId = new Map<string, KeyObject>();
  for (const [id, encoded] of Object.entries(keys)) {
    if (!KEY_ID.test(id)) {
      throw new TypeError(
        `encryptionKeys.keys has an invalid key id "${id.slice(0, 64)}": use 1-64 letters, digits, "_", "-" or ".".`,
      );
    }
    byId.set(id, createSecretKey(decodeKey(id, encoded)));
  }
  if (typeof current !== 'string' || !byId.has(current)) {
    throw new TypeError(
      `encryptionKeys.current must name one of the configured key ids (${[...byId.keys()].join(', ')}).`,
    );
  }
  return { currentId: current, current: byId.get(current)!, byId };
}

const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_.-]{1,64}$/;
// Standard or URL-safe alphabet, optional padding; Node's decoder would silently skip anything else.
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

function decodeKey(id: string, encoded: unknown): Buffer {
  const problem = `encryptionKeys.keys.${id} must be 32 random bytes encoded as base64`;
  if (typeof encoded !== 'string') {
    throw new TypeError(`${problem} (got ${encoded === null ? 'null' : typeof encoded}).`);
  }
  const text = encoded.trim();
  if (!BASE64.test(text)) {
    throw new TypeError(`${problem} (it holds characters base64 does not use).`);
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== KEY_BYTES) {
    throw new TypeError(`${problem} (it decodes to ${bytes.length} bytes).`);
  }
  return bytes;
}
