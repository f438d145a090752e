import type { PelagoConnect } from '../stripe/index';
import type { KeyVault } from '../vault/index';
import type { AuditNotifier } from './auditHooks';
import type { InFlightRequests } from './inFlightRequests';
import type { ConnectAction } from './roles';

/** What the handler needs from `createPelagoConnect(…)`. */
export type HandlerConnect = Pick<PelagoConnect, 'mode' | 'verifyKey' | 'merchant'>;

/**
 * What the handler needs from `createKeyVault(…)`. Without `setPublishableKey`,
 * `PUT /key/publishable` answers 405; without `confirmPublishableKey`, payments do not confirm
 * the publishable key.
 */
export type HandlerVault = Pick<
  KeyVault,
  'put' | 'recordVerification' | 'get' | 'status' | 'remove'
> &
  Partial<Pick<KeyVault, 'setPublishableKey' | 'confirmPublishableKey'>>;

/** Everything a route sees: the merchant comes from `authorize`, never from the request. */
export interface RouteContext {
  request: Request;
  url: URL;
  merchantId: string;
  /** The caller's role, as `authorize` gave it. */
  role: string;
  /** Path segments a route pattern captured, e.g. `{ id }` for `/charges/:id` (already checked). */
  params: Readonly<Record<string, string>>;
  /** The JSON body (an object), or `{}` for routes without one. */
  body: Record<string, unknown>;
  connect: HandlerConnect;
  vault: HandlerVault;
  inFlight: InFlightRequests<RouteResult>;
  /** The host's audit hooks, safe to await. */
  audit: AuditNotifier;
  /** The host's check of a payment before it is charged (see `approveCharge`). */
  approveCharge?: ApproveCharge;
}

/** A payment about to be charged, as `approveCharge` sees it. Amounts are in minor units. */
export interface ChargeToApprove {
  merchantId: string;
  role: string;
  amount: number;
  /** As sent, e.g. `usd` or `USD`. */
  currency: string;
  description?: string;
  metadata?: Record<string, string>;
  receiptEmail?: string;
  /** The request, for the host's session or order look-up. */
  request: Request;
}

/** Answers whether a payment may be charged: false refuses it before Stripe is asked. */
export type ApproveCharge = (charge: ChargeToApprove) => boolean | Promise<boolean>;

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
