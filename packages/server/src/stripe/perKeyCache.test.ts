import { describe, expect, it } from 'vitest';
import { PerKeyCache } from './perKeyCache';

describe('PerKeyCache', () => {
  it('makes one value per key and reuses it', () => {
    const cache = new PerKeyCache<{ key: string }>(2);
    let made = 0;
    const make = (key: string) => () => {
      made++;
      return { key };
    };
    const first = cache.get('rk_test_a', make('rk_test_a'));
    expect(cache.get('rk_test_a', make('rk_test_a'))).toBe(first);
    expect(made).toBe(1);
  });

  it('drops the least recently used key past its limit', () => {
    const cache = new PerKeyCache<number>(2);
    let made = 0;
    const make = () => ++made;
    cache.get('a', make); // 1
    cache.get('b', make); // 2
    cache.get('a', make); // a is now the most recent
    cache.get('c', make); // 3, drops b
    expect(cache.get('a', make)).toBe(1);
    expect(cache.get('b', make)).toBe(4);
    expect(made).toBe(4);
  });
});
