import { timingSafeEqual } from 'node:crypto';
import {
  ConnectError,
  type KeyMode,
  type KeyPermissions,
  type KeyStatus,
  type PaymentsReadiness,
  type PublishableKeyPairing,
  parsePublishableKey,
  redactKey,
} from '@pelago/connect-core';
import { type EncryptionKeyRing, type EncryptionKeys, loadEncryptionKeys } from './encryptionKeys';
import type { KeyStore, StoredKeyRecord } from './KeyStore';
import { openKey, sealKey } from './keyCipher';
import { KEY_IN_NAME_MESSAGE, looksLikeStripeKey } from './looksLikeStripeKey';
import { assertMerchantId } from './merchantId';
import { OpenedKeys } from './openedKeys';

/** Options for {@link createKeyVault}. */
export interface KeyVaultOptions {
  /** Where records live: `sqliteStore(path)`, `postgresStore(pool)` or `memoryStore()`. */
  store: KeyStore;
  /**
   * AES-256 keys; see {@link EncryptionKeys}. An object is validated here, so a bad config fails
   * at start. A function (such as `encryptionKeysFromEnv()`) is called and validated on first
   * use instead, so creating the vault needs no secret; until it succeeds every call rejects
   * with its error.
   */
  encryptionKeys: EncryptionKeys | (() => EncryptionKeys);
}

/** What the vault records beside a key (all of it answerable without decrypting). */
export interface PutKeyMeta {
  /** The key's name in the Stripe Dashboard, e.g. `Acme_Pelago`. */
  name?: string | null;
  mode: KeyMode;
  permissions: KeyPermissions;
  verifiedAt: Date | string;
  /**
   * The same account's publishable key (`pk_` of the same mode), stored in plain text beside the
   * key: a later `put` without one drops it, and `remove` removes it.
   */
  publishableKey?: string | null;
  /** What checking `publishableKey` found. Default `unconfirmed`. */
  publishableKeyPairing?: PublishableKeyPairing;
}

/** What {@link KeyVault.recordVerification} records: a new verification of the same key. */
export type VerificationMeta = Omit<
  PutKeyMeta,
  'name' | 'publishableKey' | 'publishableKeyPairing'
>;

/** Counts from {@link KeyVault.rotate}. */
export interface RotationResult {
  /** Records re-encrypted with the current encryption key. */
  rotated: number;
  /** Records that were already on the current key. */
  alreadyCurrent: number;
  /** Records replaced or removed by a concurrent write while rotating (already current). */
  skipped: number;
  /** Records that could not be decrypted (missing encryption key or failed integrity check). */
  failed: number;
  /** Merchant ids of the failed records, so an operator can ask those merchants to reconnect. */
  failedMerchantIds: string[];
}

/** A per-merchant store of encrypted Stripe keys. */
export interface KeyVault {
  /**
   * Encrypts and stores the merchant's key (replacing any earlier one); answers its status.
   * Refuses (`validation_failed`) a `meta.name` that looks like a Stripe key, since names are
   * stored in plain text.
   */
  put(merchantId: string, key: string, meta: PutKeyMeta): Promise<KeyStatus>;
  /**
   * Records a new verification of `key`, but only while the merchant's stored key is still that
   * same key: a key removed or replaced since it was read (say, while Stripe was being asked)
   * is never brought back. Keeps the stored name and `updatedAt`. Resolves to the new status,
   * or null when the merchant has no key or another one.
   */
  recordVerification(
    merchantId: string,
    key: string,
    meta: VerificationMeta,
  ): Promise<KeyStatus | null>;
  /**
   * Adds or replaces the publishable key stored beside `key`, but only while the merchant's
   * stored key is still that same key (as {@link KeyVault.recordVerification}). Refuses
   * (`validation_failed`) anything but a `pk_` of the stored key's mode. Resolves to the new
   * status, or null when the merchant has no key or another one.
   */
  setPublishableKey(
    merchantId: string,
    key: string,
    publishableKey: string,
    pairing: PublishableKeyPairing,
  ): Promise<KeyStatus | null>;
  /**
   * Marks the stored publishable key as `confirmed` (a payment made with a token of it succeeded
   * on `key`'s account), while `key` is still the stored key. Cheap when already confirmed: it
   * writes once per record. Resolves to whether the record changed.
   */
  confirmPublishableKey(merchantId: string, key: string): Promise<boolean>;
  /**
   * The merchant's key, or null when none is stored. Throws `ConnectError('key_unreadable')`
   * when the record fails its integrity check or its encryption key is not configured.
   */
  get(merchantId: string): Promise<string | null>;
  /** The merchant's key status from stored metadata, without decrypting anything. */
  status(merchantId: string): Promise<KeyStatus>;
  /** Deletes the merchant's key; resolves to whether one was stored. */
  remove(merchantId: string): Promise<boolean>;
  /**
   * Re-encrypts every record that is not on `encryptionKeys.current`. Run it after making a
   * new key current; remove the old key from the config once `failed` is 0.
   */
  rotate(options?: { batchSize?: number }): Promise<RotationResult>;
  /** Closes the store. */
  close(): Promise<void>;
}

/**
 * Creates a vault that keeps each merchant's Stripe key AES-256-GCM encrypted in `store`.
 *
 * @example
 * const vault = createKeyVault({
 *   store: sqliteStore('./data/pelago-keys.db'),
 *   encryptionKeys: { current: 'k1', keys: { k1: process.env.PELAGO_VAULT_KEY_K1! } },
 * });
 */
export function createKeyVault(options: KeyVaultOptions): KeyVault {
  const { store } = options;
  if (!store || typeof store.find !== 'function') {
    throw new TypeError('createKeyVault needs a store: sqliteStore(path), postgresStore(pool) …');
  }
  const { encryptionKeys } = options;
  let loaded: EncryptionKeyRing | null =
    typeof encryptionKeys === 'function' ? null : loadEncryptionKeys(encryptionKeys);
  const keyRing = (): EncryptionKeyRing => {
    loaded ??= loadEncryptionKeys((encryptionKeys as () => EncryptionKeys)());
    return loaded;
  };

  // Every charge and refund reads the key: decrypt each stored record once (see openedKeys.ts).
  const opened = new OpenedKeys();
  // Merchants whose record, as last read, has a confirmed pair (or none): a successful charge
  // then needs no write. Only a shortcut; the compare-and-set below decides.
  const settledPairs = new Set<string>();
  const noteRecord = (
    record: Pick<StoredKeyRecord, 'publishableKeyPairing'> | null,
    merchantId: string,
  ) => {
    const settled = record?.publishableKeyPairing !== 'unconfirmed';
    if (settled && settledPairs.size < MAX_SETTLED_PAIRS) settledPairs.add(merchantId);
    else if (!settled) settledPairs.delete(merchantId);
  };
  let migration: Promise<void> | null = null;
  const ready = async (): Promise<EncryptionKeyRing> => {
    // Keys first: a vault without its secret must not create a store's file or schema.
    const ring = keyRing();
    migration ??= store.migrate().catch((error: unknown) => {
      migration = null; // let the next call try again
      throw error;
    });
    await migration;
    return ring;
  };

  return {
    async put(merchantId, key, meta) {
      assertMerchantId(merchantId);
      const record = buildRecord(merchantId, key, meta);
      const ring = await ready();
      await store.upsert({ ...record, ...sealKey(ring, merchantId, key) });
      noteRecord(record, merchantId);
      return statusOf(record);
    },

    async recordVerification(merchantId, key, meta) {
      assertMerchantId(merchantId);
      const checked = buildRecord(merchantId, key, { ...meta, name: null });
      const ring = await ready();
      // A failed compare-and-set means some write landed between read and write; it may have
      // kept the key (a rotation, another verification), so read again a few times.
      for (let attempt = 0; attempt < MAX_RECORD_ATTEMPTS; attempt++) {
        const current = await store.find(merchantId);
        if (!current || !sameKey(openKey(ring, current), key)) return null;
        const record: RecordMeta = {
          ...checked,
          name: current.name,
          updatedAt: current.updatedAt,
          publishableKey: current.publishableKey,
          publishableKeyPairing: current.publishableKeyPairing,
        };
        const sealed = { ...record, ...sealKey(ring, merchantId, key) };
        if (await store.replace(sealed, current.nonce)) return statusOf(record);
      }
      return null;
    },

    async setPublishableKey(merchantId, key, publishableKey, pairing) {
      assertMerchantId(merchantId);
      const ring = await ready();
      for (let attempt = 0; attempt < MAX_RECORD_ATTEMPTS; attempt++) {
        const current = await store.find(merchantId);
        if (!current || !sameKey(openKey(ring, current), key)) return null;
        const record: StoredKeyRecord = {
          ...current,
          ...publishableFields(current.mode, publishableKey, pairing),
          ...sealKey(ring, merchantId, key),
        };
        if (await store.replace(record, current.nonce)) {
          noteRecord(record, merchantId);
          return statusOf(record);
        }
      }
      return null;
    },

    async confirmPublishableKey(merchantId, key) {
      assertMerchantId(merchantId);
      if (settledPairs.has(merchantId)) return false;
      const ring = await ready();
      for (let attempt = 0; attempt < MAX_RECORD_ATTEMPTS; attempt++) {
        const current = await store.find(merchantId);
        if (current?.publishableKeyPairing !== 'unconfirmed') {
          noteRecord(current, merchantId);
          return false;
        }
        if (!sameKey(openKey(ring, current), key)) return false;
        const record: StoredKeyRecord = {
          ...current,
          publishableKeyPairing: 'confirmed',
          ...sealKey(ring, merchantId, key),
        };
        if (await store.replace(record, current.nonce)) {
          noteRecord(record, merchantId);
          return true;
        }
      }
      return false;
    },

    async get(merchantId) {
      assertMerchantId(merchantId);
      const ring = await ready();
      const record = await store.find(merchantId);
      noteRecord(record, merchantId);
      return record ? opened.open(ring, record) : null;
    },

    async status(merchantId) {
      assertMerchantId(merchantId);
      await ready();
      const record = await store.find(merchantId);
      return record ? statusOf(record) : { connected: false };
    },

    async remove(merchantId) {
      assertMerchantId(merchantId);
      await ready();
      opened.forget(merchantId);
      settledPairs.delete(merchantId);
      return store.delete(merchantId);
    },

    async rotate({ batchSize = 100 } = {}) {
      if (!Number.isInteger(batchSize) || batchSize < 1) {
        throw new TypeError('rotate({ batchSize }) must be a positive integer.');
      }
      const ring = await ready();
      const result: RotationResult = {
        rotated: 0,
        alreadyCurrent: 0,
        skipped: 0,
        failed: 0,
        failedMerchantIds: [],
      };
      let after: string | null = null;
      for (;;) {
        const page = await store.list(after, batchSize);
        for (const record of page) {
          if (record.encryptionKeyId === ring.currentId) {
            result.alreadyCurrent++;
            continue;
          }
          let key: string;
          try {
            key = openKey(ring, record);
          } catch {
            result.failed++;
            result.failedMerchantIds.push(record.merchantId);
            continue;
          }
          const resealed = { ...record, ...sealKey(ring, record.merchantId, key) };
          if (await store.replace(resealed, record.nonce)) result.rotated++;
          else result.skipped++;
        }
        if (page.length < batchSize) return result;
        after = page[page.length - 1]!.merchantId;
      }
    },

    async close() {
      await store.close();
    },
  };
}

type RecordMeta = Omit<StoredKeyRecord, 'encryptionKeyId' | 'nonce' | 'ciphertext' | 'tag'>;

const MAX_KEY_LENGTH = 1024;
const MAX_RECORD_ATTEMPTS = 3;
const MAX_SETTLED_PAIRS = 10_000;
const MAX_NAME_LENGTH = 200;
const MODES: readonly string[] = ['test', 'live'];
const PERMISSIONS: readonly string[] = ['write', 'missing', 'unknown'];

function buildRecord(merchantId: string, key: string, meta: PutKeyMeta): RecordMeta {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) {
    invalid(`key must be a non-empty string of at most ${MAX_KEY_LENGTH} characters.`);
  }
  if (!meta || !MODES.includes(meta.mode)) invalid('meta.mode must be "test" or "live".');
  const { permissions } = meta;
  if (
    !permissions ||
    !PERMISSIONS.includes(permissions.charges) ||
    !PERMISSIONS.includes(permissions.refunds)
  ) {
    invalid('meta.permissions must hold charges and refunds: "write", "missing" or "unknown".');
  }
  const name = meta.name ?? null;
  if (name !== null && (typeof name !== 'string' || name.length > MAX_NAME_LENGTH)) {
    invalid(`meta.name must be a string of at most ${MAX_NAME_LENGTH} characters.`);
  }
  if (name !== null && looksLikeStripeKey(name)) invalid(KEY_IN_NAME_MESSAGE);
  const verifiedAt = new Date(meta.verifiedAt);
  if (Number.isNaN(verifiedAt.getTime())) invalid('meta.verifiedAt must be a date.');
  const publishable =
    meta.publishableKey === undefined || meta.publishableKey === null
      ? { publishableKey: null, publishableKeyPairing: null }
      : publishableFields(
          meta.mode,
          meta.publishableKey,
          meta.publishableKeyPairing ?? 'unconfirmed',
        );
  return {
    ...publishable,
    merchantId,
    mode: meta.mode,
    redactedKey: redactKey(key),
    name: name === '' ? null : name,
    permissions: { charges: permissions.charges, refunds: permissions.refunds },
    verifiedAt: verifiedAt.toISOString(),
    updatedAt: new Date().toISOString(),
  };
}

// Constant time, so how long a comparison takes says nothing about the stored key.
function sameKey(stored: string, given: string): boolean {
  const a = Buffer.from(stored, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

const PAIRINGS: readonly string[] = ['confirmed', 'unconfirmed', 'mismatch'];

// A publishable key is public, so it is kept as it is; but only a real one of the same mode.
function publishableFields(
  mode: KeyMode,
  publishableKey: string,
  pairing: PublishableKeyPairing,
): { publishableKey: string; publishableKeyPairing: PublishableKeyPairing } {
  const parsed = parsePublishableKey(publishableKey, { mode });
  if (!parsed.ok || parsed.key !== publishableKey) {
    invalid(`publishableKey must be a publishable key (pk_${mode}_…) of the key's mode.`);
  }
  if (!PAIRINGS.includes(pairing)) {
    invalid('publishableKeyPairing must be "confirmed", "unconfirmed" or "mismatch".');
  }
  return { publishableKey, publishableKeyPairing: pairing };
}

function statusOf(record: RecordMeta): KeyStatus {
  const status: KeyStatus = {
    connected: true,
    mode: record.mode,
    redactedKey: record.redactedKey,
    permissions: { ...record.permissions },
    verifiedAt: record.verifiedAt,
    updatedAt: record.updatedAt,
  };
  if (record.name !== null) status.name = record.name;
  if (record.publishableKey !== null) {
    status.publishableKey = record.publishableKey;
    status.publishableKeyPairing = record.publishableKeyPairing ?? 'unconfirmed';
  }
  status.payments = paymentsReadiness(record);
  return status;
}

function paymentsReadiness(record: RecordMeta): PaymentsReadiness {
  if (record.permissions.charges !== 'write') return 'charges_not_permitted';
  if (record.publishableKey === null) return 'publishable_key_missing';
  if (record.publishableKeyPairing === 'mismatch') return 'publishable_key_mismatch';
  return record.publishableKeyPairing === 'confirmed' ? 'ready' : 'unconfirmed';
}

function invalid(message: string): never {
  throw new ConnectError('validation_failed', { message });
}
