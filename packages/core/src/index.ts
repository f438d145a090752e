/**
 * `@pelago/connect-core`: the rules shared by the Pelago Connect Kit's browser and server sides.
 * Stripe key parsing and redaction, key-name suggestion, money in Stripe's minor units, error
 * codes and the HTTP wire types. No runtime dependencies; runs in browsers and Node.
 *
 * @packageDocumentation
 */

export { ConnectError, type ConnectErrorOptions, isConnectError } from './ConnectError';
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
  ParseStripeKeyOptions,
} from './keyTypes';
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
  GetKeyResponse,
  KeyPermissions,
  KeyProblem,
  KeyStatus,
  ListChargesQuery,
  ListChargesResponse,
  Permission,
  PutKeyRequest,
  PutKeyResponse,
  RefundReason,
  RefundSummary,
  VerificationResult,
} from './wire';
