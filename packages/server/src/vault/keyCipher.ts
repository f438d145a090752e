import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ConnectError } from '@pelago/connect-core';
import type { EncryptionKeyRing } from './encryptionKeys';
import type { StoredKeyRecord } from './KeyStore';

/** The encrypted part of a record. */
export type SealedKey = Pick<StoredKeyRecord, 'encryptionKeyId' | 'nonce' | 'ciphertext' | 'tag'>;

/**
 * Encrypts `key` for `merchantId` with the ring's current key: AES-256-GCM, a fresh 12-byte
 * nonce, and the merchant id bound as additional authenticated data, so a record copied to
 * another merchant does not decrypt.
 */
export function sealKey(ring: EncryptionKeyRing, merchantId: string, key: string): SealedKey {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(ALGORITHM, ring.current, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(merchantId));
  const ciphertext = Buffer.concat([cipher.update(key, 'utf8'), cipher.final()]);
  return { encryptionKeyId: ring.currentId, nonce, ciphertext, tag: cipher.getAuthTag() };
}

/**
 * Decrypts a record. Any change to the ciphertext, tag, nonce, key id or merchant id, and an
 * encryption key missing from the ring, all end in `ConnectError('key_unreadable')`.
 */
export function openKey(ring: EncryptionKeyRing, record: StoredKeyRecord): string {
  const secret = ring.byId.get(record.encryptionKeyId);
  if (!secret) {
    throw new ConnectError('key_unreadable', {
      message: `The stored key was encrypted with encryption key "${printableId(record.encryptionKeyId)}", which is not configured. Add it to encryptionKeys.keys, or have the merchant connect the key again.`,
    });
  }
  if (record.nonce.length !== NONCE_BYTES || record.tag.length !== TAG_BYTES) {
    throw unreadable();
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, secret, record.nonce, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(associatedData(record.merchantId));
    decipher.setAuthTag(record.tag);
    const plain = Buffer.concat([decipher.update(record.ciphertext), decipher.final()]);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch (cause) {
    // Deliberately no detail from `cause`: authentication failures carry nothing useful.
    throw unreadable(cause);
  }
}

const ALGORITHM = 'aes-256-gcm';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
// Versioned so a future record format can never be confused with this one.
const AAD_LABEL = 'pelago-connect/vault/v1';

function associatedData(merchantId: string): Buffer {
  return Buffer.from(`${AAD_LABEL}\u0000${merchantId}`, 'utf8');
}

function unreadable(cause?: unknown): ConnectError {
  return new ConnectError('key_unreadable', {
    message:
      'The stored key failed its integrity check (it was changed or belongs to another merchant). Have the merchant connect the key again.',
    cause,
  });
}

function printableId(id: string): string {
  return id.replace(/[^A-Za-z0-9_.-]/g, '?').slice(0, 64);
}
