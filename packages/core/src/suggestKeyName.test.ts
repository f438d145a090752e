import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestKeyName } from './suggestKeyName';

describe('suggestKeyName', () => {
  it.each([
    ['Acme Manufacturing Company', 'Acme_Pelago'],
    ['Acme', 'Acme_Pelago'],
    ['acme events', 'Acme_Pelago'],
    ['ACME EVENTS', 'ACME_Pelago'],
    ['Acme, Inc.', 'Acme_Pelago'],
    ['Acme LLC', 'Acme_Pelago'],
    ['Acme Pty Ltd', 'Acme_Pelago'],
    ['Acme Holdings Limited', 'Acme_Pelago'],
    ['Müller GmbH', 'Muller_Pelago'],
    ['Dupont S.A.', 'Dupont_Pelago'],
    ['SARL Dupont', 'Dupont_Pelago'],
    ['S.A.R.L. Dupont', 'Dupont_Pelago'],
    ['Philips N.V.', 'Philips_Pelago'],
    ['Café Crème', 'Cafe_Pelago'],
    ['Crème Brûlée Catering', 'Creme_Pelago'],
    ['Björk & Søn AB', 'Bjork_Pelago'],
    ['Straße Events', 'Strasse_Pelago'],
    ["Joe's Pizza", 'Joes_Pelago'],
    ['The Conference Company', 'Conference_Pelago'],
    ['Big Apple Events', 'BigApple_Pelago'],
    ['Le Petit Café', 'LePetit_Pelago'],
    ['3M Company', '3M_Pelago'],
    ['1-800 Flowers.com, Inc.', '1800Flowers_Pelago'],
    ['Москва Банк', 'Москва_Pelago'],
    ['  Acme  ', 'Acme_Pelago'],
    ['Acme\nManufacturing', 'Acme_Pelago'],
  ])('%j → %s', (company, expected) => {
    expect(suggestKeyName(company)).toBe(expected);
  });

  it.each([
    ['', 'empty text'],
    ['   ', 'whitespace'],
    ['🎉🎟️', 'emoji only'],
    ['1234', 'digits only'],
    ['!!!', 'punctuation only'],
    ['Inc.', 'only a legal form'],
  ])('gives a usable name for %j (%s)', (company) => {
    const name = suggestKeyName(company);
    expect(name).toMatch(/^[\p{L}\p{N}]+_Pelago$/u);
    expect(/\p{L}/u.test(name.replace('_Pelago', ''))).toBe(true);
  });

  it('calls a company with nothing usable Merchant', () => {
    expect(suggestKeyName('🎉')).toBe('Merchant_Pelago');
    expect(suggestKeyName('1234')).toBe('Merchant_Pelago');
    expect(suggestKeyName(undefined as never)).toBe('Merchant_Pelago');
  });

  it('takes another suffix', () => {
    expect(suggestKeyName('Acme Manufacturing Company', '-Tickets')).toBe('Acme-Tickets');
    expect(suggestKeyName('Acme', '')).toBe('Acme');
  });

  it('caps the name at 40 characters with the suffix', () => {
    const name = suggestKeyName('Supercalifragilisticexpialidociousmanufacturing Limited');
    expect(name).toHaveLength(40);
    expect(name.endsWith('_Pelago')).toBe(true);
  });

  it('always gives a short name of letters and digits followed by the suffix', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (company) => {
        const name = suggestKeyName(company);
        expect(name).toMatch(/^[\p{L}\p{N}]+_Pelago$/u);
        expect(name.length).toBeLessThanOrEqual(40);
        expect(() => encodeURIComponent(name)).not.toThrow();
      }),
    );
  });
});
