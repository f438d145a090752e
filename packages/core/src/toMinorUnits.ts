import {
  currencyExponent,
  maxMinorAmount,
  minorUnitStep,
  normaliseCurrency,
} from './currencyExponents';
import { formatMoney } from './formatMoney';

/** The outcome of {@link toMinorUnits}. */
export type MinorUnitsResult =
  | { ok: true; amount: number }
  | { ok: false; code: 'amount_invalid'; message: string };

/**
 * Turns an amount an admin typed (in major units, e.g. dollars) into Stripe's integer minor
 * units (e.g. cents), with exact integer arithmetic.
 *
 * Accepted: digits with an optional decimal point (`12`, `12.5`, `12.50`, `.5`), commas as
 * thousands separators in groups of three (`1,234.56`), and surrounding whitespace. A comma is
 * never a decimal separator. Extra decimal places are accepted only when they are zeros
 * (`1000.00` JPY is 1000).
 *
 * Refused with `amount_invalid` and a message saying what to type: empty text, signs and
 * negatives, zero, anything that is not plain digits (currency symbols, exponent notation such
 * as `1e3`, spaces inside), more decimals than the currency has, amounts Stripe cannot take in
 * this currency (three-decimal currencies must end in 0, ISK takes whole krónur), and amounts
 * over Stripe's maximum (99,999,999 minor units, i.e. 999,999.99 USD).
 *
 * @example toMinorUnits('12.50', 'usd') // { ok: true, amount: 1250 }
 * @example toMinorUnits('1,000', 'jpy') // { ok: true, amount: 1000 }
 */
export function toMinorUnits(text: string, currency: string): MinorUnitsResult {
  const code = normaliseCurrency(currency) || 'USD';
  const exponent = currencyExponent(code);
  const raw = typeof text === 'string' ? text.trim() : '';

  if (raw === '') return invalid('Enter an amount.');
  if (raw.length > 40)
    return invalid('This amount is too long. Enter it in plain digits, e.g. 12.50.');
  if (raw.startsWith('-') || raw.startsWith('−')) {
    return invalid('Enter a positive amount, without a minus sign.');
  }
  if (/^\d*\.?\d*e/i.test(raw)) {
    return invalid(`Enter the amount in plain digits, e.g. ${example(exponent)}.`);
  }
  const match = AMOUNT.exec(raw);
  if (!match) {
    return invalid(
      `Enter the amount in digits only, e.g. ${example(exponent)}: no currency symbol or sign, ` +
        'a point for decimals and commas only between thousands.',
    );
  }

  const whole = (match[1] ?? '').replace(/,/g, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > exponent) {
    return invalid(
      exponent === 0
        ? `${code} amounts are whole numbers: enter it without decimals.`
        : `${code} amounts have at most ${exponent} decimal places.`,
    );
  }

  const digits = (whole + fraction.padEnd(exponent, '0')).replace(/^0+/, '');
  if (digits === '') return invalid('Enter an amount greater than zero.');
  const max = maxMinorAmount(code);
  // Compare as digit strings first: no float ever sees an amount too large to be exact.
  if (digits.length > String(max).length || Number(digits) > max) {
    return invalid(`The largest amount Stripe accepts in ${code} is ${formatMoney(max, code)}.`);
  }
  const amount = Number(digits);

  const step = minorUnitStep(code);
  if (amount % step !== 0) {
    return invalid(
      step === 100
        ? `${code} amounts must be whole numbers: enter it without decimals.`
        : `Stripe needs ${code} amounts to end in 0, e.g. ${formatMoney(Math.max(step, amount - (amount % step)), code)}.`,
    );
  }
  return { ok: true, amount };
}

// Grouped (1,234,567) or plain (1234567) whole part, then an optional fraction; the
// alternatives cannot overlap, so matching is linear.
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;

function invalid(message: string): MinorUnitsResult {
  return { ok: false, code: 'amount_invalid', message };
}

function example(exponent: number): string {
  return exponent === 0 ? '1500' : `12.${'5'.padEnd(exponent, '0')}`;
}
