import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeyStore, StoredKeyRecord } from '../src/vault/KeyStore';

/** Options for {@link describeKeyStoreContract}. */
export interface KeyStoreContractOptions {
  /** Registers the suite as skipped (used when a database is not available). */
  skip?: boolean;
}

/**
 * The behaviour every `KeyStore` must have, as a vitest suite. `makeStore` returns a fresh,
 * empty store for each test; the suite migrates and closes it.
 *
 * @example
 * describeKeyStoreContract('memoryStore', () => memoryStore());
 */
export function describeKeyStoreContract(
  name: string,
  makeStore: () => KeyStore | Promise<KeyStore>,
  options: KeyStoreContractOptions = {},
): void {
  describe.skipIf(options.skip === true)(`KeyStore contract: ${name}`, () => {
    const opened: KeyStore[] = [];
    const freshStore = async (): Promise<KeyStore> => {
      const store = await makeStore();
      opened.push(store);
      await store.migrate();
      return store;
    };

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    it('migrates again without harm and keeps the records', async () => {
      const store = await freshStore();
      await store.upsert(record('m-1'));
      await store.migrate();
      await store.migrate();
      expect(await store.find('m-1')).toEqual(record('m-1'));
    });

    it('answers null for a merchant without a record', async () => {
      const store = await freshStore();
      expect(await store.find('nobody')).toBeNull();
    });

    it('gives back every field exactly as stored', async () => {
      const store = await freshStore();
      const stored = record('m-1', { name: 'Acme_Pelago', mode: 'live' });
      await store.upsert(stored);
      const found = await store.find('m-1');
      expect(found).toEqual(stored);
      expect(Buffer.from(found!.ciphertext)).toEqual(Buffer.from(stored.ciphertext));
      expect(Buffer.from(found!.nonce)).toEqual(Buffer.from(stored.nonce));
      expect(Buffer.from(found!.tag)).toEqual(Buffer.from(stored.tag));
    });

    it('replaces the record on a second upsert for the same merchant', async () => {
      const store = await freshStore();
      await store.upsert(record('m-1', { name: 'First' }));
      const second = record('m-1', {
        name: null,
        permissions: { charges: 'write', refunds: 'missing' },
      });
      await store.upsert(second);
      expect(await store.find('m-1')).toEqual(second);
      expect(await store.list(null, 10)).toHaveLength(1);
    });

    it('keeps merchants apart', async () => {
      const store = await freshStore();
      const a = record('merchant-a');
      const b = record('merchant-b');
      await store.upsert(a);
      await store.upsert(b);
      expect(await store.find('merchant-a')).toEqual(a);
      expect(await store.find('merchant-b')).toEqual(b);
      await store.delete('merchant-a');
      expect(await store.find('merchant-b')).toEqual(b);
    });

    it('treats merchant ids as data, whatever characters they hold', async () => {
      const store = await freshStore();
      const ids = [`o'brien"; DROP TABLE pelago_merchant_keys; --`, 'ümlaut-商店-🙂', 'a%_\\'];
      for (const id of ids) await store.upsert(record(id));
      for (const id of ids) expect((await store.find(id))?.merchantId).toBe(id);
      expect(await store.find('a%')).toBeNull();
    });

    it('deletes a record and says whether there was one', async () => {
      const store = await freshStore();
      await store.upsert(record('m-1'));
      expect(await store.delete('m-1')).toBe(true);
      expect(await store.find('m-1')).toBeNull();
      expect(await store.delete('m-1')).toBe(false);
    });

    it('replaces only while the record is still the expected write', async () => {
      const store = await freshStore();
      const first = record('m-1');
      await store.upsert(first);
      const resealed = record('m-1', { encryptionKeyId: 'k2' });

      expect(await store.replace(resealed, randomBytes(12))).toBe(false);
      expect(await store.find('m-1')).toEqual(first);

      expect(await store.replace(resealed, first.nonce)).toBe(true);
      expect(await store.find('m-1')).toEqual(resealed);

      expect(await store.replace(record('gone'), first.nonce)).toBe(false);
      expect(await store.find('gone')).toBeNull();
    });

    it('lists every record once, in merchant id order, page by page', async () => {
      const store = await freshStore();
      const ids = Array.from({ length: 23 }, (_, i) => `m-${String(i).padStart(3, '0')}`);
      for (const id of [...ids].reverse()) await store.upsert(record(id));

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await store.list(after, 5);
        seen.push(...page.map((r) => r.merchantId));
        if (page.length < 5) break;
        after = page[page.length - 1]!.merchantId;
      }
      expect(seen).toEqual(ids);
      const tail = await store.list('m-020', 100);
      expect(tail.map((r) => r.merchantId)).toEqual(['m-021', 'm-022']);
      expect(tail[0]).toEqual(record('m-021'));
    });

    it('hands out copies: changing a returned record changes nothing stored', async () => {
      const store = await freshStore();
      const stored = record('m-1');
      await store.upsert(stored);
      const found = (await store.find('m-1'))!;
      found.ciphertext[0] = (found.ciphertext[0]! + 1) % 256;
      found.permissions.charges = 'missing';
      expect(await store.find('m-1')).toEqual(stored);
    });

    it('keeps the publishable key and its pairing in the record, and drops them with it', async () => {
      const store = await freshStore();
      const publishableKey = `pk_${'test'}_${'Pub1ic'.repeat(16)}`;
      const paired = record('m-1', { publishableKey, publishableKeyPairing: 'confirmed' });
      await store.upsert(paired);
      expect(await store.find('m-1')).toEqual(paired);
      const unconfirmed = { ...paired, publishableKeyPairing: 'unconfirmed' as const };
      expect(await store.replace(unconfirmed, paired.nonce)).toBe(true);
      expect(await store.find('m-1')).toEqual(unconfirmed);
      // A new key without a publishable key replaces both.
      await store.upsert(record('m-1', { name: 'Replaced' }));
      expect(await store.find('m-1')).toMatchObject({
        publishableKey: null,
        publishableKeyPairing: null,
      });
      await store.delete('m-1');
      expect(await store.find('m-1')).toBeNull();
    });

    it('ends concurrent writes for one merchant with one whole record', async () => {
      const store = await freshStore();
      const writes = Array.from({ length: 20 }, (_, i) => record('m-1', { name: `Key ${i}` }));
      await Promise.all(writes.map((write) => store.upsert(write)));
      const found = await store.find('m-1');
      expect(writes).toContainEqual(found);
      expect(await store.list(null, 10)).toHaveLength(1);
    });
  });
}

// Records carry whole-second times: every store gives timestamps back in ISO form.
function record(merchantId: string, overrides: Partial<StoredKeyRecord> = {}): StoredKeyRecord {
  const seed = Buffer.from(merchantId, 'utf8');
  return {
    merchantId,
    encryptionKeyId: 'k1',
    nonce: fill(12, seed, 1),
    ciphertext: fill(40, seed, 2),
    tag: fill(16, seed, 3),
    mode: 'test',
    redactedKey: 'rk_test_…abcd',
    name: 'Acme_Pelago',
    permissions: { charges: 'write', refunds: 'write' },
    verifiedAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-01-02T03:04:06.000Z',
    publishableKey: null,
    publishableKeyPairing: null,
    ...overrides,
  };
}

// Deterministic bytes per merchant, so two calls build equal records; bytes include 0 and 255.
function fill(length: number, seed: Buffer, salt: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++)
    bytes[i] = ((seed[i % seed.length] ?? 0) * 31 + i * 7 + salt * 101) % 256;
  bytes[0] = 0;
  bytes[length - 1] = 255;
  return bytes;
}
