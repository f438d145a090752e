import type { KeyStore, StoredKeyRecord } from './KeyStore';

/**
 * A `KeyStore` in process memory, for unit tests and demos. Records still hold only
 * ciphertext; they vanish when the process ends.
 */
export function memoryStore(): KeyStore {
  const records = new Map<string, StoredKeyRecord>();
  return {
    async migrate() {},

    async upsert(record) {
      records.set(record.merchantId, copy(record));
    },

    async replace(record, expectedNonce) {
      const existing = records.get(record.merchantId);
      if (!existing || !sameBytes(existing.nonce, expectedNonce)) return false;
      records.set(record.merchantId, copy(record));
      return true;
    },

    async find(merchantId) {
      const record = records.get(merchantId);
      return record ? copy(record) : null;
    },

    async delete(merchantId) {
      return records.delete(merchantId);
    },

    async list(afterMerchantId, limit) {
      return [...records.keys()]
        .filter((id) => afterMerchantId === null || id > afterMerchantId)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .slice(0, limit)
        .map((id) => copy(records.get(id)!));
    },

    async close() {},
  };
}

// Copies both ways, so a caller mutating a record never changes what is stored.
function copy(record: StoredKeyRecord): StoredKeyRecord {
  return {
    ...record,
    nonce: Buffer.from(record.nonce),
    ciphertext: Buffer.from(record.ciphertext),
    tag: Buffer.from(record.tag),
    permissions: { ...record.permissions },
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
