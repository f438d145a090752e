import { describe, expect, it } from 'vitest';
import { es } from '../locales/es';
import { fr } from '../locales/fr';
import { en } from './en';
import { formatMessage } from './formatMessage';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  for (const [language, catalogue] of Object.entries({ fr, es })) {
    it(`${language} has every English key, each filled in, with the same placeholders`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(catalogue)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(en[key as keyof typeof en]));
      }
    });
  }

  it('French and Spanish are translated, not copies of English', () => {
    expect(fr.stepNameKeyTitle).not.toBe(en.stepNameKeyTitle);
    expect(es.stepNameKeyTitle).not.toBe(en.stepNameKeyTitle);
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Step {current} of {total}', { current: 3, total: 7 })).toBe(
      'Step 3 of 7',
    );
    expect(formatMessage('Hello {name}, {missing}', { name: 'Ada' })).toBe('Hello Ada, {missing}');
    expect(formatMessage('No values {here}')).toBe('No values {here}');
  });

  it('does not read inherited object properties as values', () => {
    expect(formatMessage('{constructor}', {})).toBe('{constructor}');
  });
});
