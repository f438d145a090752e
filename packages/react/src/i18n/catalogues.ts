import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The catalogues shipped with the kit, by language. */
export const messages = { en, fr, es } satisfies Record<string, Messages>;

/** A language the kit ships messages for. */
export type BuiltInLocale = keyof typeof messages;

/** The resolved messages and the language they are written in. */
export interface ResolvedMessages {
  messages: Messages;
  /** BCP 47 tag for the `lang` attribute of the kit's root. */
  lang: string;
}

/**
 * Picks the catalogue for a locale (`'fr-CA'` → French; an unknown language → English) and
 * lays the host's overrides on top.
 */
export function resolveMessages(locale: string | undefined, overrides?: Partial<Messages>) {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const builtIn = Object.hasOwn(messages, language);
  const base: Messages = builtIn ? messages[language as BuiltInLocale] : en;
  const hasOverrides = overrides !== undefined && Object.keys(overrides).length > 0;
  // Text in the host's own catalogue is in the host's language even when the kit has none.
  const lang = builtIn || (locale && hasOverrides) ? (locale ?? 'en') : 'en';
  return { messages: hasOverrides ? { ...base, ...overrides } : base, lang } as ResolvedMessages;
}
