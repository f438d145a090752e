import { currencyExponent, normaliseCurrency } from './currencyExponents';

/**
 * Formats an amount in minor units for display, with `Intl.NumberFormat` but always with
 * Stripe's number of decimals for the currency (HUF shows 2 decimals although `Intl` says 0).
 * The conversion to major units is done on the digits, not with floating-point division.
 * An unknown locale falls back to `en-US`; a code `Intl` rejects gives e.g. `12.50 ABC`.
 *
 * @example formatMoney(1250, 'usd') // '$12.50'
 * @example formatMoney(1000, 'jpy') // '¥1,000'
 * @example formatMoney(123450, 'huf', 'en-US') // 'HUF 1,234.50'
 */
export function formatMoney(minor: number, currency: string, locale = 'en-US'): string {
  const code = normaliseCurrency(currency);
  const exponent = currencyExponent(code);
  const value = toDecimalString(minor, exponent);
  const options: Intl.NumberFormatOptions = {
    style: 'currency',
    currency: code,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  };
  for (const candidate of [locale, 'en-US']) {
    try {
      // A decimal string keeps every digit where Intl supports it, and is read as a number where not.
      return new Intl.NumberFormat(candidate, options).format(value as Intl.StringNumericLiteral);
    } catch {
      // Unknown locale or currency: try the next candidate, then the plain form below.
    }
  }
  return `${value} ${code}`.trim();
}

/**
 * `1250, 2` → `'12.50'`; `-5, 3` → `'-0.005'`. Non-integers are rounded to the nearest unit;
 * NaN and infinities are passed on for Intl to show as such.
 */
function toDecimalString(minor: number, exponent: number): string {
  if (!Number.isFinite(minor)) return String(minor);
  const rounded = Math.round(minor);
  const negative = rounded < 0;
  const digits = Math.abs(rounded)
    .toLocaleString('en-US', { useGrouping: false })
    .padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}`;
}
