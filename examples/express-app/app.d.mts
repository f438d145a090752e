import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { HandlerConnect, HandlerVault, Lazy } from '@pelago/connect-server';

export interface ExpressAppOptions {
  connect: Lazy<HandlerConnect>;
  vault: Lazy<HandlerVault>;
  /** Mount `express.json()` before the kit (default true). */
  parseJsonFirst?: boolean;
}

/** The Express application: a request listener that can also listen on its own. */
export interface ExpressApp {
  (req: IncomingMessage, res: ServerResponse): void;
  listen(port: number, host: string, callback?: () => void): Server;
}

export function createExpressApp(options: ExpressAppOptions): ExpressApp;
