import { expect } from 'vitest';
import type { HandlerTestServer } from './handlerTestServer';

/**
 * Connects the sandbox's full key for `as` (`<merchantId>:<role>`) through `POST /key`, the
 * first step of most handler tests, and fails the test unless the key is accepted.
 */
export async function connectFullKey(t: HandlerTestServer, as: string): Promise<void> {
  const connected = await t.call('/api/pelago/key', {
    method: 'POST',
    as,
    body: { key: t.sandbox.keys.full },
  });
  expect(connected.status).toBe(200);
}
