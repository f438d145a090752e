/**
 * "5 minutes ago", "yesterday", "il y a 3 jours": the distance from `now` to `date` in the
 * largest unit that fits, worded by `Intl.RelativeTimeFormat` in `locale`. Under 45 seconds,
 * either way, it is "now" (a server clock a little ahead must not say "in 2 seconds").
 */
export function formatRelativeTime(date: Date, now: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const seconds = (date.getTime() - now) / 1000;
  const distance = Math.abs(seconds);
  if (distance < 45) return format.format(0, 'second');
  // Rounded away from zero alike both ways (Math.round(-1.5) would give -1).
  const count = (size: number) => Math.sign(seconds) * Math.round(distance / size);
  for (const [unit, size, below] of UNITS) {
    if (distance < below) return format.format(count(size), unit);
  }
  return format.format(count(YEAR), 'year');
}

/** The date and time in full, e.g. "12 Mar 2025, 14:05", for the `title` of a `<time>`. */
export function formatDateTime(date: Date, locale: string, timeZone?: string): string {
  // A named time zone needs the fields spelled out: `dateStyle` cannot carry its name.
  const options: Intl.DateTimeFormatOptions = timeZone
    ? { ...FIELDS, timeZone, timeZoneName: 'short' }
    : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

const FIELDS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

/** Unit, its size in seconds, and the distance below which it is used. */
const UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['minute', MINUTE, 45 * MINUTE],
  ['hour', HOUR, 22 * HOUR],
  ['day', DAY, 26 * DAY],
  ['month', MONTH, 11 * MONTH],
];
