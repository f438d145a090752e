import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePublishableKey } from './parsePublishableKey';

// Built at run time so that no whole key-shaped string sits in the repository.
const body = 'Fake0Publishable0' + 'a1B2c3D4e5F6g7H8i9J0';
const testPk = `pk_${'test'}_${body}`;
const livePk = `pk_${'live'}_${body}`;
const restricted = `rk_${'test'}_${body}`;
const secret = `sk_${'live'}_${body}`;

describe('parsePublishableKey accepts a publishable key however it was pasted', () => {
  it.each([
    ['the key as copied', testPk],
    ['spaces and a newline', `  ${testPk}\n`],
    ['a wrapped line', `${testPk.slice(0, 20)}\n${testPk.slice(20)}`],
    ['a zero-width space', `${testPk.slice(0, 10)}\u200B${testPk.slice(10)}`],
    ['curly quotes', `“${testPk}”`],
    ['an env line', `STRIPE_PUBLISHABLE_KEY="${testPk}"`],
    ['a JSON field', `"publishableKey": "${testPk}",`],
  ])('%s', (_name, pasted) => {
    expect(parsePublishableKey(pasted, { mode: 'test' })).toEqual({
      ok: true,
      key: testPk,
      kind: 'publishable',
      mode: 'test',
    });
  });

  it('takes the mode from the key when none is expected', () => {
    expect(parsePublishableKey(livePk)).toMatchObject({ ok: true, mode: 'live' });
  });
});

describe('parsePublishableKey refuses what is not a publishable key, without repeating it', () => {
  it.each([
    ['a restricted key', restricted, 'restricted_key', /restricted key field/],
    ['a secret key', secret, 'secret_key', /not sent anywhere/],
    ['an empty paste', '   ', 'empty', /Standard keys/],
    ['nothing at all', undefined, 'empty', /publishable key/],
    ['a webhook secret', `whsec_${body}`, 'not_a_stripe_key', /webhook signing secret/],
    ['an account id', 'acct_1Abc2Def3Ghi4Jkl', 'not_a_stripe_key', /account ID/],
    ['the live key in test mode', livePk, 'wrong_mode', /switch to test mode/],
    ['a truncated key', testPk.slice(0, 16), 'malformed', /too short/],
    ['a shortened form', `pk_test_${body.slice(0, 6)}…${body.slice(-4)}`, 'malformed', /shortened/],
    ['a damaged prefix', `PK_TEST_${body}`, 'malformed', /damaged/],
    ['a key pasted twice', `${testPk}${testPk}`, 'malformed', /twice/],
    ['odd characters', `pk_test_${body}-x`, 'malformed', /letters and digits/],
    ['a number', 42, 'not_a_stripe_key', /as text/],
  ])('%s', (_name, pasted, code, words) => {
    const result = parsePublishableKey(pasted, { mode: 'test' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.message).toMatch(words);
    if (typeof pasted === 'string' && pasted.length > 12) {
      expect(result.message).not.toContain(pasted.trim().slice(8, 20));
    }
    expect(result).not.toHaveProperty('key');
  });

  it('says which publishable key to paste for the connection’s mode', () => {
    const refused = parsePublishableKey(restricted, { mode: 'live' });
    expect(refused).toMatchObject({ ok: false, code: 'restricted_key', mode: 'test' });
    expect(!refused.ok && refused.message).toContain('pk_live_');
    const liveWanted = parsePublishableKey(testPk, { mode: 'live' });
    expect(!liveWanted.ok && liveWanted.message).toMatch(/real payments.*pk_live_/);
  });

  it('never throws and never hands back a restricted or secret key, whatever is pasted', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom(restricted, secret)),
        fc.string(),
        (a, b) => {
          const result = parsePublishableKey(`${a}${b}`);
          if (result.ok) expect(result.key.startsWith('pk_')).toBe(true);
          else expect(result.message).not.toMatch(/[rs]k_(test|live)_[A-Za-z0-9]{8}/);
        },
      ),
    );
  });
});
