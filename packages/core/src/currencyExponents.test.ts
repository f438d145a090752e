import { describe, expect, it } from 'vitest';
import {
  currencyExponent,
  maxMinorAmount,
  minorUnitStep,
  specialCaseCurrencies,
  threeDecimalCurrencies,
  zeroDecimalCurrencies,
} from './currencyExponents';

describe('currencyExponent', () => {
  it.each([
    ['usd', 2],
    ['USD', 2],
    [' eur ', 2],
    ['jpy', 0],
    ['KRW', 0],
    ['ugx', 0],
    ['xpf', 0],
    ['kwd', 3],
    ['BHD', 3],
    ['tnd', 3],
    ['huf', 2],
    ['twd', 2],
    ['isk', 2],
    ['xyz', 2],
    ['', 2],
  ])('%j has %i decimals', (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
  });

  it('follows Stripe rather than Intl for HUF', () => {
    const intlDigits = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'HUF',
    }).resolvedOptions().maximumFractionDigits;
    expect(intlDigits).toBe(0);
    expect(currencyExponent('HUF')).toBe(2);
  });

  it('lists the sixteen zero-decimal and five three-decimal currencies Stripe documents', () => {
    expect(zeroDecimalCurrencies).toHaveLength(16);
    expect(threeDecimalCurrencies).toEqual(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);
    expect(specialCaseCurrencies).toEqual(['HUF', 'TWD', 'ISK']);
    for (const code of zeroDecimalCurrencies) expect(currencyExponent(code)).toBe(0);
  });

  it('treats anything that is not a string as a two-decimal currency', () => {
    expect(currencyExponent(undefined as never)).toBe(2);
  });
});

describe('minorUnitStep and maxMinorAmount', () => {
  it('asks for multiples of 10 in three-decimal currencies and of 100 in ISK', () => {
    expect(minorUnitStep('kwd')).toBe(10);
    expect(minorUnitStep('ISK')).toBe(100);
    expect(minorUnitStep('huf')).toBe(1);
    expect(minorUnitStep('usd')).toBe(1);
  });

  it('allows eight digits, twelve for IDR', () => {
    expect(maxMinorAmount('usd')).toBe(99_999_999);
    expect(maxMinorAmount('jpy')).toBe(99_999_999);
    expect(maxMinorAmount('idr')).toBe(999_999_999_999);
  });
});
