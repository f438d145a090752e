import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencyExponent,
  maxMinorAmount,
  minorUnitStep,
  specialCaseCurrencies,
  threeDecimalCurrencies,
  zeroDecimalCurrencies,
} from './currencyExponents';
import { toMinorUnits } from './toMinorUnits';

describe('toMinorUnits accepts what admins type', () => {
  it.each([
    ['12', 'usd', 1200],
    ['12.5', 'usd', 1250],
    ['12.50', 'usd', 1250],
    [' 1,234.56 ', 'usd', 123456],
    ['12,345.67', 'eur', 1234567],
    ['1,234,567', 'jpy', 1234567],
    ['0.01', 'usd', 1],
    ['.5', 'usd', 50],
    ['12.', 'usd', 1200],
    ['007', 'usd', 700],
    ['12.500', 'usd', 1250],
    ['999,999.99', 'usd', 99_999_999],
    ['500', 'jpy', 500],
    ['1,000', 'JPY', 1000],
    ['1000.00', 'jpy', 1000],
    ['1.23', 'kwd', 1230],
    ['1.230', 'kwd', 1230],
    ['12.5', 'huf', 1250],
    ['12.34', 'twd', 1234],
    ['5', 'isk', 500],
    ['5.00', 'isk', 500],
    ['9,999,999,999.99', 'idr', 999_999_999_999],
    ['\u00A012.50\u00A0', 'usd', 1250],
  ])('%j %s → %i', (text, currency, amount) => {
    expect(toMinorUnits(text, currency)).toEqual({ ok: true, amount });
  });
});

describe('toMinorUnits refuses what Stripe cannot take', () => {
  it.each([
    ['', 'usd', /Enter an amount/],
    ['   ', 'usd', /Enter an amount/],
    ['0', 'usd', /greater than zero/],
    ['0.00', 'usd', /greater than zero/],
    ['.', 'usd', /greater than zero/],
    ['-5', 'usd', /positive/],
    ['−5', 'usd', /positive/],
    ['+5', 'usd', /digits only/],
    ['1e3', 'usd', /plain digits/],
    ['1.5E2', 'usd', /plain digits/],
    ['abc', 'usd', /digits only/],
    ['$12', 'usd', /digits only/],
    ['12 USD', 'usd', /digits only/],
    ['1 234', 'usd', /digits only/],
    ['1234,56', 'eur', /point for decimals/],
    ['1,23', 'usd', /digits only/],
    ['1,2345', 'usd', /digits only/],
    ['1.2.3', 'usd', /digits only/],
    ['NaN', 'usd', /digits only/],
    ['Infinity', 'usd', /digits only/],
    ['0x10', 'usd', /digits only/],
    ['12.345', 'usd', /at most 2 decimal places/],
    ['12.5', 'jpy', /whole numbers/],
    ['1.235', 'kwd', /end in 0/],
    ['1.2345', 'kwd', /at most 3 decimal places/],
    ['5.5', 'isk', /whole numbers/],
    ['1000000', 'usd', /largest amount.*USD.*\$999,999\.99/],
    ['999,999.991', 'usd', /at most 2/],
    ['100000000', 'jpy', /largest amount/],
    ['100000', 'kwd', /largest amount/],
    ['10000000000', 'idr', /largest amount/],
    ['9'.repeat(30), 'usd', /largest amount/],
    ['1'.repeat(50), 'usd', /too long/],
  ])('%j %s', (text, currency, message) => {
    const result = toMinorUnits(text, currency);
    expect(result).toMatchObject({ ok: false, code: 'amount_invalid' });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('refuses input that is not a string', () => {
    expect(toMinorUnits(12 as never, 'usd')).toMatchObject({ ok: false, code: 'amount_invalid' });
  });
});

describe('toMinorUnits properties', () => {
  const currencies = [
    ...zeroDecimalCurrencies,
    ...threeDecimalCurrencies,
    ...specialCaseCurrencies,
    'USD',
    'EUR',
    'GBP',
    'IDR',
  ];

  /** Major-unit text for a minor amount, built from the digits, optionally with grouping. */
  function majorText(minor: number, exponent: number, grouped: boolean): string {
    const digits = String(minor).padStart(exponent + 1, '0');
    let whole = digits.slice(0, digits.length - exponent);
    if (grouped) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
    return exponent === 0 ? whole : `${whole}.${digits.slice(digits.length - exponent)}`;
  }

  it('round-trips every valid amount in every currency of the table', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...currencies),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (currency, fraction, grouped) => {
          const step = minorUnitStep(currency);
          const steps = Math.floor(maxMinorAmount(currency) / step);
          const amount = (1 + Math.floor(fraction * (steps - 1))) * step;
          const text = majorText(amount, currencyExponent(currency), grouped);
          expect(toMinorUnits(text, currency)).toEqual({ ok: true, amount });
          expect(toMinorUnits(text, currency.toLowerCase())).toEqual({ ok: true, amount });
        },
      ),
    );
  });

  it('never accepts more than the maximum', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...currencies),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        (currency, extra) => {
          const minor = BigInt(maxMinorAmount(currency)) + extra;
          const exponent = currencyExponent(currency);
          const digits = minor.toString();
          const text =
            exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
          expect(toMinorUnits(text, currency).ok).toBe(false);
        },
      ),
    );
  });

  it('answers any text with a positive safe integer or amount_invalid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom(...currencies), (text, cur) => {
        const result = toMinorUnits(text, cur);
        if (result.ok) {
          expect(Number.isSafeInteger(result.amount)).toBe(true);
          expect(result.amount).toBeGreaterThan(0);
          expect(result.amount).toBeLessThanOrEqual(maxMinorAmount(cur));
        } else {
          expect(result.code).toBe('amount_invalid');
          expect(result.message.length).toBeGreaterThan(5);
        }
      }),
    );
  });
});
