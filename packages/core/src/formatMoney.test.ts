import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencyExponent,
  maxMinorAmount,
  specialCaseCurrencies,
  threeDecimalCurrencies,
  zeroDecimalCurrencies,
} from './currencyExponents';
import { formatMoney } from './formatMoney';

describe('formatMoney', () => {
  // Intl puts a no-break space between a currency code and the number.
  it.each([
    [1250, 'usd', 'en-US', '$12.50'],
    [5, 'usd', 'en-US', '$0.05'],
    [99_999_999, 'usd', 'en-US', '$999,999.99'],
    [-500, 'usd', 'en-US', '-$5.00'],
    [1000, 'jpy', 'en-US', '¥1,000'],
    [1230, 'kwd', 'en-US', 'KWD\u00A01.230'],
    [123450, 'huf', 'en-US', 'HUF\u00A01,234.50'],
    [500, 'isk', 'en-US', 'ISK\u00A05.00'],
    [999_999_999_999, 'idr', 'en-US', 'IDR\u00A09,999,999,999.99'],
  ])('%i %s in %s → %s', (minor, currency, locale, expected) => {
    expect(formatMoney(minor, currency, locale)).toBe(expected);
  });

  it('uses en-US by default', () => {
    expect(formatMoney(1250, 'usd')).toBe('$12.50');
  });

  it('follows the locale for symbols and separators', () => {
    expect(formatMoney(123456, 'eur', 'de-DE')).toMatch(/^1\.234,56\s€$/);
    expect(formatMoney(12345600, 'HUF', 'hu-HU')).toMatch(/^123\s456,00\sFt$/);
  });

  it('shows Stripe’s decimals even where Intl shows none', () => {
    expect(formatMoney(1250, 'huf', 'en-US')).toBe('HUF\u00A012.50');
    expect(formatMoney(1250, 'twd', 'en-US')).toBe('NT$12.50');
  });

  it('falls back to en-US for an invalid locale', () => {
    expect(formatMoney(1250, 'usd', 'not a locale!')).toBe('$12.50');
  });

  it('falls back to a plain form for a code Intl rejects', () => {
    expect(formatMoney(1250, 'dollars')).toBe('12.50 DOLLARS');
  });

  it('rounds a fractional minor amount to the nearest unit', () => {
    expect(formatMoney(1249.6, 'usd')).toBe('$12.50');
  });

  it('keeps every digit of a large amount', () => {
    expect(formatMoney(9_007_199_254_740_991, 'usd')).toBe('$90,071,992,547,409.91');
  });

  it('parses back to the same minor amount for every currency of the table', () => {
    const currencies = [
      ...zeroDecimalCurrencies,
      ...threeDecimalCurrencies,
      ...specialCaseCurrencies,
      'USD',
      'EUR',
      'IDR',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...currencies), fc.nat(), (currency, seed) => {
        const minor = seed % (maxMinorAmount(currency) + 1);
        const text = formatMoney(minor, currency, 'en-US');
        const number = text.replace(/[^0-9.]/g, '');
        const exponent = currencyExponent(currency);
        expect(number.split('.')[1]?.length ?? 0).toBe(exponent);
        expect(Number(number.replace('.', ''))).toBe(minor);
      }),
    );
  });
});
