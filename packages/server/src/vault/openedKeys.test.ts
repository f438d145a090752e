import { describe, expect, it } from 'vitest';
import { createKeyVault } from './createKeyVault';
import { generateEncryptionKey } from './encryptionKeys';
import { memoryStore } from './memoryStore';

// The vault keeps keys it has decrypted, matched by their sealed bytes: every change to a
// record, by this vault, another instance or an attacker with the database, must still show.

const meta = {
  mode: 'test' as const,
  permissions: { charges: 'write' as const, refunds: 'write' as const },
  verifiedAt: new Date(),
};
const first = `rk_test_${'A'.repeat(30)}`;
const second = `rk_test_${'B'.repeat(30)}`;

function twoInstances() {
  const store = memoryStore();
  const encryptionKeys = { current: 'k1', keys: { k1: generateEncryptionKey() } };
  return {
    store,
    a: createKeyVault({ store, encryptionKeys }),
    b: createKeyVault({ store, encryptionKeys }),
  };
}

describe('keys read again from the vault', () => {
  it('sees a key replaced or removed by another instance at once', async () => {
    const { a, b } = twoInstances();
    await a.put('m1', first, meta);
    expect(await a.get('m1')).toBe(first);
    expect(await a.get('m1')).toBe(first);
    await b.put('m1', second, meta);
    expect(await a.get('m1')).toBe(second);
    await b.remove('m1');
    expect(await a.get('m1')).toBeNull();
  });

  it('refuses a record changed in the database after it was read, and reads it again once restored', async () => {
    const { store, a } = twoInstances();
    await a.put('m1', first, meta);
    expect(await a.get('m1')).toBe(first);
    const record = (await store.find('m1'))!;
    for (const field of ['tag', 'nonce', 'ciphertext'] as const) {
      const changed = Buffer.from(record[field]);
      changed[0] = changed[0]! ^ 0x01;
      await store.upsert({ ...record, [field]: changed });
      await expect(a.get('m1'), field).rejects.toMatchObject({ code: 'key_unreadable' });
    }
    await store.upsert({ ...record, encryptionKeyId: 'k2' });
    await expect(a.get('m1')).rejects.toMatchObject({ code: 'key_unreadable' });
    await store.upsert(record);
    expect(await a.get('m1')).toBe(first);
  });

  it('never hands one merchant’s key to another whose record holds the same bytes', async () => {
    const { store, a } = twoInstances();
    await a.put('m1', first, meta);
    expect(await a.get('m1')).toBe(first);
    const record = (await store.find('m1'))!;
    // The merchant id is bound into the encryption: a copied record does not open.
    await store.upsert({ ...record, merchantId: 'm2' });
    await expect(a.get('m2')).rejects.toMatchObject({ code: 'key_unreadable' });
  });
});
