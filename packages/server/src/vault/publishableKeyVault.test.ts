import { randomBytes } from 'node:crypto';
import { ConnectError } from '@pelago/connect-core';
import { describe, expect, it } from 'vitest';
import { createKeyVault, type PutKeyMeta } from './createKeyVault';
import { generateEncryptionKey } from './encryptionKeys';
import type { KeyStore } from './KeyStore';
import { memoryStore } from './memoryStore';
import { sqliteStore } from './sqliteStore';

const k1 = generateEncryptionKey();
const meta: PutKeyMeta = {
  name: 'Acme_Pelago',
  mode: 'test',
  permissions: { charges: 'write', refunds: 'write' },
  verifiedAt: '2026-03-04T05:06:07.000Z',
};
const fakeKey = () => `rk_${'test'}_${randomBytes(32).toString('hex')}`;
const fakePublishable = (mode = 'test') => `pk_${mode}_${randomBytes(32).toString('hex')}`;
const vaultOn = (store: KeyStore) =>
  createKeyVault({ store, encryptionKeys: { current: 'k1', keys: { k1 } } });

describe.each([
  ['memoryStore', () => memoryStore()],
  ['sqliteStore', () => sqliteStore(':memory:')],
])('the vault keeps a publishable key with the key (%s)', (_name, makeStore) => {
  it('stores it beside the key and answers it whole in the status', async () => {
    const vault = vaultOn(makeStore());
    const key = fakeKey();
    const publishableKey = fakePublishable();
    const status = await vault.put('m-1', key, {
      ...meta,
      publishableKey,
      publishableKeyPairing: 'confirmed',
    });
    expect(status).toMatchObject({
      publishableKey,
      publishableKeyPairing: 'confirmed',
      payments: 'ready',
    });
    expect(await vault.status('m-1')).toEqual(status);
    expect(JSON.stringify(status)).not.toContain(key);
    await vault.close();
  });

  it('drops it when the key is replaced without one, and when the key is removed', async () => {
    const vault = vaultOn(makeStore());
    await vault.put('m-1', fakeKey(), { ...meta, publishableKey: fakePublishable() });
    const replaced = await vault.put('m-1', fakeKey(), meta);
    expect(replaced).not.toHaveProperty('publishableKey');
    expect(replaced.payments).toBe('publishable_key_missing');
    const key = fakeKey();
    await vault.put('m-1', key, { ...meta, publishableKey: fakePublishable() });
    await vault.remove('m-1');
    expect(await vault.status('m-1')).toEqual({ connected: false });
    await vault.close();
  });

  it('keeps it through a new verification of the same key', async () => {
    const vault = vaultOn(makeStore());
    const key = fakeKey();
    const publishableKey = fakePublishable();
    await vault.put('m-1', key, { ...meta, publishableKey });
    const later = await vault.recordVerification('m-1', key, {
      mode: 'test',
      permissions: { charges: 'write', refunds: 'missing' },
      verifiedAt: new Date(),
    });
    expect(later).toMatchObject({ publishableKey, publishableKeyPairing: 'unconfirmed' });
    await vault.close();
  });

  it('adds or changes it later, only while the same key is stored', async () => {
    const vault = vaultOn(makeStore());
    const key = fakeKey();
    await vault.put('m-1', key, meta);
    const publishableKey = fakePublishable();
    const added = await vault.setPublishableKey('m-1', key, publishableKey, 'unconfirmed');
    expect(added).toMatchObject({
      publishableKey,
      publishableKeyPairing: 'unconfirmed',
      payments: 'unconfirmed',
      name: 'Acme_Pelago',
    });
    expect(await vault.get('m-1')).toBe(key);
    expect(
      await vault.setPublishableKey('m-1', fakeKey(), fakePublishable(), 'confirmed'),
    ).toBeNull();
    expect(await vault.setPublishableKey('m-2', key, fakePublishable(), 'confirmed')).toBeNull();
    expect((await vault.status('m-1')).publishableKey).toBe(publishableKey);
    await vault.close();
  });

  it('confirms the pair after a payment, once, and only for the same key', async () => {
    const vault = vaultOn(makeStore());
    const key = fakeKey();
    await vault.put('m-1', key, { ...meta, publishableKey: fakePublishable() });
    expect(await vault.confirmPublishableKey('m-1', fakeKey())).toBe(false);
    expect((await vault.status('m-1')).publishableKeyPairing).toBe('unconfirmed');
    expect(await vault.confirmPublishableKey('m-1', key)).toBe(true);
    expect(await vault.status('m-1')).toMatchObject({
      publishableKeyPairing: 'confirmed',
      payments: 'ready',
    });
    expect(await vault.confirmPublishableKey('m-1', key)).toBe(false);
    expect(await vault.get('m-1')).toBe(key);
    await vault.close();
  });

  it('refuses anything but a publishable key of the key’s mode', async () => {
    const vault = vaultOn(makeStore());
    const key = fakeKey();
    for (const publishableKey of [fakeKey(), fakePublishable('live'), 'pk_test_short', ' x ']) {
      await expect(vault.put('m-1', key, { ...meta, publishableKey })).rejects.toBeInstanceOf(
        ConnectError,
      );
    }
    await vault.put('m-1', key, meta);
    await expect(vault.setPublishableKey('m-1', key, fakeKey(), 'confirmed')).rejects.toMatchObject(
      {
        code: 'validation_failed',
      },
    );
    expect(await vault.status('m-1')).not.toHaveProperty('publishableKey');
    await vault.close();
  });
});
