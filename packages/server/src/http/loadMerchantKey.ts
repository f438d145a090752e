import { ConnectError } from '@pelago/connect-core';
import type { RouteContext } from './routeTypes';

/** The merchant's stored key, or `key_not_connected` (404) when there is none. */
export async function loadMerchantKey(context: RouteContext): Promise<string> {
  const key = await context.vault.get(context.merchantId);
  if (key === null) throw new ConnectError('key_not_connected');
  return key;
}
