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

/**
 * Whether a publishable key is known to belong to the restricted key's Stripe account:
 * `confirmed` (Stripe accepted a token made with it on that account, or a payment succeeded),
 * `unconfirmed` (Stripe could not tell yet: always so in live mode until the first payment), or
 * `mismatch` (Stripe answered "No such token": it is another account's key).
 */
export type PublishableKeyPairing = 'confirmed' | 'unconfirmed' | 'mismatch';

/** What checking a publishable key against the restricted key's account found. */
export interface PublishableKeyCheck {
  pairing: PublishableKeyPairing;
  /** Why the publishable key cannot be used (another account's key, or one Stripe refuses). */
  problem?: KeyProblem;
}

/**
 * What verifying a key against Stripe found. `ok` is true only when every permission is `write`
 * and, when a publishable key was checked with it, that key has no `problem`.
 */
export interface VerificationResult {
  ok: boolean;
  mode: KeyMode;
  permissions: KeyPermissions;
  problems: KeyProblem[];
  /** Present when a publishable key was checked together with the restricted key. */
  publishableKey?: PublishableKeyCheck;
}

/**
 * Whether attendees can pay on the connected account: `ready` (the key may create charges and
 * the publishable key is confirmed), `unconfirmed` (both keys are there, but that they belong
 * to the same account is proven only by the first successful payment), `publishable_key_missing`,
 * `publishable_key_mismatch` (another account's publishable key), or `charges_not_permitted` (the restricted key may not create charges, or that is unknown).
 */
export type PaymentsReadiness =
  | 'ready'
  | 'unconfirmed'
  | 'publishable_key_missing'
  | 'publishable_key_mismatch'
  | 'charges_not_permitted';

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
  /** The merchant's publishable key, whole: it is public by design (Stripe.js needs it). */
  publishableKey?: string;
  /** Present with `publishableKey`. */
  publishableKeyPairing?: PublishableKeyPairing;
  /** Present when `connected`. */
  payments?: PaymentsReadiness;
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

/**
 * A refund's state. Stripe's field is a nullable string that may grow: anything the kit does not
 * know arrives as `unknown`, so a UI can say so instead of guessing.
 */
export type RefundStatus =
  | 'pending'
  | 'requires_action'
  | 'succeeded'
  | 'failed'
  | 'canceled'
  | 'unknown';

/** Why a refund is still pending, as Stripe reports it. */
export type RefundPendingReason = 'processing' | 'insufficient_funds' | 'charge_pending';

/** Why a refund failed, as Stripe reports it (`unknown` for anything else). */
export type RefundFailureReason =
  | 'lost_or_stolen_card'
  | 'expired_or_canceled_card'
  | 'charge_for_pending_refund_disputed'
  | 'insufficient_funds'
  | 'declined'
  | 'merchant_request'
  | 'unknown';

/** The metadata key that holds an admin's note for a refund made for an "other" reason. */
export const refundNoteMetadataKey = 'pelago_refund_note';

/** A refund as the API returns it. */
export interface RefundSummary {
  id: string;
  chargeId: string;
  amount: number;
  currency: string;
  status: RefundStatus;
  /** Stripe may also report `expired_uncaptured_charge` on refunds it made itself. */
  reason: RefundReason | 'expired_uncaptured_charge' | null;
  /** Set while `status` is `pending` and Stripe says why. */
  pendingReason: RefundPendingReason | null;
  /** Set when `status` is `failed`. */
  failureReason: RefundFailureReason | null;
  /** The admin's note (reason "other"), kept in the refund's metadata. */
  note: string | null;
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
  /** The same account's publishable key (`pk_…`), checked and stored with the key. */
  publishableKey?: string;
}

/** Body of `PUT /key/publishable`: adds or changes the publishable key of the stored key. */
export interface PutPublishableKeyRequest {
  publishableKey: string;
}

/** Answer of `PUT /key/publishable`. */
export interface PutPublishableKeyResponse {
  status: KeyStatus;
  /** What checking the publishable key against the stored key's account found. */
  publishableKey: PublishableKeyCheck;
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
  /**
   * A charge id (`ch_…`) or an order reference the host stores in the charge's metadata. Works
   * without Stripe's search: the server looks the id up, or scans pages of charges for the
   * reference, and `hasMore` / `startingAfter` page through the scan.
   */
  query?: string;
}

/** Answer of `GET /charges`. */
export interface ListChargesResponse {
  data: ChargeSummary[];
  hasMore: boolean;
  /**
   * Pass as `startingAfter` for the next page while `hasMore` is true. With `query`, a scan can
   * stop after charges that did not match (even with `data` empty): this cursor then names the
   * last charge looked at, so use it rather than the last id in `data`.
   */
  nextStartingAfter?: string;
}

/** Answer of `GET /charges/:id`: the charge and its refunds, newest first. */
export interface GetChargeResponse {
  charge: ChargeSummary;
  refunds: RefundSummary[];
}

/** Body of `POST /charges`. */
export interface CreateChargeRequest {
  amount: number;
  currency: string;
  source: string;
  description?: string;
  metadata?: Record<string, string>;
  /** Where Stripe emails the receipt (in live mode; test mode sends none). */
  receiptEmail?: string;
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
  /** Free text for a refund made for another reason (kept in metadata, at most 500 characters). */
  note?: string;
  /** One key per refund intent, reused on every retry of it: a repeat refunds once. */
  idempotencyKey: string;
}

/** Answer of `POST /refunds`. */
export interface CreateRefundResponse {
  refund: RefundSummary;
}
