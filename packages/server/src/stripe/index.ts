export {
  createPelagoConnect,
  type PelagoConnect,
  type PelagoConnectLogger,
  type PelagoConnectOptions,
} from './createPelagoConnect';
export {
  type ChargeListParams,
  type CreateChargeParams,
  type CreateRefundParams,
  chargeScanLimit,
  type ListParams,
  type ListResult,
  type MerchantClient,
  type MoneyRequestOptions,
  type RefundListParams,
} from './merchantClient';
export type { StripeEndpoint } from './stripeClients';
export type { ChargeResult, RefundResult } from './summaries';
export { type StripeErrorContext, toConnectError } from './toConnectError';
export type { VerifyKeyOptions } from './verifyKey';
