export {
  createPelagoConnect,
  type PelagoConnect,
  type PelagoConnectLogger,
  type PelagoConnectOptions,
} from './createPelagoConnect';
export type {
  CreateChargeParams,
  CreateRefundParams,
  ListParams,
  ListResult,
  MerchantClient,
  MoneyRequestOptions,
} from './merchantClient';
export type { StripeEndpoint } from './stripeClients';
export type { ChargeResult, RefundResult } from './summaries';
export { type StripeErrorContext, toConnectError } from './toConnectError';
