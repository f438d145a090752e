import type { EncryptionKeyRing } from './encryptionKeys';
import type { StoredKeyRecord } from './KeyStore';
import { openKey } from './keyCipher';

/**
 * Keys this vault has decrypted, each with the exact sealed bytes it came from, so that reading
 * the same record again costs a comparison instead of an AES-GCM decryption. The store is still
 * read on every `get`: a key removed or replaced by another instance is seen at once, and a
 * record that differs in any byte (key id, nonce, ciphertext, tag) is decrypted and
 * authenticated again. Bounded; the plaintext stays in this process's memory only, as it does in
 * the `stripe` client made for it.
 */
export class OpenedKeys {
  private readonly entries = new Map<string, { sealed: SealedBytes; key: string }>();

  constructor(private readonly limit = 1000) {}

  /** The key in `record`, decrypted once per distinct record. */
  open(ring: EncryptionKeyRing, record: StoredKeyRecord): string {
    const cached = this.entries.get(record.merchantId);
    if (cached && sameSealedBytes(cached.sealed, record)) {
      this.entries.delete(record.merchantId);
      this.entries.set(record.merchantId, cached);
      return cached.key;
    }
    const key = openKey(ring, record);
    this.entries.delete(record.merchantId);
    this.entries.set(record.merchantId, { sealed: copySealed(record), key });
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return key;
  }

  /** Drops what is kept for `merchantId` (its key was removed). */
  forget(merchantId: string): void {
    this.entries.delete(merchantId);
  }
}

interface SealedBytes {
  encryptionKeyId: string;
  nonce: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

function sameSealedBytes(kept: SealedBytes, record: StoredKeyRecord): boolean {
  return (
    kept.encryptionKeyId === record.encryptionKeyId &&
    kept.nonce.equals(record.nonce) &&
    kept.tag.equals(record.tag) &&
    kept.ciphertext.equals(record.ciphertext)
  );
}

// Copies, so a caller changing the record's buffers afterwards cannot change what is compared.
function copySealed(record: StoredKeyRecord): SealedBytes {
  return {
    encryptionKeyId: record.encryptionKeyId,
    nonce: Buffer.from(record.nonce),
    tag: Buffer.from(record.tag),
    ciphertext: Buffer.from(record.ciphertext),
  };
}
