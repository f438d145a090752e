import {
  type ConnectErrorCode,
  connectErrorMessages,
  defaultStatusFor,
  isConnectErrorCode,
  isRetryableCode,
} from './errorCodes';
import { redactKeysInText } from './redactKey';
import type { ErrorBody, KeyProblem, VerificationResult } from './wire';

/** Options for {@link ConnectError}; every field has a default derived from the code. */
export interface ConnectErrorOptions {
  /** Defaults to `connectErrorMessages[code]`. Any Stripe key inside is redacted. */
  message?: string;
  /** Defaults to {@link defaultStatusFor}(code). 0 means no HTTP response was received. */
  status?: number;
  requestId?: string;
  /** Defaults to true for `rate_limited`, `stripe_unavailable`, `network_error`, `timeout`. */
  retryable?: boolean;
  /** Stripe's `decline_code` for a declined card, e.g. `insufficient_funds`. */
  declineCode?: string;
  retryAfterSeconds?: number;
  verification?: VerificationResult;
  cause?: unknown;
}

/**
 * The error the server SDK and the browser client throw. Its message never holds a whole key:
 * every message, including Stripe's own wording, passes through {@link redactKeysInText}.
 *
 * @example
 * throw new ConnectError('permission_missing', { verification });
 * if (error instanceof ConnectError && error.retryable) retryLater();
 */
export class ConnectError extends Error {
  override readonly name = 'ConnectError';
  /** What went wrong, as a stable code. */
  readonly code: ConnectErrorCode;
  /** The HTTP status the kit's API answers with. */
  readonly status: number;
  /** Stripe's or the kit's request id, for support. */
  readonly requestId?: string;
  /** Whether the same request may succeed if sent again later. */
  readonly retryable: boolean;
  /** Stripe's `decline_code` when a card was declined. */
  readonly declineCode?: string;
  /** How long to wait before retrying, when known (from `Retry-After`). */
  readonly retryAfterSeconds?: number;
  /** What key verification found, when the error is about an unusable key. */
  readonly verification?: VerificationResult;

  constructor(code: ConnectErrorCode, options: ConnectErrorOptions = {}) {
    const safeCode: ConnectErrorCode = isConnectErrorCode(code) ? code : 'internal_error';
    const message =
      typeof options.message === 'string' && options.message.trim() !== ''
        ? redactKeysInText(options.message)
        : connectErrorMessages[safeCode];
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.code = safeCode;
    this.status = isHttpStatus(options.status) ? options.status : defaultStatusFor(safeCode);
    this.retryable = options.retryable ?? isRetryableCode(safeCode);
    if (options.requestId !== undefined) this.requestId = options.requestId;
    if (options.declineCode !== undefined) this.declineCode = options.declineCode;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
    if (options.verification !== undefined) {
      this.verification = redactVerification(options.verification);
    }
  }

  /** The {@link ErrorBody} the kit's API sends for this error (no `undefined` fields). */
  toJSON(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message };
    if (this.requestId !== undefined) error.requestId = this.requestId;
    if (this.declineCode !== undefined) error.declineCode = this.declineCode;
    if (this.retryAfterSeconds !== undefined) error.retryAfterSeconds = this.retryAfterSeconds;
    if (this.verification !== undefined) error.verification = this.verification;
    return { error };
  }

  /**
   * Rebuilds an error from an HTTP response of the kit's API. Accepts anything: a body that is
   * not an {@link ErrorBody}, or has an unknown code, gives `internal_error`; fields of the wrong
   * type are dropped.
   */
  static fromBody(body: unknown, status: number): ConnectError {
    const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
    const code = isConnectErrorCode(error?.code) ? error.code : 'internal_error';
    const options: ConnectErrorOptions = {
      status: isHttpStatus(status) ? status : defaultStatusFor(code),
    };
    if (error) {
      if (typeof error.message === 'string') options.message = error.message.slice(0, 2000);
      if (typeof error.requestId === 'string') options.requestId = error.requestId;
      if (typeof error.declineCode === 'string') options.declineCode = error.declineCode;
      if (isNonNegativeNumber(error.retryAfterSeconds)) {
        options.retryAfterSeconds = error.retryAfterSeconds;
      }
      if (isVerificationResult(error.verification)) options.verification = error.verification;
    }
    return new ConnectError(code, options);
  }
}

/** True for a {@link ConnectError}, also one from another copy of this package. */
export function isConnectError(value: unknown): value is ConnectError {
  return (
    value instanceof ConnectError ||
    (value instanceof Error &&
      value.name === 'ConnectError' &&
      isConnectErrorCode(Reflect.get(value, 'code')))
  );
}

function redactVerification(verification: VerificationResult): VerificationResult {
  return {
    ...verification,
    problems: verification.problems.map(
      (problem): KeyProblem => ({ ...problem, message: redactKeysInText(problem.message) }),
    ),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** An HTTP status, or 0 for "no response" (what browsers report for a failed fetch). */
function isHttpStatus(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    (value === 0 || (value >= 100 && value <= 599))
  );
}

function isNonNegativeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

const PERMISSIONS = new Set(['write', 'missing', 'unknown']);

function isVerificationResult(value: unknown): value is VerificationResult {
  if (!isRecord(value) || typeof value.ok !== 'boolean') return false;
  if (value.mode !== 'test' && value.mode !== 'live') return false;
  const { permissions, problems } = value;
  if (!isRecord(permissions)) return false;
  if (!PERMISSIONS.has(permissions.charges as string)) return false;
  if (!PERMISSIONS.has(permissions.refunds as string)) return false;
  return (
    Array.isArray(problems) &&
    problems.every(
      (problem) =>
        isRecord(problem) &&
        isConnectErrorCode(problem.code) &&
        typeof problem.message === 'string' &&
        (problem.permission === undefined ||
          problem.permission === 'charges' ||
          problem.permission === 'refunds'),
    )
  );
}
