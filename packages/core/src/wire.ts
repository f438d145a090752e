import type { ConnectErrorCode } from './errorCodes';
import type { KeyMode } from './keyTypes';

/** Whether a restricted key holds a permission: `unknown` when Stripe's answer was not conclusive. */
export type Permission = 'write' | 'missing' | 'unknown';

/** The two permissions the kit needs on a restricted key. */
export interface KeyPermissions {
  charges: Permission;
  refunds: Permission;
}

/** One reason a key cannot be used, as found by verification. */
export interface KeyProblem {
  code: ConnectErrorCode;
  message: string;
  /** Set when the problem is a missing permission. */
  permission?: 'charges' | 'refunds';
}

/** What verifying a key against Stripe found. `ok` is true only when every permission is `write`. */
export interface VerificationResult {
  ok: boolean;
  mode: KeyMode;
  permissions: KeyPermissions;
  problems: KeyProblem[];
}

/** The connection state of a merchant's key as the API reports it (never the whole key). */
export interface KeyStatus {
  connected: boolean;
  mode?: KeyMode;
  /** The key in {@link redactKey} form, e.g. `rk_live_…9xQ2`. */
  redactedKey?: string;
  name?: string;
  permissions?: KeyPermissions;
  /** ISO-8601. */
  verifiedAt?: string;
  /** ISO-8601. */
  updatedAt?: string;
}

/** A charge as the API returns it. Amounts are integers in the currency's minor unit. */
export interface ChargeSummary {
  id: string;
  amount: number;
  amountRefunded: number;
  amountRefundable: number;
  /** Lowercase ISO code, as Stripe sends it. */
  currency: string;
  status: 'succeeded' | 'pending' | 'failed';
  refunded: boolean;
  disputed: boolean;
  captured: boolean;
  description: string | null;
  /** ISO-8601. */
  created: string;
  receiptEmail: string | null;
  cardBrand: string | null;
  cardLast4: string | null;
  metadata: Record<string, string>;
}

/** The reasons Stripe accepts for a refund. */
export type RefundReason = 'duplicate' | 'fraudulent' | 'requested_by_customer';

/** A refund as the API returns it. */
export interface RefundSummary {
  id: string;
  chargeId: string;
  amount: number;
  currency: string;
  status: 'pending' | 'requires_action' | 'succeeded' | 'failed' | 'canceled';
  reason: RefundReason | null;
  /** ISO-8601. */
  created: string;
}

/** The body of every error response from the kit's API. */
export interface ErrorBody {
  error: {
    code: ConnectErrorCode;
    message: string;
    requestId?: string;
    declineCode?: string;
    retryAfterSeconds?: number;
    /** Present on a 422 from `POST /key`: what verification found. */
    verification?: VerificationResult;
  };
}

/** Body of `POST /key`. */
export interface PutKeyRequest {
  key: string;
  name?: string;
}

/** Answer of `POST /key` when the key is usable. */
export interface PutKeyResponse {
  status: KeyStatus;
  verification: VerificationResult;
}

/** Answer of `GET /key`. */
export interface GetKeyResponse {
  status: KeyStatus;
}

/** Query of `GET /charges`. */
export interface ListChargesQuery {
  limit?: number;
  startingAfter?: string;
}

/** Answer of `GET /charges`. */
export interface ListChargesResponse {
  data: ChargeSummary[];
  hasMore: boolean;
}

/** Body of `POST /charges`. */
export interface CreateChargeRequest {
  amount: number;
  currency: string;
  source: string;
  description?: string;
  metadata?: Record<string, string>;
  idempotencyKey?: string;
}

/** Answer of `POST /charges`. */
export interface CreateChargeResponse {
  charge: ChargeSummary;
}

/** Body of `POST /refunds`. Without `amount` the whole remaining amount is refunded. */
export interface CreateRefundRequest {
  chargeId: string;
  amount?: number;
  reason?: RefundReason;
  idempotencyKey: string;
}

/** Answer of `POST /refunds`. */
export interface CreateRefundResponse {
  refund: RefundSummary;
}
