import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyStripeKey, type KeyClassification, type KeyRefusal } from './classifyStripeKey';
import { keyMessages } from './keyMessages';
import type { KeyMode } from './keyTypes';
import { parseStripeKey } from './parseStripeKey';

// Built at run time so that no whole key-shaped string sits in the repository.
const body = 'Fake0TestKey0' + 'a1B2c3D4e5F6g7H8i9J0';
const key = (type: string, mode?: KeyMode) => `${type}_${mode ? `${mode}_` : ''}${body}`;

/** The message parseStripeKey gives for each refusal: the two must always agree. */
function messageFor(result: KeyClassification, expected: KeyMode | undefined): string {
  if (result.ok) return '';
  const { mode, kind } = result;
  const byRefusal: Record<KeyRefusal, () => string> = {
    empty: () => keyMessages.empty(expected),
    not_text: () => keyMessages.notText(),
    secret_key: () => keyMessages.secretKey(mode, expected),
    publishable_key: () => keyMessages.publishableKey(mode, expected),
    other_kind: () => keyMessages.otherKind(kind ?? 'unknown', expected),
    bad_prefix: () => keyMessages.badPrefix(),
    hidden: () => keyMessages.hidden(mode),
    too_long: () => keyMessages.tooLong(),
    pasted_twice: () => keyMessages.pastedTwice(),
    bad_characters: () => keyMessages.badCharacters(mode),
    too_short: () => keyMessages.tooShort(mode),
    wrong_mode: () => keyMessages.wrongMode(mode ?? 'live', expected ?? 'test'),
  };
  return byRefusal[result.refusal]();
}

const pastes: [string, unknown][] = [
  ['nothing', ''],
  ['only spaces', ' \n\t '],
  ['null', null],
  ['a number', 42],
  ['an object', { key: 'rk_test_' }],
  ['a test restricted key', key('rk', 'test')],
  ['a live restricted key, quoted', `"${key('rk', 'live')}"`],
  ['an env line', `STRIPE_KEY=${key('rk', 'test')}`],
  ['a secret key', key('sk', 'live')],
  ['a secret key without mode', key('sk')],
  ['a publishable key', key('pk', 'test')],
  ['an ephemeral key', key('ek', 'test')],
  ['a webhook secret', `whsec_${body}`],
  ['an account id', 'acct_1Abc2Def3Ghi4Jkl'],
  ['plain words', 'hello there'],
  ['the hidden form', `rk_live_${'•'.repeat(12)}${body}`],
  ['the hidden form with dots', `rk_test_abc...${body}`],
  ['a paste longer than any key', `rk_test_${'a'.repeat(300)}`],
  ['a paste longer than the input limit', 'x'.repeat(5000)],
  ['a cut-off key', 'rk_test_a1B2'],
  ['a key pasted twice', key('rk', 'test') + key('rk', 'test')],
  ['stray characters', `rk_test_${body}-${body}`],
  ['a damaged prefix', `rk_${body}`],
  ['an uppercase prefix', `RK_TEST_${body}`],
];

describe('classifyStripeKey', () => {
  for (const expected of ['test', 'live', undefined] as const) {
    it.each(pastes)(`agrees with parseStripeKey on %s (mode ${expected})`, (_what, paste) => {
      const options = expected ? { mode: expected } : undefined;
      const parsed = parseStripeKey(paste, options);
      const classified = classifyStripeKey(paste, options);
      const { refusal: _refusal, ...rest } = { refusal: undefined, ...classified };
      const { message: _message, ...parsedRest } = { message: undefined, ...parsed };
      expect(rest).toEqual(parsedRest);
      expect(messageFor(classified, expected)).toBe(parsed.ok ? '' : parsed.message);
    });
  }

  it('names each way a restricted key can be damaged', () => {
    const refusal = (paste: string) => {
      const result = classifyStripeKey(paste);
      return result.ok ? 'ok' : result.refusal;
    };
    expect(refusal(`rk_live_${'•'.repeat(12)}${body}`)).toBe('hidden');
    expect(refusal('rk_test_a1B2')).toBe('too_short');
    expect(refusal(key('rk', 'test') + key('rk', 'test'))).toBe('pasted_twice');
    expect(refusal(`rk_test_${body}-${body}`)).toBe('bad_characters');
    expect(refusal(`rk_${body}`)).toBe('bad_prefix');
    expect(refusal(`rk_test_${'a'.repeat(300)}`)).toBe('too_long');
  });

  it('agrees with parseStripeKey on any text', () => {
    const pieces = fc.constantFrom(
      'rk_',
      'test_',
      'live_',
      'sk_',
      'pk_',
      ' ',
      '\n',
      '•',
      '"',
      'a1B2',
      '=',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }).map((parts) => parts.join('')),
        fc.constantFrom<KeyMode | undefined>('test', 'live', undefined),
        (paste, expected) => {
          const options = expected ? { mode: expected } : undefined;
          const parsed = parseStripeKey(paste, options);
          const classified = classifyStripeKey(paste, options);
          expect(classified.ok).toBe(parsed.ok);
          expect(messageFor(classified, expected)).toBe(parsed.ok ? '' : parsed.message);
        },
      ),
    );
  });
});
