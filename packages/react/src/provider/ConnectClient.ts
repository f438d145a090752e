/**
 * What the kit needs from a client of the Pelago Connect HTTP handler. For now only where it
 * lives; the client that talks to it grows with the key form and the refund panel.
 */
export interface ConnectClient {
  /** Base URL of the host app's Pelago Connect handler, e.g. `'/api/pelago-connect'`. */
  readonly endpoint: string;
}
