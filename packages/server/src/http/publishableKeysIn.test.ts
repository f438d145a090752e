import { describe, expect, it } from 'vitest';
import { publishableKeysIn, redactKeysExcept } from './publishableKeysIn';

const publishable = `pk_${'test'}_${'Pub1ic'.repeat(16)}`;
const restricted = `rk_${'test'}_${'S3cret'.repeat(16)}`;

describe('the answer guard and publishable keys', () => {
  it('keeps the publishable key of a status whole and redacts every other key', () => {
    const body = {
      status: { publishableKey: publishable, note: `${restricted} ${publishable}x` },
      other: publishable,
    };
    const text = redactKeysExcept(JSON.stringify(body), publishableKeysIn(body));
    expect(text).toContain(`"publishableKey":"${publishable}"`);
    expect(text).not.toContain(restricted);
    expect(text).toContain('rk_test_…');
  });

  it('never exempts a restricted or secret key sent in a publishableKey field', () => {
    for (const key of [restricted, `sk_${'live'}_${'S3cret'.repeat(16)}`]) {
      const body = { status: { publishableKey: key } };
      expect(publishableKeysIn(body)).toEqual([]);
      expect(redactKeysExcept(JSON.stringify(body), publishableKeysIn(body))).not.toContain(key);
    }
  });
});
