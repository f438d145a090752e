import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactKey, redactKeysInText } from './redactKey';

const secretPart = 'Fake0TestKey0' + 'a1B2c3D4e5F6g7H8i9J0';
const liveKey = `rk_${'live'}_${secretPart}`;
const testKey = `rk_${'test'}_${secretPart}`;

describe('redactKey', () => {
  it.each([
    [liveKey, 'rk_live_…i9J0'],
    [testKey, 'rk_test_…i9J0'],
    [`sk_${'live'}_${secretPart}`, 'sk_live_…i9J0'],
    [`pk_test_${secretPart}`, 'pk_test_…i9J0'],
    [`ek_test_${secretPart}`, 'ek_test_…i9J0'],
    [`whsec_${secretPart}`, 'whsec_…i9J0'],
    ['acct_1Nv0FGQ9RKHgCVdK', 'acct_…CVdK'],
    [`  ${testKey}\n`, 'rk_test_…i9J0'],
  ])('case %# gives %s', (key, expected) => {
    expect(redactKey(key)).toBe(expected);
  });

  it.each([
    ['rk_test_', 'rk_test_…'],
    ['rk_test_abc', 'rk_test_…'],
    ['rk_test_abcdefgh', 'rk_test_…gh'],
    ['rk_test_abcdefghijkl', 'rk_test_…jkl'],
    ['', '…'],
    ['abc', '…'],
    ['hunter22', '…22'],
    ['correct horse battery staple', '…aple'],
    ['rk_test_abcd****', 'rk_test_…'],
  ])('reveals less of short or odd input: %j → %j', (input, expected) => {
    expect(redactKey(input)).toBe(expected);
  });

  it('gives an ellipsis for input that is not a string', () => {
    expect(redactKey(undefined as never)).toBe('…');
    expect(redactKey(12345678 as never)).toBe('…');
  });

  it('reveals at most 4 trailing characters and at most a quarter of the secret part', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'rk_live_', 'rk_test_', 'sk_test_', 'whsec_', 'acct_', 'xx_', 'rk_'),
        fc.string({ unit: 'binary', maxLength: 200 }),
        (prefix, rest) => {
          const input = prefix + rest;
          const output = redactKey(input);
          const ellipsis = output.indexOf('…');
          const shownPrefix = output.slice(0, ellipsis);
          const tail = output.slice(ellipsis + 1);
          const secret = input.trim().slice(shownPrefix.length);
          expect(input.trim().startsWith(shownPrefix)).toBe(true);
          expect(shownPrefix).toMatch(/^(?:|[a-z]{2,5}_(?:test|live)_|whsec_|acct_)$/);
          expect(tail.length).toBeLessThanOrEqual(4);
          expect(tail.length).toBeLessThanOrEqual(Math.floor(secret.length / 4));
          expect(secret.endsWith(tail)).toBe(true);
          if (secret.length > 0) expect(tail.length).toBeLessThan(secret.length);
        },
      ),
    );
  });
});

describe('redactKeysInText', () => {
  it.each([
    [
      "Stripe's invalid-key wording",
      'Invalid API Key provided: rk_test_****************abcd',
      'Invalid API Key provided: rk_test_…abcd',
    ],
    [
      "Stripe's expired-key wording with a 6-character tail",
      'Expired API Key provided: rk_live_*********************************************Xy12ab',
      'Expired API Key provided: rk_live_…12ab',
    ],
    [
      "Stripe's missing-permission wording",
      "The provided key 'rk_test_***...abcd' does not have the required permissions for this endpoint on account 'acct_1Nv0FGQ9RKHgCVdK'. Having the 'rak_charge_write' permission would allow this request to continue.",
      "The provided key 'rk_test_…abcd' does not have the required permissions for this endpoint on account 'acct_1Nv0FGQ9RKHgCVdK'. Having the 'rak_charge_write' permission would allow this request to continue.",
    ],
    [
      'asterisks and an ellipsis',
      'Invalid API Key provided: sk_test_****…wxyz.',
      'Invalid API Key provided: sk_test_…wxyz.',
    ],
    ['a whole key in a sentence', `Key ${testKey} was refused.`, 'Key rk_test_…i9J0 was refused.'],
    ['a header value', `Bearer ${liveKey}`, 'Bearer rk_live_…i9J0'],
    ['an env line', `STRIPE_KEY=${liveKey}`, 'STRIPE_KEY=rk_live_…i9J0'],
    ['two keys', `"${testKey}","${liveKey}"`, '"rk_test_…i9J0","rk_live_…i9J0"'],
    ['a key glued to a word', `key_${testKey}`, 'key_rk_test_…i9J0'],
    ['a key before a full stop', `Got ${liveKey}.`, 'Got rk_live_…i9J0.'],
    ['a webhook secret', `webhook whsec_${secretPart}`, 'webhook whsec_…i9J0'],
    ['text without keys', 'No key here.', 'No key here.'],
  ])('%s', (_label, text, expected) => {
    expect(redactKeysInText(text)).toBe(expected);
  });

  it('gives an empty string for input that is not a string', () => {
    expect(redactKeysInText(null as never)).toBe('');
  });

  it('leaves no whole key in any text', () => {
    const alphanumeric = fc.constantFrom(
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
    );
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('rk', 'sk'),
        fc.constantFrom('test', 'live'),
        fc.string({ unit: alphanumeric, minLength: 20, maxLength: 110 }),
        fc.string(),
        (before, type, mode, body, after) => {
          const output = redactKeysInText(`${before}${type}_${mode}_${body}${after}`);
          for (let i = 0; i + 8 <= body.length; i += 1) {
            expect(output).not.toContain(body.slice(i, i + 8));
          }
        },
      ),
    );
  });

  it('returns for 1 MB of text', () => {
    const text = `${'rk_test_*'.repeat(50_000)} ${'a'.repeat(500_000)}`;
    expect(redactKeysInText(text).length).toBeGreaterThan(0);
  });
});
