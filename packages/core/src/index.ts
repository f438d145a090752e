/**
 * `@pelago/connect-core`: the rules shared by the Pelago Connect Kit's browser and server sides.
 * Stripe key parsing and redaction, key-name suggestion, money in Stripe's minor units, error
 * codes and the HTTP wire types. No runtime dependencies; runs in browsers and Node.
 *
 * @packageDocumentation
 */

export { ConnectError, type ConnectErrorOptions, isConnectError } from './ConnectError';
export {
  classifyStripeKey,
  type KeyClassification,
  type KeyRefusal,
} from './classifyStripeKey';
export {
  currencyExponent,
  maxMinorAmount,
  minorUnitStep,
  specialCaseCurrencies,
  threeDecimalCurrencies,
  zeroDecimalCurrencies,
} from './currencyExponents';
export {
  type ConnectErrorCode,
  connectErrorCodes,
  connectErrorMessages,
  defaultStatusFor,
  isConnectErrorCode,
  isRetryableCode,
} from './errorCodes';
export { formatMoney } from './formatMoney';
export type {
  KeyKind,
  KeyMode,
  KeyParseCode,
  ParsedKey,
  ParsedPublishableKey,
  ParseStripeKeyOptions,
  PublishableKeyParseCode,
} from './keyTypes';
export { parsePublishableKey } from './parsePublishableKey';
export { MAX_KEY_LENGTH, MIN_KEY_SECRET_LENGTH, parseStripeKey } from './parseStripeKey';
export { redactKey, redactKeysInText } from './redactKey';
export { suggestKeyName } from './suggestKeyName';
export { type MinorUnitsResult, toMinorUnits } from './toMinorUnits';
export type {
  ChargeSummary,
  CreateChargeRequest,
  CreateChargeResponse,
  CreateRefundRequest,
  CreateRefundResponse,
  ErrorBody,
  GetChargeResponse,
  GetKeyResponse,
  KeyPermissions,
  KeyProblem,
  KeyStatus,
  ListChargesQuery,
  ListChargesResponse,
  PaymentsReadiness,
  Permission,
  PublishableKeyCheck,
  PublishableKeyPairing,
  PutKeyRequest,
  PutKeyResponse,
  PutPublishableKeyRequest,
  PutPublishableKeyResponse,
  RefundFailureReason,
  RefundPendingReason,
  RefundReason,
  RefundStatus,
  RefundSummary,
  VerificationResult,
} from './wire';
export { refundNoteMetadataKey } from './wire';
