import type { KeyMode, KeyPermissions, PublishableKeyPairing } from '@pelago/connect-core';

/**
 * One merchant's key as a store keeps it: the key itself only as AES-256-GCM ciphertext, and
 * beside it the metadata that `status()` answers from without decrypting.
 */
export interface StoredKeyRecord {
  /** The host app's merchant id (primary key). */
  merchantId: string;
  /** Id of the encryption key (in `encryptionKeys.keys`) that sealed this record. */
  encryptionKeyId: string;
  /** The 12-byte GCM nonce, fresh for every write. */
  nonce: Uint8Array;
  /** The encrypted Stripe key. */
  ciphertext: Uint8Array;
  /** The 16-byte GCM authentication tag. */
  tag: Uint8Array;
  mode: KeyMode;
  /** `redactKey(key)`, computed when the key was stored. */
  redactedKey: string;
  /** The key's name in the Stripe Dashboard, when the merchant gave one. */
  name: string | null;
  permissions: KeyPermissions;
  /** ISO-8601 time of the verification that let the key in. */
  verifiedAt: string;
  /** ISO-8601 time the merchant last stored a key. Re-encryption by `rotate()` keeps it. */
  updatedAt: string;
  /**
   * The same account's publishable key, in plain text (it is public by design), or null. It is
   * part of this record, so replacing or removing the key replaces or removes it too.
   */
  publishableKey: string | null;
  /** Whether `publishableKey` is known to be of this key's account; null without one. */
  publishableKeyPairing: PublishableKeyPairing | null;
}

/**
 * Where the vault keeps records. Implementations: `sqliteStore`, `postgresStore`,
 * `memoryStore`; any other must pass `describeKeyStoreContract`.
 */
export interface KeyStore {
  /** Creates or upgrades the schema. Safe to call many times, and from several processes. */
  migrate(): Promise<void>;
  /** Inserts or replaces the merchant's record. */
  upsert(record: StoredKeyRecord): Promise<void>;
  /**
   * Replaces the merchant's record only while it is still the write identified by
   * `expectedNonce` (a compare-and-set, so re-encryption never overwrites a newer key).
   * Resolves to whether the record was replaced.
   */
  replace(record: StoredKeyRecord, expectedNonce: Uint8Array): Promise<boolean>;
  /** The merchant's record, or null. */
  find(merchantId: string): Promise<StoredKeyRecord | null>;
  /** Deletes the merchant's record; resolves to whether one existed. */
  delete(merchantId: string): Promise<boolean>;
  /**
   * Up to `limit` records ordered by merchant id, starting after `afterMerchantId`
   * (keyset pagination, used by rotation).
   */
  list(afterMerchantId: string | null, limit: number): Promise<StoredKeyRecord[]>;
  /** Releases what the store opened itself (a pool passed in stays open). */
  close(): Promise<void>;
}
