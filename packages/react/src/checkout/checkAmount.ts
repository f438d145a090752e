import { maxMinorAmount, minorUnitStep } from '@pelago/connect-core';

/** Why an amount cannot be charged, found before anything is loaded or sent. */
export type AmountProblem = 'amount_invalid' | 'currency_invalid';

/**
 * Checks what the host asks to charge: `amount` a positive whole number of minor units within
 * Stripe's limits and steps for the currency (multiples of 10 for three-decimal currencies, of
 * 100 for ISK), and `currency` a three-letter code this browser knows. No arithmetic on
 * fractions: an amount that is not already an integer is refused, never rounded.
 */
export function checkAmount(amount: number, currency: string): AmountProblem | undefined {
  if (!isKnownCurrency(currency)) return 'currency_invalid';
  if (!Number.isSafeInteger(amount) || amount <= 0) return 'amount_invalid';
  if (amount > maxMinorAmount(currency) || amount % minorUnitStep(currency) !== 0) {
    return 'amount_invalid';
  }
  return undefined;
}

let known: ReadonlySet<string> | undefined;

function isKnownCurrency(currency: string): boolean {
  if (typeof currency !== 'string' || !/^[a-z]{3}$/i.test(currency.trim())) return false;
  // Older engines lack supportedValuesOf: there, any well-formed code is taken as known.
  if (typeof Intl.supportedValuesOf !== 'function') return true;
  known ??= new Set(Intl.supportedValuesOf('currency'));
  return known.has(currency.trim().toUpperCase());
}
