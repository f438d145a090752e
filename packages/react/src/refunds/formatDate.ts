/** A date and time in the reader's language, e.g. "12 Mar 2026, 14:05". */
export function formatDate(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  for (const locale of [lang, 'en']) {
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        date,
      );
    } catch {
      // An unknown locale: try English.
    }
  }
  return date.toISOString();
}
