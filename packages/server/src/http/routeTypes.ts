import type { PelagoConnect } from '../stripe/index';
import type { KeyVault } from '../vault/index';
import type { InFlightRequests } from './inFlightRequests';
import type { ConnectAction } from './roles';

/** What the handler needs from `createPelagoConnect(…)`. */
export type HandlerConnect = Pick<PelagoConnect, 'mode' | 'verifyKey' | 'merchant'>;

/** What the handler needs from `createKeyVault(…)`. */
export type HandlerVault = Pick<
  KeyVault,
  'put' | 'recordVerification' | 'get' | 'status' | 'remove'
>;

/** Everything a route sees: the merchant comes from `authorize`, never from the request. */
export interface RouteContext {
  request: Request;
  url: URL;
  merchantId: string;
  /** The JSON body (an object), or `{}` for routes without one. */
  body: Record<string, unknown>;
  connect: HandlerConnect;
  vault: HandlerVault;
  inFlight: InFlightRequests<RouteResult>;
}

/** A route's answer before it becomes a `Response` (shareable among coalesced requests). */
export interface RouteResult {
  status: number;
  body?: unknown;
}

/** One method on one path. */
export interface RouteSpec {
  action: ConnectAction;
  /** POST and DELETE: subject to the origin check. */
  changesState: boolean;
  /** Whether a JSON body is read. */
  readsBody: boolean;
  run(context: RouteContext): Promise<RouteResult>;
}
