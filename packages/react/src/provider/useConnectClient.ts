import type { ConnectClient } from '../client/createConnectClient';
import { usePelagoConnectInternal } from './PelagoConnectContext';

/**
 * The client of the nearest provider, for components that talk to the server.
 *
 * @throws Error naming the caller when the provider has neither `endpoint` nor `client`.
 */
export function useConnectClient(caller: string): ConnectClient {
  const { client } = usePelagoConnectInternal(caller);
  if (!client) {
    throw new Error(
      `${caller} needs to reach your server: give <PelagoConnectProvider> an endpoint ` +
        '(e.g. endpoint="/api/pelago") or a client made with createConnectClient().',
    );
  }
  return client;
}
