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

/** Options of {@link encryptionKeysFromEnv}. */
export interface EncryptionKeysFromEnvOptions {
  /** The id new writes use; its variable must be set. Default `'k1'` (`PELAGO_VAULT_KEY_K1`). */
  current?: string;
  /** Where the variables are read. Default `process.env`, read on first use. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Encryption keys read from the environment on first use rather than when the module loads, so
 * a build that evaluates the module needs no secret. Every `PELAGO_VAULT_KEY_<ID>` variable is
 * a key (`PELAGO_VAULT_KEY_K1` is id `k1`); `current` names the one new writes use. A missing or
 * malformed key throws a `TypeError` that names the variable to set, never its value.
 *
 * @example
 * const vault = createKeyVault({
 *   store: sqliteStore('./data/pelago-keys.db'),
 *   encryptionKeys: encryptionKeysFromEnv({ current: 'k1' }),
 * });
 */
export function encryptionKeysFromEnv(
  options: EncryptionKeysFromEnvOptions = {},
): () => EncryptionKeys {
  const current = options.current ?? 'k1';
  if (!KEY_ID.test(current)) {
    throw new TypeError(
      `encryptionKeysFromEnv: current must be 1-64 letters, digits, "_", "-" or "." (got "${current.slice(0, 64)}").`,
    );
  }
  return () => {
    const env = options.env ?? process.env;
    const keys: Record<string, string> = {};
    for (const [name, value] of Object.entries(env)) {
      if (!name.startsWith(ENV_PREFIX) || value === undefined || value.trim() === '') continue;
      keys[name.slice(ENV_PREFIX.length).toLowerCase()] = value;
    }
    const variable = envName(current);
    if (!Object.hasOwn(keys, current.toLowerCase())) {
      throw new TypeError(
        `${variable} is not set. Set it to 32 random bytes in base64 (for example the output of ` +
          `node -e "console.log(require('node:crypto').randomBytes(32).toString('base64'))").`,
      );
    }
    const config = { current: current.toLowerCase(), keys };
    loadEncryptionKeys(config, envName);
    return config;
  };
}

/**
 * Validates `encryptionKeys` and turns each into a `KeyObject`. Throws a `TypeError` naming
 * the offending key id (never its value) when the shape is wrong, a key does not decode to
 * exactly 32 bytes, or `current` is missing. `describe` names where a key came from.
 */
export function loadEncryptionKeys(
  config: EncryptionKeys,
  describe: (id: string) => string = (id) => `encryptionKeys.keys.${id}`,
): EncryptionKeyRing {
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
    byId.set(id, createSecretKey(decodeKey(describe(id), encoded)));
  }
  if (typeof current !== 'string' || !byId.has(current)) {
    throw new TypeError(
      `encryptionKeys.current must name one of the configured key ids (${[...byId.keys()].join(', ')}).`,
    );
  }
  return { currentId: current, current: byId.get(current)!, byId };
}

const KEY_BYTES = 32;
const ENV_PREFIX = 'PELAGO_VAULT_KEY_';
const KEY_ID = /^[A-Za-z0-9_.-]{1,64}$/;
// Standard or URL-safe alphabet, optional padding; Node's decoder would silently skip anything else.
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

const envName = (id: string): string => `${ENV_PREFIX}${id.toUpperCase()}`;

function decodeKey(label: string, encoded: unknown): Buffer {
  const problem = `${label} must be 32 random bytes encoded as base64`;
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
