/**
 * `@pelago/connect-server`: verify a merchant's restricted Stripe key without moving money, keep it
 * encrypted per merchant, charge and refund with it, and serve the kit's HTTP API.
 *
 * @packageDocumentation
 */

export {
  ConnectError,
  type ConnectErrorCode,
  isConnectError,
  type KeyStatus,
  type VerificationResult,
} from '@pelago/connect-core';
export * from './http/index';
export * from './stripe/index';
export * from './vault/index';
