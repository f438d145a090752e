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

  describe('searches inside every shape a leak can hide in', () => {
    const found = (value: unknown, keys: string[] = [key]) =>
      findKeyLeaks([value], keys).map((leak) => leak.keyRedacted);
    const redacted = `rk_test_…${key.slice(-4)}`;

    it('an error’s own properties, enumerable or not, and objects inside them', () => {
      const hidden = new Error('request failed');
      Object.defineProperty(hidden, 'config', { value: { auth: key }, enumerable: false });
      const deeper = new Error('request failed');
      const headers = {};
      Object.defineProperty(headers, 'authorization', { value: `Bearer ${key}` });
      Object.assign(deeper, { request: { headers } });
      expect(found(hidden)).toEqual([redacted]);
      expect(found(deeper)).toEqual([redacted]);
    });

    it('the cause chain, however long', () => {
      const root = new Error(`Stripe said no to ${key}`);
      const chain = new Error('outer', { cause: new Error('middle', { cause: root }) });
      expect(found(chain)).toEqual([redacted]);
      const fromProperty = new Error('outer');
      Object.assign(fromProperty, { cause: { response: { body: { key } } } });
      expect(found(fromProperty)).toEqual([redacted]);
    });

    it('errors nested in log fields and in argument arrays', () => {
      const error = new Error('boom');
      Object.defineProperty(error, 'key', { value: key });
      expect(found({ message: 'failed', fields: { error } })).toEqual([redacted]);
      expect(found(['connecting failed', error])).toEqual([redacted]);
      expect(found([['nested', [{ list: [error] }]]])).toEqual([redacted]);
    });

    it('buffers, typed arrays and ArrayBuffers as UTF-8, and base64 held in a buffer', () => {
      expect(found(Buffer.from(`key=${key}`))).toEqual([redacted]);
      expect(found(new TextEncoder().encode(key).buffer)).toEqual([redacted]);
      expect(found({ body: Buffer.from(Buffer.from(key).toString('base64')) })).toEqual([redacted]);
      expect(found(JSON.stringify({ body: Buffer.from(key) }))).toEqual([redacted]);
    });

    it('Map and Set entries, keys included', () => {
      expect(found(new Map([['merchant-1', { key }]]))).toEqual([redacted]);
      expect(found(new Map([[key, 'merchant-1']]))).toEqual([redacted]);
      expect(found(new Set(['a', new Set([key])]))).toEqual([redacted]);
      expect(found(new Headers({ authorization: `Bearer ${key}` }))).toEqual([redacted]);
    });

    it('base64 in Basic authorization headers, known or only key-shaped', () => {
      const basic = (user: string) => `Basic ${Buffer.from(`${user}:`).toString('base64')}`;
      expect(found({ headers: { Authorization: basic(key) } })).toEqual([redacted]);
      expect(found(`authorization: ${basic(key)}`, [])).toEqual([redacted]);
      // Inside other base64 at any alignment, and in the URL-safe alphabet.
      for (const prefix of ['', 'a', 'ab']) {
        expect(found(Buffer.from(`${prefix}${key}`).toString('base64url'))).toEqual([redacted]);
      }
    });

    it('follows cycles once and stays quiet about clean values', () => {
      const loop: Record<string, unknown> = { name: 'loop' };
      loop.self = loop;
      loop.list = [loop, new Map([[loop, loop]])];
      const error = new Error('outer');
      Object.assign(error, { cause: error });
      expect(found([loop, error])).toEqual([]);
      loop.secret = { key };
      expect(found(loop)).toEqual([redacted]);
      const clean = {
        id: 'ch_3Nv0abcDEF',
        token: Buffer.from('just some bytes that are not a key').toString('base64'),
        digest: 'a'.repeat(64),
        at: new Date(0),
        where: new URL('https://dashboard.stripe.com/test/apikeys'),
      };
      expect(findKeyLeaks([clean], [key])).toEqual([]);
    });
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
