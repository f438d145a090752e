import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './formatRelativeTime';

const now = Date.UTC(2025, 2, 12, 12, 0, 0);
const ago = (seconds: number) => new Date(now - seconds * 1000);

describe('formatRelativeTime', () => {
  it.each([
    [10, 'now'],
    [-20, 'now'],
    [90, '2 minutes ago'],
    [3 * 3600, '3 hours ago'],
    [26 * 3600, 'yesterday'],
    [5 * 86_400, '5 days ago'],
    [40 * 86_400, 'last month'],
    [400 * 86_400, 'last year'],
    [-2 * 3600, 'in 2 hours'],
  ])('words %i seconds ago as "%s"', (seconds, text) => {
    expect(formatRelativeTime(ago(seconds), now, 'en')).toBe(text);
  });

  it('speaks the given language', () => {
    expect(formatRelativeTime(ago(3 * 86_400), now, 'fr')).toBe('il y a 3 jours');
    expect(formatRelativeTime(ago(3 * 86_400), now, 'es')).toBe('hace 3 días');
  });
});
