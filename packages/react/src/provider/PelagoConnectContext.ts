import { createContext, useContext } from 'react';
import type { ConnectClient } from '../client/createConnectClient';
import type { Messages } from '../i18n/en';
import type { Appearance } from '../theme/Appearance';

/** What {@link usePelagoConnect} returns: the provider's settings, resolved. */
export interface PelagoConnectContextValue {
  /** Base URL of the Pelago Connect handler, as given to the provider. */
  endpoint: string | undefined;
  /** The provider's `client`, or one made for its `endpoint`; none without either. */
  client: ConnectClient | undefined;
  appearance: Appearance;
  /** The locale the host asked for, as given. */
  locale: string;
  /** The language the messages are written in (the `lang` of the kit's root). */
  lang: string;
  messages: Messages;
}

export const PelagoConnectContext = createContext<PelagoConnectContextValue | null>(null);
PelagoConnectContext.displayName = 'PelagoConnectContext';

/**
 * The settings of the nearest {@link PelagoConnectProvider}.
 *
 * @throws Error when called outside a `<PelagoConnectProvider>`, saying how to fix it.
 */
export function usePelagoConnect(): PelagoConnectContextValue {
  return usePelagoConnectInternal('usePelagoConnect');
}

/** Like {@link usePelagoConnect}, naming the caller in the missing-provider error. */
export function usePelagoConnectInternal(caller: string): PelagoConnectContextValue {
  const context = useContext(PelagoConnectContext);
  if (!context) throw new Error(missingProviderMessage(caller));
  return context;
}

function missingProviderMessage(caller: string): string {
  const example = /^use[A-Z]/.test(caller) ? 'YourComponent' : caller;
  return (
    `${caller} must be used inside <PelagoConnectProvider>. Wrap your component: ` +
    `<PelagoConnectProvider endpoint="/api/pelago"><${example} /></PelagoConnectProvider>`
  );
}
