import { en, type Messages } from './en';

/** The resolved messages and the language they are written in. */
export interface ResolvedMessages {
  messages: Messages;
  /** BCP 47 tag for the `lang` attribute of the kit's root and for dates and numbers. */
  lang: string;
}

/**
 * Lays the host's messages over English, the only catalogue in the main entry. The text is in
 * the locale's language when the locale is English or the host gave messages for it (French
 * and Spanish come from `@pelago/connect-react/locales/*`); otherwise it is all English, `lang`
 * included, so that screen readers and dates do not pretend otherwise.
 */
export function resolveMessages(
  locale: string | undefined,
  overrides?: Partial<Messages>,
): ResolvedMessages {
  const hasOverrides = overrides !== undefined && Object.keys(overrides).length > 0;
  const lang = locale && (hasOverrides || languageOf(locale) === 'en') ? locale : 'en';
  return { messages: hasOverrides ? { ...en, ...overrides } : en, lang };
}

/** The language subtag of a BCP 47 tag, lower-cased: `'fr-CA'` → `'fr'`. */
export function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? '';
}
