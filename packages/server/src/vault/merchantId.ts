import { ConnectError } from '@pelago/connect-core';

/** The longest merchant id the vault accepts. */
export const MAX_MERCHANT_ID_LENGTH = 200;

/** Whether `value` is a merchant id the vault accepts: a non-empty string of ≤ 200 characters. */
export function isMerchantId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_MERCHANT_ID_LENGTH;
}

/** Throws `ConnectError('validation_failed')` unless `value` is a valid merchant id. */
export function assertMerchantId(value: unknown): asserts value is string {
  if (!isMerchantId(value)) {
    throw new ConnectError('validation_failed', {
      message: `merchantId must be a non-empty string of at most ${MAX_MERCHANT_ID_LENGTH} characters.`,
    });
  }
}
