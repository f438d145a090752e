import { ConnectError, isConnectError } from '@pelago/connect-core';

/** Whatever a client threw, as a `ConnectError` (a custom client may throw anything). */
export function toConnectError(caught: unknown): ConnectError {
  return isConnectError(caught) ? caught : new ConnectError('internal_error', { cause: caught });
}
