import { describe, expect, it } from 'vitest';
import { expectNoKeyLeaks, findKeyLeaks } from './findKeyLeaks';
import { recordOutput } from './recordOutput';

const key = `rk_test_${'A1b2C3d4'.repeat(12)}`;
const liveSecret = `sk_${'live'}_${'Q'.repeat(30)}`;

describe('findKeyLeaks', () => {
  it('finds a known key in strings, errors and objects, and reports it redacted', () => {
    const error = new Error('failed');
    Object.assign(error, { request: { headers: { authorization: `Bearer ${key}` } } });
    const leaks = findKeyLeaks([`key=${key}`, error, { nested: [{ key }] }, 'clean line'], [key]);
    expect(leaks.map((leak) => leak.index)).toEqual([0, 1, 2]);
    expect(leaks[0]).toEqual({ index: 0, keyRedacted: `rk_test_…${key.slice(-4)}`, known: true });
    expect(JSON.stringify(leaks)).not.toContain(key);
  });

  it('finds key-shaped strings it was not told about', () => {
    expect(findKeyLeaks([`oops ${liveSecret}`], [])).toEqual([
      { index: 0, keyRedacted: 'sk_live_…QQQQ', known: false },
    ]);
    expect(findKeyLeaks([`oops ${liveSecret}`], [], { keyShaped: false })).toEqual([]);
  });

  it('accepts redacted forms, Stripe’s included', () => {
    const texts = [
      `rk_test_…${key.slice(-4)}`,
      `Invalid API Key provided: rk_test_${'*'.repeat(92)}${key.slice(-4)}`,
      key.slice(0, 20),
    ];
    expect(findKeyLeaks(texts, [key])).toEqual([]);
  });
});

describe('expectNoKeyLeaks', () => {
  it('throws naming where, without the key', () => {
    expect(() => expectNoKeyLeaks(['fine', `bad ${key}`], [key])).toThrowError(
      /text #1: rk_test_…/,
    );
    try {
      expectNoKeyLeaks([key], [key]);
    } catch (error) {
      expect((error as Error).message).not.toContain(key);
    }
    expect(() => expectNoKeyLeaks(['fine'], [key])).not.toThrow();
  });
});

describe('recordOutput', () => {
  it('collects console and logger output until restored, for a leak check', () => {
    const originalWarn = console.warn;
    const recorder = recordOutput({ silent: true });
    console.warn('connecting with', key);
    recorder.logger.info('verified', { key: 'rk_test_…abcd' });
    recorder.record(new Error('boom'));
    recorder.restore();
    expect(console.warn).toBe(originalWarn);
    expect(recorder.texts).toHaveLength(3);
    expect(findKeyLeaks(recorder.texts, [key]).map((leak) => leak.index)).toEqual([0]);
  });
});
