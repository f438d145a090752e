/**
 * Stripe's own table of decimal places per currency, as used in API amounts (docs.stripe.com/currencies).
 * It differs from ISO 4217 and from `Intl`, so it is never taken from `Intl`.
 */

/** Zero-decimal for Stripe: the amount is whole units (500 JPY is `500`). */
export const zeroDecimalCurrencies: readonly string[] = [
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'JPY',
  'KMF',
  'KRW',
  'MGA',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
];

/**
 * Three-decimal for Stripe (1.230 KWD is `1230`). Stripe's partners need the last digit to be 0,
 * so amounts must be multiples of 10 minor units.
 */
export const threeDecimalCurrencies: readonly string[] = ['BHD', 'JOD', 'KWD', 'OMR', 'TND'];

/**
 * Currencies Stripe lists as special cases. All three are two-decimal in API amounts:
 * - HUF and TWD: Stripe treats them as zero-decimal for payouts only (payout amounts divisible
 *   by 100) but charges and refunds take two decimals, so `Intl`'s 0 digits for HUF is wrong here.
 * - ISK: zero-decimal in practice, yet the API keeps two decimals for backwards compatibility and
 *   the amount must be divisible by 100 (5 ISK is `500`), so only whole krónur can be entered.
 */
export const specialCaseCurrencies: readonly string[] = ['HUF', 'TWD', 'ISK'];

/**
 * The number of decimal places Stripe uses for `currency` in API amounts: 0, 2 or 3. The code is
 * matched case-insensitively; anything unknown is 2, Stripe's default.
 *
 * @example currencyExponent('usd') // 2
 * @example currencyExponent('JPY') // 0
 * @example currencyExponent('huf') // 2 (Intl says 0)
 */
export function currencyExponent(currency: string): number {
  const code = normaliseCurrency(currency);
  if (ZERO.has(code)) return 0;
  if (THREE.has(code)) return 3;
  return 2;
}

/**
 * The step a valid amount must be a multiple of, in minor units: 10 for three-decimal currencies,
 * 100 for ISK, otherwise 1.
 */
export function minorUnitStep(currency: string): number {
  const code = normaliseCurrency(currency);
  if (THREE.has(code)) return 10;
  if (code === 'ISK') return 100;
  return 1;
}

/**
 * The largest amount Stripe accepts for `currency`, in minor units. Stripe allows eight digits
 * (99,999,999, i.e. 999,999.99 USD); IDR is documented with up to twelve digits.
 */
export function maxMinorAmount(currency: string): number {
  return normaliseCurrency(currency) === 'IDR' ? 999_999_999_999 : 99_999_999;
}

/** Upper-case, trimmed ISO code; anything that is not a string becomes ''. */
export function normaliseCurrency(currency: string): string {
  return typeof currency === 'string' ? currency.trim().toUpperCase() : '';
}

const ZERO: ReadonlySet<string> = new Set(zeroDecimalCurrencies);
const THREE: ReadonlySet<string> = new Set(threeDecimalCurrencies);
