import { ConnectError, connectErrorCodes } from '@pelago/connect-core';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { es, esCheckout } from '../locales/es';
import { fr, frCheckout } from '../locales/fr';
import { enRefunds } from '../refunds/enRefunds';
import { chargeFailureOf } from './chargeFailure';
import { enCheckout } from './enCheckout';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('checkout catalogues', () => {
  it('share no key with the main or the refunds catalogue, which sit beside them', () => {
    const shared = Object.keys(enCheckout).filter(
      (key) => Object.hasOwn(en, key) || Object.hasOwn(enRefunds, key),
    );
    expect(shared).toEqual([]);
  });

  for (const [language, catalogue, main] of [
    ['fr', frCheckout, fr],
    ['es', esCheckout, es],
  ] as const) {
    it(`${language} has every English key, translated, with the same placeholders`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(enCheckout).sort());
      for (const [key, text] of Object.entries(catalogue)) {
        const english = enCheckout[key as keyof typeof enCheckout];
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english));
        if (key !== 'paidCard') expect(text, key).not.toBe(english);
      }
      expect(Object.keys(main)).not.toContain('payButton');
    });
  }

  it('words every error code a payment can meet', () => {
    for (const code of connectErrorCodes) {
      const { messageKey } = chargeFailureOf(new ConnectError(code));
      expect(enCheckout[messageKey], code).toBeTruthy();
    }
  });
});
