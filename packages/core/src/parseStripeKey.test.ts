import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStripeKey } from './parseStripeKey';

// Built at run time so that no whole key-shaped string sits in the repository.
const secretPart = 'Fake0TestKey0' + 'a1B2c3D4e5F6g7H8i9J0';
const testKey = `rk_${'test'}_${secretPart}`;
const liveKey = `rk_${'live'}_${secretPart}`;

describe('parseStripeKey accepts a restricted key however it was pasted', () => {
  const wrapped = `${testKey.slice(0, 20)}\n${testKey.slice(20)}`;
  it.each([
    ['the key as copied', testKey],
    ['surrounding spaces and a newline', `   ${testKey}\n`],
    ['tabs and CRLF', `\t${testKey}\r\n`],
    ['a line break from a wrapped email', wrapped],
    ['a quoted-printable soft break', `${testKey.slice(0, 30)}=\n${testKey.slice(30)}`],
    ['spaces inside', testKey.replace('Key', ' Key ')],
    ['a zero-width space', `${testKey.slice(0, 12)}\u200B${testKey.slice(12)}`],
    ['zero-width joiner, non-joiner, word joiner', `\u200C${testKey}\u200D\u2060`],
    ['a byte-order mark', `\uFEFF${testKey}`],
    ['a soft hyphen', `${testKey.slice(0, 25)}\u00AD${testKey.slice(25)}`],
    ['straight double quotes', `"${testKey}"`],
    ['straight single quotes', `'${testKey}'`],
    ['backticks', `\`${testKey}\``],
    ['curly quotes', `“${testKey}”`],
    ['curly single quotes', `‘${testKey}’`],
    ['guillemets', `« ${testKey} »`],
    ['angle brackets', `<${testKey}>`],
    ['a trailing full stop', `${testKey}.`],
    ['a trailing comma', `${testKey},`],
    ['a Bearer prefix', `Bearer ${testKey}`],
    ['a lowercase bearer prefix', `bearer ${testKey}`],
    ['an Authorization header', `Authorization: Bearer ${testKey}`],
    ['a quoted Authorization header', `"Authorization: Bearer ${testKey}"`],
    ['an env line', `STRIPE_KEY=${testKey}`],
    ['an env line with quotes', `STRIPE_KEY="${testKey}"`],
    ['an export line', `export STRIPE_RESTRICTED_KEY='${testKey}'`],
    ['a key= prefix', `key=${testKey}`],
    ['a YAML line', `stripe_key: ${testKey}`],
    ['a JSON property', `"key": "${testKey}",`],
    ['curl -u as in the API reference', `-u ${testKey}:`],
  ])('%s', (_label, input) => {
    expect(parseStripeKey(input)).toEqual({
      ok: true,
      key: testKey,
      kind: 'restricted',
      mode: 'test',
    });
  });

  it('reports the mode of a live key', () => {
    expect(parseStripeKey(liveKey)).toEqual({
      ok: true,
      key: liveKey,
      kind: 'restricted',
      mode: 'live',
    });
  });

  it('accepts a key of the expected mode', () => {
    expect(parseStripeKey(liveKey, { mode: 'live' }).ok).toBe(true);
    expect(parseStripeKey(testKey, { mode: 'test' }).ok).toBe(true);
  });

  it('accepts the shortest and the longest keys it allows', () => {
    expect(parseStripeKey(`rk_test_${'a'.repeat(16)}`).ok).toBe(true);
    expect(parseStripeKey(`rk_test_${'a'.repeat(255 - 8)}`).ok).toBe(true);
  });
});

describe('parseStripeKey refuses what people paste by mistake', () => {
  it.each([
    ['empty text', '', 'empty', undefined],
    ['only spaces and line breaks', '  \n\t ', 'empty', undefined],
    ['only invisible characters', '\u200B\uFEFF\u00AD', 'empty', undefined],
    ['empty quotes', '""', 'empty', undefined],
    ['undefined', undefined, 'empty', undefined],
    ['null', null, 'empty', undefined],
    ['a number', 42, 'not_a_stripe_key', 'unknown'],
    ['an object', { key: testKey }, 'not_a_stripe_key', 'unknown'],
    ['a secret test key', `sk_test_${secretPart}`, 'secret_key', 'secret'],
    ['a secret live key', `sk_${'live'}_${secretPart}`, 'secret_key', 'secret'],
    ['a publishable test key', `pk_test_${secretPart}`, 'publishable_key', 'publishable'],
    ['a publishable live key', `pk_live_${secretPart}`, 'publishable_key', 'publishable'],
    ['a webhook signing secret', `whsec_${secretPart}`, 'not_a_stripe_key', 'webhook_secret'],
    ['an ephemeral key', `ek_test_${secretPart}`, 'not_a_stripe_key', 'ephemeral'],
    ['an account id', 'acct_1Nv0FGQ9RKHgCVdK', 'not_a_stripe_key', 'account_id'],
    ['a sentence', 'I could not find the key', 'not_a_stripe_key', 'unknown'],
    ['a password', 'hunter2', 'not_a_stripe_key', 'unknown'],
    ['a too short key', 'rk_test_abc123', 'malformed', 'restricted'],
    [
      'a key with dashes',
      `rk_test_${secretPart.slice(0, 10)}-${secretPart.slice(10)}`,
      'malformed',
      'restricted',
    ],
    ['a key with an underscore', `rk_test_${secretPart}_x`, 'malformed', 'restricted'],
    ['a key longer than 255 characters', `rk_test_${'a'.repeat(248)}`, 'malformed', 'restricted'],
    ['a key pasted twice', testKey + testKey, 'malformed', 'restricted'],
    ['a key pasted twice with a space', `${testKey} ${testKey}`, 'malformed', 'restricted'],
    ['an upper-case prefix', `RK_TEST_${secretPart}`, 'malformed', 'restricted'],
    ['an unknown mode', `rk_prod_${secretPart}`, 'malformed', 'restricted'],
    ['a hidden key with asterisks', 'rk_live_****************abcd', 'malformed', 'restricted'],
    ['a hidden key with dots', 'rk_live_...abcd', 'malformed', 'restricted'],
    ['a hidden key with dots and asterisks', 'rk_live_...****abcd', 'malformed', 'restricted'],
    ['a hidden key with bullets', 'rk_test_••••••••abcd', 'malformed', 'restricted'],
    ['a hidden key with an ellipsis', 'rk_test_51Hx…abcd', 'malformed', 'restricted'],
  ])('%s', (_label, input, code, kind) => {
    const result = parseStripeKey(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.kind).toBe(kind);
    expect(result.message.length).toBeGreaterThan(20);
  });

  it('keeps the mode of refused keys that have one', () => {
    expect(parseStripeKey(`sk_test_${secretPart}`)).toMatchObject({ mode: 'test' });
    expect(parseStripeKey(`pk_live_${secretPart}`)).toMatchObject({ mode: 'live' });
    expect(parseStripeKey('rk_live_...****abcd')).toMatchObject({ mode: 'live' });
  });

  it('explains why a secret key is refused and what to create instead', () => {
    const result = parseStripeKey(`sk_${'live'}_${secretPart}`);
    expect(result).toMatchObject({ ok: false, code: 'secret_key', kind: 'secret', mode: 'live' });
    if (result.ok) return;
    expect(result.message).toMatch(/anything on your Stripe account/);
    expect(result.message).toMatch(/Create restricted key/);
    expect(result.message).toMatch(/rk_live_/);
  });

  it('points from a publishable key to the restricted keys on the same page', () => {
    const result = parseStripeKey(`pk_test_${secretPart}`);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.message).toMatch(/public/);
    expect(result.message).toMatch(/cannot take payments/);
    expect(result.message).toMatch(/further down the same API keys page/);
    expect(result.message).toMatch(/Restricted keys/);
    expect(result.message).toMatch(/rk_test_/);
  });

  it('tells the merchant to click Reveal when the hidden form was copied', () => {
    const result = parseStripeKey('rk_live_...****abcd');
    if (result.ok) throw new Error('expected a refusal');
    expect(result.message).toMatch(/hidden form/);
    expect(result.message).toMatch(/Reveal/);
  });

  it('says which Dashboard mode to switch to for a live key in test mode', () => {
    const result = parseStripeKey(liveKey, { mode: 'test' });
    expect(result).toMatchObject({
      ok: false,
      code: 'wrong_mode',
      kind: 'restricted',
      mode: 'live',
    });
    if (result.ok) return;
    expect(result.message).toMatch(/live key/);
    expect(result.message).toMatch(/test mode/);
    expect(result.message).toMatch(/rk_test_/);
  });

  it('says which Dashboard mode to switch to for a test key in live mode', () => {
    const result = parseStripeKey(testKey, { mode: 'live' });
    expect(result).toMatchObject({
      ok: false,
      code: 'wrong_mode',
      kind: 'restricted',
      mode: 'test',
    });
    if (result.ok) return;
    expect(result.message).toMatch(/test key/);
    expect(result.message).toMatch(/switch test mode off/);
    expect(result.message).toMatch(/rk_live_/);
  });

  it('refuses a secret key as secret_key even in the other mode', () => {
    expect(parseStripeKey(`sk_${'live'}_${secretPart}`, { mode: 'test' })).toMatchObject({
      code: 'secret_key',
      mode: 'live',
    });
  });

  it('ignores an expected mode that is not test or live', () => {
    expect(parseStripeKey(testKey, { mode: 'prod' as never }).ok).toBe(true);
    expect(parseStripeKey(testKey, null as never).ok).toBe(true);
  });

  it('returns for a 1 MB paste without scanning it', () => {
    const result = parseStripeKey(`rk_test_${'a'.repeat(1_000_000)}`);
    expect(result).toMatchObject({ ok: false, code: 'malformed' });
  });

  it('returns for a 1 MB paste of quotes and spaces', () => {
    expect(parseStripeKey(`${'" '.repeat(500_000)}x`)).toMatchObject({ ok: false });
  });
});

describe('parseStripeKey properties', () => {
  const alphanumeric = fc.constantFrom(
    ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  );
  const secret = fc.string({ unit: alphanumeric, minLength: 16, maxLength: 120 });
  const mode = fc.constantFrom('test' as const, 'live' as const);
  const noise = fc.constantFrom(' ', '\n', '\r\n', '\t', '\u200B', '\uFEFF', '\u00AD', '\u2060');

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        const result = parseStripeKey(input, options as never);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        expect(typeof parseStripeKey(input).ok).toBe('boolean');
      }),
    );
  });

  it('finds the key inside any mix of whitespace and invisible characters', () => {
    fc.assert(
      fc.property(
        mode,
        secret,
        fc.array(fc.tuple(fc.nat(), noise), { maxLength: 8 }),
        (keyMode, body, insertions) => {
          const key = `rk_${keyMode}_${body}`;
          let input = key;
          for (const [at, char] of insertions) {
            const index = at % (input.length + 1);
            input = input.slice(0, index) + char + input.slice(index);
          }
          expect(parseStripeKey(input)).toEqual({
            ok: true,
            key,
            kind: 'restricted',
            mode: keyMode,
          });
        },
      ),
    );
  });

  it('never repeats more of a pasted key than its redacted form', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('rk', 'sk', 'pk', 'ek', 'RK', 'xx'),
        mode,
        secret,
        fc.constantFrom('', '*', '-', '_x', 'rk_test_'),
        fc.option(mode, { nil: undefined }),
        (type, keyMode, body, extra, expected) => {
          const pasted = `${type}_${keyMode}_${body}${extra}`;
          const result = parseStripeKey(pasted, { mode: expected });
          if (result.ok) return;
          // No 8-character stretch of the secret part appears in the message.
          for (let i = 0; i + 8 <= body.length; i += 1) {
            expect(result.message).not.toContain(body.slice(i, i + 8));
          }
          expect(result.message).not.toContain(pasted);
        },
      ),
    );
  });

  it('refuses every restricted key of the other mode as wrong_mode', () => {
    fc.assert(
      fc.property(mode, secret, (keyMode, body) => {
        const other = keyMode === 'test' ? 'live' : 'test';
        expect(parseStripeKey(`rk_${keyMode}_${body}`, { mode: other })).toMatchObject({
          ok: false,
          code: 'wrong_mode',
          mode: keyMode,
        });
      }),
    );
  });
});
