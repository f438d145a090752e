import { randomBytes } from 'node:crypto';
import { ConnectError } from '@pelago/connect-core';
import { describe, expect, it } from 'vitest';
import { createKeyVault, type PutKeyMeta } from './createKeyVault';
import { generateEncryptionKey } from './encryptionKeys';
import type { KeyStore } from './KeyStore';
import { memoryStore } from './memoryStore';

const k1 = generateEncryptionKey();
const k2 = generateEncryptionKey();
const meta: PutKeyMeta = {
  name: 'Acme_Pelago',
  mode: 'test',
  permissions: { charges: 'write', refunds: 'write' },
  verifiedAt: new Date('2026-03-04T05:06:07.000Z'),
};

function fakeKey(): string {
  return `rk_${'test'}_${randomBytes(30).toString('hex')}`;
}

function vaultOn(store: KeyStore, current = 'k1', keys: Record<string, string> = { k1 }) {
  return createKeyVault({ store, encryptionKeys: { current, keys } });
}

async function expectUnreadable(promise: Promise<unknown>, key: string): Promise<ConnectError> {
  const error = await promise.then(
    () => {
      throw new Error('expected key_unreadable');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConnectError);
  expect((error as ConnectError).code).toBe('key_unreadable');
  expect(String((error as Error).message)).not.toContain(key);
  return error as ConnectError;
}

describe('createKeyVault', () => {
  it('gives back the stored key, and null for a merchant without one', async () => {
    const vault = vaultOn(memoryStore());
    const key = fakeKey();
    await vault.put('merchant-1', key, meta);
    expect(await vault.get('merchant-1')).toBe(key);
    expect(await vault.get('merchant-2')).toBeNull();
  });

  it('answers the status with the redacted key and the metadata', async () => {
    const vault = vaultOn(memoryStore());
    const key = fakeKey();
    const returned = await vault.put('merchant-1', key, meta);
    const status = await vault.status('merchant-1');
    expect(status).toEqual(returned);
    expect(status).toEqual({
      connected: true,
      mode: 'test',
      redactedKey: `rk_test_…${key.slice(-4)}`,
      name: 'Acme_Pelago',
      permissions: { charges: 'write', refunds: 'write' },
      verifiedAt: '2026-03-04T05:06:07.000Z',
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      payments: 'publishable_key_missing',
    });
    expect(JSON.stringify(status)).not.toContain(key);
    expect(await vault.status('merchant-2')).toEqual({ connected: false });
  });

  it('answers the status without decrypting: it works with the encryption key gone', async () => {
    const store = memoryStore();
    const key = fakeKey();
    const before = await vaultOn(store).put('merchant-1', key, meta);
    const withoutK1 = vaultOn(store, 'k2', { k2 });
    expect(await withoutK1.status('merchant-1')).toEqual(before);
    const error = await expectUnreadable(withoutK1.get('merchant-1'), key);
    expect(error.message).toMatch(/encryption key "k1", which is not configured/);
  });

  it('replaces the key on a second put and removes it on remove', async () => {
    const vault = vaultOn(memoryStore());
    await vault.put('merchant-1', fakeKey(), meta);
    const second = fakeKey();
    await vault.put('merchant-1', second, { ...meta, name: null, mode: 'live' });
    expect(await vault.get('merchant-1')).toBe(second);
    const status = await vault.status('merchant-1');
    expect(status.mode).toBe('live');
    expect(status).not.toHaveProperty('name');
    expect(await vault.remove('merchant-1')).toBe(true);
    expect(await vault.get('merchant-1')).toBeNull();
    expect(await vault.status('merchant-1')).toEqual({ connected: false });
    expect(await vault.remove('merchant-1')).toBe(false);
  });

  it('encrypts each write with a fresh nonce, and stores no plain key', async () => {
    const store = memoryStore();
    const vault = vaultOn(store);
    const key = fakeKey();
    await vault.put('merchant-1', key, meta);
    const first = (await store.find('merchant-1'))!;
    await vault.put('merchant-1', key, meta);
    const second = (await store.find('merchant-1'))!;
    expect(first.nonce).toHaveLength(12);
    expect(first.tag).toHaveLength(16);
    expect(Buffer.from(second.nonce)).not.toEqual(Buffer.from(first.nonce));
    expect(Buffer.from(second.ciphertext)).not.toEqual(Buffer.from(first.ciphertext));
    expect(JSON.stringify(second)).not.toContain(key);
    expect(Buffer.from(second.ciphertext).includes(Buffer.from(key))).toBe(false);
  });

  it('binds a record to its merchant: copied to another merchant it does not decrypt', async () => {
    const store = memoryStore();
    const vault = vaultOn(store);
    const key = fakeKey();
    await vault.put('merchant-a', key, meta);
    const record = (await store.find('merchant-a'))!;
    await store.upsert({ ...record, merchantId: 'merchant-b' });
    await expectUnreadable(vault.get('merchant-b'), key);
    expect(await vault.get('merchant-a')).toBe(key);
  });

  describe('refuses a tampered record with key_unreadable', () => {
    const flip = (bytes: Uint8Array, index = 0): Buffer => {
      const copy = Buffer.from(bytes);
      copy[index] = copy[index]! ^ 0x01;
      return copy;
    };
    const cases: Array<[string, (r: Awaited<ReturnType<KeyStore['find']>> & {}) => object]> = [
      ['ciphertext changed', (r) => ({ ciphertext: flip(r.ciphertext, 5) })],
      ['ciphertext cut short', (r) => ({ ciphertext: Buffer.from(r.ciphertext).subarray(1) })],
      ['tag changed', (r) => ({ tag: flip(r.tag, 15) })],
      ['tag cut short', (r) => ({ tag: Buffer.from(r.tag).subarray(0, 12) })],
      ['nonce changed', (r) => ({ nonce: flip(r.nonce, 11) })],
      ['nonce of another length', (r) => ({ nonce: Buffer.concat([r.nonce, Buffer.alloc(4)]) })],
      ['key id pointing at another configured key', () => ({ encryptionKeyId: 'k2' })],
      ['empty ciphertext', () => ({ ciphertext: Buffer.alloc(0) })],
    ];
    for (const [label, change] of cases) {
      it(label, async () => {
        const store = memoryStore();
        const vault = vaultOn(store, 'k1', { k1, k2 });
        const key = fakeKey();
        await vault.put('merchant-1', key, meta);
        const record = (await store.find('merchant-1'))!;
        await store.upsert({ ...record, ...change(record) });
        await expectUnreadable(vault.get('merchant-1'), key);
      });
    }

    it('key id naming no configured key, with a message about the missing encryption key', async () => {
      const store = memoryStore();
      const vault = vaultOn(store);
      const key = fakeKey();
      await vault.put('merchant-1', key, meta);
      const record = (await store.find('merchant-1'))!;
      await store.upsert({ ...record, encryptionKeyId: 'k9' });
      const error = await expectUnreadable(vault.get('merchant-1'), key);
      expect(error.message).toContain('"k9"');
      expect(error.message).toMatch(/not configured/);
    });
  });

  describe('rotate', () => {
    it('re-encrypts records on old keys, updates their key id, and keeps them readable', async () => {
      const store = memoryStore();
      const keys = new Map<string, string>();
      const old = vaultOn(store);
      for (let i = 0; i < 7; i++) {
        const key = fakeKey();
        keys.set(`merchant-${i}`, key);
        await old.put(`merchant-${i}`, key, meta);
      }
      const statusBefore = await old.status('merchant-3');

      const rotating = vaultOn(store, 'k2', { k1, k2 });
      await rotating.put('merchant-new', fakeKey(), meta); // already on k2
      const result = await rotating.rotate({ batchSize: 3 });
      expect(result).toEqual({
        rotated: 7,
        alreadyCurrent: 1,
        skipped: 0,
        failed: 0,
        failedMerchantIds: [],
      });

      for (const record of await store.list(null, 100)) expect(record.encryptionKeyId).toBe('k2');
      const onlyK2 = vaultOn(store, 'k2', { k2 });
      for (const [merchantId, key] of keys) expect(await onlyK2.get(merchantId)).toBe(key);
      expect(await onlyK2.status('merchant-3')).toEqual(statusBefore);
      expect(await old.get('merchant-3').catch((e: ConnectError) => e.code)).toBe('key_unreadable');

      expect(await rotating.rotate()).toMatchObject({ rotated: 0, alreadyCurrent: 8 });
    });

    it('reports records it cannot read and rotates the rest', async () => {
      const store = memoryStore();
      await vaultOn(store).put('merchant-good', fakeKey(), meta);
      await vaultOn(store, 'k0', { k0: generateEncryptionKey() }).put(
        'merchant-lost',
        fakeKey(),
        meta,
      );
      const result = await vaultOn(store, 'k2', { k1, k2 }).rotate();
      expect(result).toMatchObject({ rotated: 1, failed: 1, failedMerchantIds: ['merchant-lost'] });
    });

    it('never overwrites a key stored while the rotation ran', async () => {
      const inner = memoryStore();
      await vaultOn(inner).put('merchant-1', fakeKey(), meta);
      const newer = fakeKey();
      const current = vaultOn(inner, 'k2', { k1, k2 });
      // The merchant connects a new key between rotation's read and its write.
      const racing: KeyStore = {
        ...inner,
        async replace(record, expectedNonce) {
          await current.put('merchant-1', newer, meta);
          return inner.replace(record, expectedNonce);
        },
      };
      const result = await vaultOn(racing, 'k2', { k1, k2 }).rotate();
      expect(result).toMatchObject({ rotated: 0, skipped: 1 });
      expect(await current.get('merchant-1')).toBe(newer);
    });
  });

  describe('recordVerification', () => {
    const later = {
      mode: 'test' as const,
      permissions: { charges: 'write' as const, refunds: 'missing' as const },
      verifiedAt: new Date('2026-05-06T07:08:09.000Z'),
    };

    it('records a new verification of the stored key, keeping its name and updatedAt', async () => {
      const vault = vaultOn(memoryStore());
      const key = fakeKey();
      const before = await vault.put('merchant-1', key, meta);
      const status = await vault.recordVerification('merchant-1', key, later);
      expect(status).toEqual({
        ...before,
        permissions: later.permissions,
        verifiedAt: '2026-05-06T07:08:09.000Z',
      });
      expect(await vault.status('merchant-1')).toEqual(status);
      expect(await vault.get('merchant-1')).toBe(key);
    });

    it('answers null and writes nothing when the key was removed or replaced', async () => {
      const vault = vaultOn(memoryStore());
      const key = fakeKey();
      expect(await vault.recordVerification('merchant-1', key, later)).toBeNull();
      expect(await vault.status('merchant-1')).toEqual({ connected: false });

      const newer = fakeKey();
      const stored = await vault.put('merchant-1', newer, meta);
      expect(await vault.recordVerification('merchant-1', key, later)).toBeNull();
      expect(await vault.get('merchant-1')).toBe(newer);
      expect(await vault.status('merchant-1')).toEqual(stored);
    });

    it('never overwrites a key stored between its read and its write', async () => {
      const inner = memoryStore();
      const key = fakeKey();
      const newer = fakeKey();
      await vaultOn(inner).put('merchant-1', key, meta);
      const racing: KeyStore = {
        ...inner,
        async replace(record, expectedNonce) {
          await vaultOn(inner).put('merchant-1', newer, meta);
          return inner.replace(record, expectedNonce);
        },
      };
      expect(await vaultOn(racing).recordVerification('merchant-1', key, later)).toBeNull();
      expect(await vaultOn(inner).get('merchant-1')).toBe(newer);
    });

    it('still records when the record was only re-encrypted meanwhile', async () => {
      const inner = memoryStore();
      const key = fakeKey();
      await vaultOn(inner).put('merchant-1', key, meta);
      let rotated = false;
      const racing: KeyStore = {
        ...inner,
        async replace(record, expectedNonce) {
          if (!rotated) {
            rotated = true;
            await vaultOn(inner, 'k2', { k1, k2 }).rotate();
          }
          return inner.replace(record, expectedNonce);
        },
      };
      const vault = vaultOn(racing, 'k1', { k1, k2 });
      const status = await vault.recordVerification('merchant-1', key, later);
      expect(status?.permissions).toEqual(later.permissions);
      expect(await vault.get('merchant-1')).toBe(key);
    });
  });

  describe('validation', () => {
    it('refuses a key as the name, so no store ever holds it in plain text', async () => {
      const store = memoryStore();
      const vault = vaultOn(store);
      const key = fakeKey();
      for (const name of [key, `Acme ${key}`, `sk_${'live'}_${'Q'.repeat(30)}`, 'whsec_abc123']) {
        const error = await vault.put('merchant-1', key, { ...meta, name }).catch((e) => e);
        expect(error).toMatchObject({
          code: 'validation_failed',
          status: 400,
          message: 'That looks like a Stripe key, not a name. Paste the key into the key field.',
        });
      }
      expect(await store.find('merchant-1')).toBeNull();
      // Names that only mention keys or accounts are fine.
      await vault.put('merchant-1', key, { ...meta, name: 'Acme_Pelago (acct_1Nv0)' });
      expect((await vault.status('merchant-1')).name).toBe('Acme_Pelago (acct_1Nv0)');
    });

    it('refuses merchant ids that are empty, too long or not strings', async () => {
      const vault = vaultOn(memoryStore());
      for (const merchantId of ['', 'x'.repeat(201), 42, null]) {
        const error = await vault.get(merchantId as string).catch((e: ConnectError) => e);
        expect(error).toMatchObject({ code: 'validation_failed' });
        await expect(vault.put(merchantId as string, fakeKey(), meta)).rejects.toMatchObject({
          code: 'validation_failed',
        });
      }
      await vault.put('x'.repeat(200), fakeKey(), meta);
    });

    it('refuses bad metadata without echoing the key', async () => {
      const vault = vaultOn(memoryStore());
      const key = fakeKey();
      const bad: Array<Partial<PutKeyMeta> | Record<string, unknown>> = [
        { mode: 'sandbox' },
        { permissions: { charges: 'write' } },
        { verifiedAt: 'not a date' },
        { name: 'n'.repeat(201) },
      ];
      for (const change of bad) {
        const error = await vault
          .put('m', key, { ...meta, ...change } as PutKeyMeta)
          .catch((e) => e);
        expect(error).toMatchObject({ code: 'validation_failed' });
        expect(error.message).not.toContain(key);
      }
      await expect(vault.put('m', '', meta)).rejects.toMatchObject({ code: 'validation_failed' });
    });
  });
});

describe('encryption key configuration', () => {
  const make = (encryptionKeys: unknown) => () =>
    createKeyVault({ store: memoryStore(), encryptionKeys: encryptionKeys as never });

  it('refuses a key that does not decode to 32 bytes, naming the id but not the value', () => {
    const short = randomBytes(16).toString('base64');
    expect(make({ current: 'k1', keys: { k1: short } })).toThrow(
      /encryptionKeys\.keys\.k1 must be 32 random bytes .*decodes to 16 bytes/,
    );
    try {
      make({ current: 'k1', keys: { k1: short } })();
    } catch (error) {
      expect((error as Error).message).not.toContain(short);
    }
    const long = randomBytes(33).toString('base64');
    expect(make({ current: 'k1', keys: { k1: long } })).toThrow(/decodes to 33 bytes/);
  });

  it('refuses text that is not base64 instead of decoding part of it', () => {
    const notBase64 = `${'!'.repeat(4)}${randomBytes(32).toString('base64')}`;
    let message = '';
    try {
      make({ current: 'k1', keys: { k1: notBase64 } })();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/characters base64 does not use/);
    expect(message).not.toContain(notBase64.slice(4, 20));
    expect(make({ current: 'k1', keys: { k1: 42 } })).toThrow(/got number/);
  });

  it('refuses a current id that is not configured, and an empty key list', () => {
    expect(make({ current: 'k2', keys: { k1 } })).toThrow(/current must name one of .*k1/);
    expect(make({ current: 'k1', keys: {} })).toThrow(/at least one key id/);
    expect(make(undefined)).toThrow(/encryptionKeys is required/);
    expect(make({ current: 'bad id', keys: { 'bad id': k1 } })).toThrow(/invalid key id/);
  });

  it('accepts a key with surrounding whitespace or in URL-safe base64', async () => {
    const raw = randomBytes(32);
    const urlSafe = raw.toString('base64url');
    const vault = createKeyVault({
      store: memoryStore(),
      encryptionKeys: { current: 'a', keys: { a: `${raw.toString('base64')}\n`, b: urlSafe } },
    });
    await vault.put('m', fakeKey(), meta);
  });

  it('generates distinct 32-byte keys in base64', () => {
    const first = generateEncryptionKey();
    expect(Buffer.from(first, 'base64')).toHaveLength(32);
    expect(first).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(generateEncryptionKey()).not.toBe(first);
  });
});
