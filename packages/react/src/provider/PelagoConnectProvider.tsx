import { type ReactNode, useEffect, useMemo } from 'react';
import { type ConnectClient, createConnectClient } from '../client/createConnectClient';
import type { Messages } from '../i18n/en';
import { resolveMessages } from '../i18n/resolveMessages';
import { warnMissingCatalogue } from '../i18n/warnMissingCatalogue';
import type { Appearance } from '../theme/Appearance';
import { PelagoConnectContext, type PelagoConnectContextValue } from './PelagoConnectContext';

/** Props of {@link PelagoConnectProvider}. */
export interface PelagoConnectProviderProps {
  children?: ReactNode;
  /**
   * Base URL of the host app's Pelago Connect handler, e.g. `'/api/pelago'` (the handler's
   * default `basePath`). The provider makes a client for it with
   * `createConnectClient({ endpoint })`.
   */
  endpoint?: string;
  /**
   * A ready-made client, e.g. `createConnectClient({ endpoint, headers })` with a CSRF header,
   * or a fake in tests and stories. It wins over `endpoint`.
   */
  client?: ConnectClient;
  /** Light or dark theme and any `--pelago-*` variable to override. */
  appearance?: Appearance;
  /**
   * The reader's locale, any BCP 47 tag (`'en'` by default, `'fr'`, `'es-MX'`…). It sets the
   * root's `lang` and the language of dates and relative times once the text is in that
   * language: English is built in, every other language needs its `messages`.
   *
   * **A locale alone does not translate.** `locale="fr"` without `messages` shows English
   * text (with `lang="en"`), and in development logs one warning saying what to import.
   */
  locale?: 'en' | 'fr' | 'es' | (string & {});
  /**
   * The kit's text, laid over the English messages. Pass a whole catalogue to translate, e.g.
   * `fr` from `@pelago/connect-react/locales/fr` (French and Spanish ship as separate entry
   * points, so apps that do not use them do not download them), or only the messages to
   * change, e.g. `{ finish: 'Continue' }`, or both: `{ ...fr, finish: 'Continuer' }`.
   */
  messages?: Partial<Messages>;
}

/**
 * Gives every Pelago Connect component below it the endpoint, look and language. It renders
 * no element of its own: each kit component carries its own root with the theme variables.
 *
 * @example
 * import { fr } from '@pelago/connect-react/locales/fr';
 *
 * <PelagoConnectProvider endpoint="/api/pelago" locale="fr" messages={fr}>
 *   <KeySetupGuide companyName="Acme Manufacturing Company" />
 * </PelagoConnectProvider>
 */
export function PelagoConnectProvider({
  children,
  endpoint,
  client,
  appearance,
  locale,
  messages: overrides,
}: PelagoConnectProviderProps) {
  const resolved = useMemo(() => resolveMessages(locale, overrides), [locale, overrides]);
  useEffect(() => warnMissingCatalogue(locale, overrides), [locale, overrides]);
  const ownClient = useMemo(
    () => (client || !endpoint ? undefined : createConnectClient({ endpoint })),
    [client, endpoint],
  );
  const value = useMemo<PelagoConnectContextValue>(
    () => ({
      endpoint,
      client: client ?? ownClient,
      appearance: appearance ?? {},
      locale: locale ?? 'en',
      lang: resolved.lang,
      messages: resolved.messages,
    }),
    [endpoint, client, ownClient, appearance, locale, resolved],
  );
  return <PelagoConnectContext.Provider value={value}>{children}</PelagoConnectContext.Provider>;
}
