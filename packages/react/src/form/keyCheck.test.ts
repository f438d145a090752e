import { classifyStripeKey, type KeyMode, parseStripeKey } from '@pelago/connect-core';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../../test-support/mockConnectClient';
import { en } from '../i18n/en';
import { es } from '../locales/es';
import { fr } from '../locales/fr';
import { checkKey, keyCheckMessage, summarise } from './keyCheck';

const pastes: [string, string][] = [
  ['nothing', ''],
  ['a test secret key', fakeKeys.secret('test')],
  ['a live secret key', fakeKeys.secret('live')],
  ['a secret key without mode', `sk_${'c3D4'.repeat(6)}`],
  ['a publishable key', fakeKeys.publishable('live')],
  ['a webhook secret', fakeKeys.webhookSecret()],
  ['an ephemeral key', `ek_test_${'e5F6'.repeat(6)}`],
  ['an account id', 'acct_1Abc2Def3Ghi4Jkl'],
  ['plain words', 'hello there'],
  ['the hidden form', fakeKeys.hidden('live')],
  ['a very long paste', `rk_test_${'a'.repeat(300)}`],
  ['a cut-off key', fakeKeys.tooShort('test')],
  ['a key pasted twice', fakeKeys.restricted() + fakeKeys.restricted()],
  ['a key with stray characters', `rk_test_${'a1B2'.repeat(6)}-${'a1B2'.repeat(6)}`],
  ['a damaged prefix', `rk_${'a1B2'.repeat(8)}`],
  ['a live key', fakeKeys.restricted('live')],
  ['a test key', fakeKeys.restricted('test')],
];
const modes: (KeyMode | undefined)[] = ['test', 'live', undefined];

describe('keyCheckMessage', () => {
  for (const expected of modes) {
    it.each(pastes)(
      `refuses %s in two short sentences at most, saying what to paste (mode ${expected})`,
      (_what, paste) => {
        const parsed = parseStripeKey(paste, expected ? { mode: expected } : undefined);
        const text = keyCheckMessage(checkKey(paste, expected), en, expected);
        if (parsed.ok) {
          expect(text).toBe('');
          return;
        }
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text.length).toBeLessThanOrEqual(200);
        expect(text.split(/(?<=\.)\s+/)).toHaveLength(text.includes('. ') ? 2 : 1);
        expect(text).toMatch(/\b(paste|copy)\b/i);
        // A wrong kind of key or mode names the restricted key to paste instead.
        if (parsed.code !== 'malformed') {
          expect(text).toMatch(expected ? new RegExp(`rk_${expected}_`) : /rk_(live|test)_/);
        }
      },
    );
  }

  it.each(pastes)('translates %s into French and Spanish', (_what, paste) => {
    const check = checkKey(paste, 'test');
    if (check.ok) return;
    const english = keyCheckMessage(check, en, 'test');
    for (const catalogue of [fr, es]) {
      const text = keyCheckMessage(check, catalogue, 'test');
      expect(text).not.toBe(english);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text.length).toBeGreaterThan(20);
    }
  });

  it('explains a value that is not text', () => {
    const parsed = parseStripeKey(42);
    const check = summarise(classifyStripeKey(42));
    expect(keyCheckMessage(check, en, undefined)).toBe(parsed.ok ? '' : parsed.message);
  });

  it('falls back to the code’s message for a malformed key without a known refusal', () => {
    const text = keyCheckMessage({ ok: false, code: 'malformed' }, en, 'test');
    expect(text).toBe(en.errorMalformed);
  });

  it('keeps no key in the check', () => {
    const key = fakeKeys.restricted();
    expect(JSON.stringify(checkKey(key, 'test'))).not.toContain(key.slice(8));
    expect(checkKey(key, 'test')).toEqual({ ok: true, kind: 'restricted', mode: 'test' });
  });
});
