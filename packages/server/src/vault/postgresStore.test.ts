import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresTestDatabase, postgresTestUrl } from '../../test-support/postgresForTests';
import { describeKeyStoreContract } from '../../test-support/storeContract';
import { createKeyVault } from './createKeyVault';
import { generateEncryptionKey } from './encryptionKeys';
import { postgresStore } from './postgresStore';

const url = postgresTestUrl();
const database = url ? postgresTestDatabase(url) : null;

afterAll(async () => {
  await database?.cleanup();
});

describeKeyStoreContract(
  'postgresStore',
  () => postgresStore(database!.pool, { schema: database!.newSchema() }),
  { skip: !database },
);

const k1 = generateEncryptionKey();
const k2 = generateEncryptionKey();
const meta = {
  mode: 'test' as const,
  permissions: { charges: 'write' as const, refunds: 'write' as const },
  verifiedAt: new Date(),
};
const fakeKey = () => `rk_${'test'}_${randomBytes(24).toString('hex')}`;

describe.skipIf(!database)('postgresStore', () => {
  it('lets many instances migrate a fresh schema at once; each migration runs once', async () => {
    const schema = database!.newSchema();
    const stores = Array.from({ length: 8 }, () => postgresStore(database!.pool, { schema }));
    await Promise.all(stores.map((store) => store.migrate()));
    const { rows } = await database!.pool.query(
      `SELECT version FROM "${schema}".pelago_schema_migrations`,
    );
    expect(rows.map((row: { version: number }) => row.version).sort()).toEqual([1, 2]);
  });

  it('upgrades a schema made before publishable keys, keeping its keys', async () => {
    const schema = database!.newSchema();
    const vault = createKeyVault({
      store: postgresStore(database!.pool, { schema }),
      encryptionKeys: { current: 'k1', keys: { k1 } },
    });
    const key = fakeKey();
    await vault.put('merchant-1', key, meta);
    // Back to the first schema, as an earlier release left it.
    await database!.pool.query(`ALTER TABLE "${schema}".pelago_merchant_keys
      DROP COLUMN publishable_key, DROP COLUMN publishable_key_pairing`);
    await database!.pool.query(
      `DELETE FROM "${schema}".pelago_schema_migrations WHERE version > 1`,
    );
    const upgraded = createKeyVault({
      store: postgresStore(database!.pool, { schema }),
      encryptionKeys: { current: 'k1', keys: { k1 } },
    });
    expect(await upgraded.get('merchant-1')).toBe(key);
    const publishableKey = `pk_${'test'}_${randomBytes(24).toString('hex')}`;
    const status = await upgraded.setPublishableKey('merchant-1', key, publishableKey, 'confirmed');
    expect(status).toMatchObject({ publishableKey, payments: 'ready' });
  });

  it('works on the pool search_path when no schema is given', async () => {
    const schema = database!.newSchema();
    await database!.pool.query(`CREATE SCHEMA "${schema}"`);
    const vault = createKeyVault({
      store: postgresStore(database!.poolFor(schema)),
      encryptionKeys: { current: 'k1', keys: { k1 } },
    });
    const key = fakeKey();
    await vault.put('merchant-1', key, meta);
    expect(await vault.get('merchant-1')).toBe(key);
    const { rows } = await database!.pool.query(
      `SELECT merchant_id FROM "${schema}".pelago_merchant_keys`,
    );
    expect(rows).toEqual([{ merchant_id: 'merchant-1' }]);
  });

  it('stays whole while several instances write at once, and rotates from any of them', async () => {
    const schema = database!.newSchema();
    const instances = Array.from({ length: 4 }, () =>
      createKeyVault({
        store: postgresStore(database!.poolFor(schema), { schema }),
        encryptionKeys: { current: 'k1', keys: { k1 } },
      }),
    );
    const written = new Map<string, string[]>();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const merchantId = `merchant-${i % 10}`;
        const key = fakeKey();
        written.set(merchantId, [...(written.get(merchantId) ?? []), key]);
        return instances[i % 4]!.put(merchantId, key, meta);
      }),
    );
    // Whichever write committed last, each merchant holds exactly one whole key it was given.
    for (const [merchantId, keys] of written) {
      expect(keys).toContain(await instances[1]!.get(merchantId));
    }

    const rotating = createKeyVault({
      store: postgresStore(database!.pool, { schema }),
      encryptionKeys: { current: 'k2', keys: { k1, k2 } },
    });
    const results = await Promise.all([rotating.rotate(), rotating.rotate({ batchSize: 3 })]);
    expect(results.reduce((sum, r) => sum + r.rotated, 0)).toBe(10);
    expect(results.every((r) => r.failed === 0)).toBe(true);
    const { rows } = await database!.pool.query(
      `SELECT DISTINCT encryption_key_id FROM "${schema}".pelago_merchant_keys`,
    );
    expect(rows).toEqual([{ encryption_key_id: 'k2' }]);
  });

  it('keeps no key in plain text in the table', async () => {
    const schema = database!.newSchema();
    const vault = createKeyVault({
      store: postgresStore(database!.pool, { schema }),
      encryptionKeys: { current: 'k1', keys: { k1 } },
    });
    const key = fakeKey();
    await vault.put('merchant-1', key, { ...meta, name: 'Acme_Pelago' });
    const { rows } = await database!.pool.query(
      `SELECT row_to_json(k)::text AS text FROM "${schema}".pelago_merchant_keys k`,
    );
    const text = rows[0].text as string;
    expect(text).toContain('merchant-1');
    expect(text).not.toContain(key);
    expect(text).not.toContain(Buffer.from(key).toString('hex'));
    expect(text).not.toContain(Buffer.from(key).toString('base64').slice(0, -4));
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => postgresStore(database!.pool, { schema: 'x"; DROP TABLE y; --' })).toThrow(
      /plain identifier/,
    );
  });
});
