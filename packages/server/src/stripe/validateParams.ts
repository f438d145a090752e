import {
  ConnectError,
  maxMinorAmount,
  minorUnitStep,
  type RefundReason,
} from '@pelago/connect-core';

/**
 * Checks an amount in minor units before Stripe sees it: a positive whole number, at most
 * Stripe's eight digits (99,999,999), and a multiple of what the currency allows (10 for
 * three-decimal currencies, 100 for ISK).
 */
export function checkAmount(amount: unknown, currency: string): number {
  const max = maxMinorAmount(currency);
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 1 || amount > max) {
    throw new ConnectError('amount_invalid', {
      message: `Enter an amount from 1 to ${max.toLocaleString('en-US')} in the currency's smallest unit (for example cents).`,
    });
  }
  const step = minorUnitStep(currency);
  if (amount % step !== 0) {
    throw new ConnectError('amount_invalid', {
      message: `Amounts in ${currency.toUpperCase()} must be a multiple of ${step} in the smallest unit.`,
    });
  }
  return amount;
}

/** Checks a refund amount: a positive whole number of minor units (Stripe checks what is left). */
export function checkRefundAmount(amount: unknown): number {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 1) {
    throw new ConnectError('amount_invalid', {
      message:
        "Enter a refund amount of 1 or more in the currency's smallest unit (for example cents).",
    });
  }
  return amount;
}

/** Checks that call parameters are an object at all. */
export function checkParams(params: unknown): void {
  if (typeof params !== 'object' || params === null) {
    throw new ConnectError('invalid_request', { message: 'The request parameters are missing.' });
  }
}

/** Checks a currency code and returns it in the lowercase form Stripe uses. */
export function checkCurrency(currency: unknown): string {
  if (typeof currency !== 'string' || !/^[A-Za-z]{3}$/.test(currency)) {
    throw new ConnectError('currency_invalid', {
      message: 'Give the currency as a three-letter ISO code, such as usd or eur.',
    });
  }
  const upper = currency.toUpperCase();
  if (!knownCurrencies().has(upper)) throw new ConnectError('currency_invalid');
  return upper.toLowerCase();
}

/** Checks a refund reason: one of Stripe's three, or absent. */
export function checkRefundReason(reason: unknown): RefundReason | undefined {
  if (reason === undefined || reason === null) return undefined;
  if (reason === 'duplicate' || reason === 'fraudulent' || reason === 'requested_by_customer') {
    return reason;
  }
  throw new ConnectError('refund_reason_invalid');
}

/** Checks an object id such as a charge id or a pagination cursor. */
export function checkId(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_]{1,255}$/.test(value)) {
    throw new ConnectError('invalid_request', { message: `The ${what} is missing or not valid.` });
  }
  return value;
}

/** Checks metadata: string keys and string values, as Stripe stores them. */
export function checkMetadata(metadata: unknown): Record<string, string> | undefined {
  if (metadata === undefined) return undefined;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new ConnectError('invalid_request', {
      message: 'Metadata must be an object of strings.',
    });
  }
  for (const value of Object.values(metadata)) {
    if (typeof value !== 'string') {
      throw new ConnectError('invalid_request', { message: 'Metadata values must be strings.' });
    }
  }
  return metadata as Record<string, string>;
}

/** Checks a list page size: 1–100, default 20. */
export function checkLimit(limit: unknown): number {
  if (limit === undefined) return 20;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new ConnectError('invalid_request', { message: 'The page size must be from 1 to 100.' });
  }
  return limit;
}

let currencies: ReadonlySet<string> | undefined;

/** ISO 4217 codes the runtime knows; no table of our own to keep up to date. */
function knownCurrencies(): ReadonlySet<string> {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies;
}
