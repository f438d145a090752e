import { afterAll } from 'vitest';
import { describeHandlerEndToEnd } from '../../test-support/handlerEndToEnd';
import { postgresTestDatabase, postgresTestUrl } from '../../test-support/postgresForTests';
import { postgresStore } from '../vault/index';

const url = postgresTestUrl();
const database = url ? postgresTestDatabase(url) : null;
const schema = database?.newSchema() ?? '';

afterAll(async () => {
  await database?.cleanup();
});

describeHandlerEndToEnd('PostgreSQL', {
  skip: !database,
  makeStore: () => postgresStore(database!.pool, { schema }),
  // Each row as PostgreSQL renders it (bytea as hex), to scan for keys in any readable form.
  storedData: async () => {
    const { rows } = await database!.pool.query(
      `SELECT row_to_json(k)::text AS text, encode(ciphertext, 'escape') AS raw
       FROM "${schema}".pelago_merchant_keys k`,
    );
    return rows.flatMap((row: { text: string; raw: string }) => [row.text, row.raw]);
  },
});
