import { type ReactNode, useMemo } from 'react';
import { type ConnectClient, createConnectClient } from '../client/createConnectClient';
import { resolveMessages } from '../i18n/catalogues';
import type { Messages } from '../i18n/en';
import type { Appearance } from '../theme/Appearance';
import { PelagoConnectContext, type PelagoConnectContextValue } from './PelagoConnectContext';

/** Props of {@link PelagoConnectProvider}. */
export interface PelagoConnectProviderProps {
  children?: ReactNode;
  /**
   * Base URL of the host app's Pelago Connect handler, e.g. `'/api/pelago-connect'`. The
   * provider makes a client for it with `createConnectClient({ endpoint })`.
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
   * Language of the kit's text: `'en'` (default), `'fr'`, `'es'` or any BCP 47 tag. A region
   * (`'fr-CA'`) uses its language's catalogue; a language without one falls back to English.
   */
  locale?: 'en' | 'fr' | 'es' | (string & {});
  /** Replaces any message of the chosen catalogue, e.g. `{ finish: 'Continue' }`. */
  messages?: Partial<Messages>;
}

/**
 * Gives every Pelago Connect component below it the endpoint, look and language. It renders
 * no element of its own: each kit component carries its own root with the theme variables.
 *
 * @example
 * <PelagoConnectProvider endpoint="/api/pelago-connect" locale="fr">
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
