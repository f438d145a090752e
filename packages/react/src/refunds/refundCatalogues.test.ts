import { connectErrorCodes } from '@pelago/connect-core';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { es, esRefunds } from '../locales/es';
import { fr, frRefunds } from '../locales/fr';
import { enRefunds } from './enRefunds';
import { refundErrorKey } from './refundErrorKeys';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('refund catalogues', () => {
  it('share no key with the main catalogue, which sits beside them in the provider', () => {
    expect(Object.keys(enRefunds).filter((key) => Object.hasOwn(en, key))).toEqual([]);
  });

  for (const [language, catalogue, main] of [
    ['fr', frRefunds, fr],
    ['es', esRefunds, es],
  ] as const) {
    it(`${language} has every English key, translated, with the same placeholders`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(enRefunds).sort());
      for (const [key, text] of Object.entries(catalogue)) {
        const english = enRefunds[key as keyof typeof enRefunds];
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english));
      }
      expect(catalogue.confirmSummary).not.toBe(enRefunds.confirmSummary);
      expect(catalogue.refundErrorInProgress).not.toBe(enRefunds.refundErrorInProgress);
      // The main catalogue stays as it was: the refund text is its own export.
      expect(Object.keys(main)).not.toContain('confirmSummary');
    });
  }

  it('words every error code', () => {
    for (const code of connectErrorCodes)
      expect(enRefunds[refundErrorKey(code)], code).toBeTruthy();
  });
});
