import { en, type Messages } from './en';
import { languageOf } from './resolveMessages';

/** Languages with a catalogue at `@pelago/connect-react/locales/<language>`. */
const shippedLanguages: ReadonlySet<string> = new Set(['fr', 'es']);

let warned = false;

/**
 * In development, says once how to load the catalogue when the locale is one the kit has a
 * translation for but the provider's messages do not cover it: the missing text is English,
 * which is easy to miss on an English-first screen.
 */
export function warnMissingCatalogue(
  locale: string | undefined,
  messages: Partial<Messages> | undefined,
): void {
  if (warned || !locale || process.env.NODE_ENV === 'production') return;
  const language = languageOf(locale);
  if (!shippedLanguages.has(language)) return;
  if (messages && Object.keys(en).every((key) => Object.hasOwn(messages, key))) return;
  warned = true;
  console.warn(
    `Pelago Connect: locale="${locale}" was given without the ${language} catalogue, so the ` +
      `text is in English. Import it and pass it as messages: import { ${language} } from ` +
      `'@pelago/connect-react/locales/${language}'; then <PelagoConnectProvider ` +
      `locale="${locale}" messages={${language}}> (spread your own overrides over it).`,
  );
}
