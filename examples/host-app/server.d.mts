import type { ChargeAuditEvent, KeyStore, RefundAuditEvent } from '@pelago/connect-server';
import type { StripeSandbox } from '@pelago/connect-testing';

/** One entry of the example's audit log, as the handler's hooks report it. */
export type HostAppAuditEntry =
  | ({ kind: 'refund'; at: string } & RefundAuditEvent)
  | ({ kind: 'charge'; at: string } & ChargeAuditEvent);

export interface HostAppOptions {
  /** Port to listen on; 0 for a free one. Default 3000. */
  port?: number;
  host?: string;
  /** Where the SQLite vault and its encryption key live. Default `examples/host-app/.data`. */
  dataDir?: string;
  /** The vault's store instead of SQLite in `dataDir`, e.g. `postgresStore(pool)`. */
  store?: KeyStore;
  /** A running sandbox to use instead of starting one. */
  sandbox?: StripeSandbox;
  /**
   * Make the sample orders (see `seedCharges.mjs`) on the merchant account of the sandbox's
   * `full` key before serving. Default false; `node server.mjs` (and `npm start`) turn it on.
   */
  seedCharges?: boolean;
  /** Called with each audit entry as it is recorded. */
  onAudit?: (entry: HostAppAuditEntry) => void;
}

/** A sample order made at start-up. */
export interface SeededCharge {
  /** The order reference, kept in the charge's `metadata.order_id`. */
  order: string;
  /** Stripe's charge id. */
  id: string;
  amount: number;
}

export interface HostApp {
  url: string;
  port: number;
  sandbox: StripeSandbox;
  /** The Stripe.js script the registration page loads: the sandbox's fake one. */
  stripeJsUrl: string;
  /** The example's one merchant. */
  merchantId: string;
  /** The sample orders, when `seedCharges` was set. */
  seeded: SeededCharge[];
  /** Who refunded or charged what, oldest first (never a key). */
  audit: HostAppAuditEntry[];
  stop(): Promise<void>;
}

export function startHostApp(options?: HostAppOptions): Promise<HostApp>;
