import {
  ConnectError,
  maxMinorAmount,
  minorUnitStep,
  type RefundReason,
} from '@pelago/connect-core';
import { isSendableText, metadataProblem, unsendableTextMessage } from './sendableText';

/**
 * Checks an amount in minor units before Stripe sees it: a positive whole number, at most
 * Stripe's eight digits (99,999,999), and a multiple of what the currency allows (10 for
 * three-decimal currencies, 100 for ISK).
 */
export function checkAmount(amount: unknown, currency: string): number {
  const max = maxMinorAmount(currency);
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 1 || amount > max) {
    throw new ConnectError('amount_invalid', {
      message: `Enter an amount from 1 to ${max.toLocaleString('en-US')} in the currency's smallest unit (for example cents).`,
    });
  }
  const step = minorUnitStep(currency);
  if (amount % step !== 0) {
    throw new ConnectError('amount_invalid', {
      message: `Amounts in ${currency.toUpperCase()} must be a multiple of ${step} in the smallest unit.`,
    });
  }
  return amount;
}

/** Checks a refund amount: a positive whole number of minor units (Stripe checks what is left). */
export function checkRefundAmount(amount: unknown): number {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 1) {
    throw new ConnectError('amount_invalid', {
      message:
        "Enter a refund amount of 1 or more in the currency's smallest unit (for example cents).",
    });
  }
  return amount;
}

/** Checks that call parameters are an object at all. */
export function checkParams(params: unknown): void {
  if (typeof params !== 'object' || params === null) {
    throw new ConnectError('invalid_request', { message: 'The request parameters are missing.' });
  }
}

/** Checks a currency code and returns it in the lowercase form Stripe uses. */
export function checkCurrency(currency: unknown): string {
  if (typeof currency !== 'string' || !/^[A-Za-z]{3}$/.test(currency)) {
    throw new ConnectError('currency_invalid', {
      message: 'Give the currency as a three-letter ISO code, such as usd or eur.',
    });
  }
  const upper = currency.toUpperCase();
  if (!knownCurrencies().has(upper)) throw new ConnectError('currency_invalid');
  return upper.toLowerCase();
}

/** Longest refund note: what Stripe keeps in one metadata value. */
export const maxRefundNoteLength = 500;

/** Checks a refund note and trims it; an empty one means no note. */
export function checkRefundNote(note: unknown): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note !== 'string') {
    throw new ConnectError('validation_failed', { message: 'The refund note must be text.' });
  }
  const trimmed = note.trim();
  if (!isSendableText(trimmed)) {
    throw new ConnectError('validation_failed', { message: unsendableTextMessage('note') });
  }
  if (trimmed.length > maxRefundNoteLength) {
    throw new ConnectError('validation_failed', {
      message: `Keep the refund note to ${maxRefundNoteLength} characters or fewer (it has ${trimmed.length}).`,
    });
  }
  return trimmed === '' ? undefined : trimmed;
}

/** Checks a refund reason: one of Stripe's three, or absent. */
export function checkRefundReason(reason: unknown): RefundReason | undefined {
  if (reason === undefined || reason === null) return undefined;
  if (reason === 'duplicate' || reason === 'fraudulent' || reason === 'requested_by_customer') {
    return reason;
  }
  throw new ConnectError('refund_reason_invalid');
}

/** Checks an object id such as a charge id or a pagination cursor. */
export function checkId(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_]{1,255}$/.test(value)) {
    throw new ConnectError('invalid_request', { message: `The ${what} is missing or not valid.` });
  }
  return value;
}

/**
 * Checks metadata: an object of string values within Stripe's limits (50 keys, keys of 1–40
 * characters without square brackets, values of at most 500 characters) and of text Stripe can
 * take; `validation_failed` naming the field otherwise.
 */
export function checkMetadata(
  metadata: unknown,
  field = 'metadata',
): Record<string, string> | undefined {
  if (metadata === undefined) return undefined;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new ConnectError('validation_failed', {
      message: `"${field}" must be an object of strings.`,
    });
  }
  const problem = metadataProblem(field, metadata);
  if (problem !== null) throw new ConnectError('validation_failed', { message: problem });
  return metadata as Record<string, string>;
}

/**
 * Checks text that goes to Stripe as it is (a description, a card source): a string of at most
 * `maxLength` characters holding nothing Stripe cannot take; `validation_failed` naming the
 * field otherwise. Undefined stays undefined unless `required`.
 */
export function checkText(
  value: unknown,
  field: string,
  maxLength: number,
  required = false,
): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value.length > maxLength || (required && value.trim() === '')) {
    throw new ConnectError('validation_failed', {
      message: `"${field}" must be ${required ? 'a non-empty' : 'a'} string of at most ${maxLength} characters.`,
    });
  }
  if (!isSendableText(value)) {
    throw new ConnectError('validation_failed', { message: unsendableTextMessage(field) });
  }
  return value;
}

/**
 * Checks a receipt email: one address of at most 512 characters, with no spaces, one `@` and a
 * dot in the domain. Stripe refuses a malformed address after the card was tokenized, so the
 * attendee hears about a typo before anything is sent.
 */
export function checkReceiptEmail(value: unknown): string | undefined {
  const email = checkText(value, 'receiptEmail', 512);
  if (email === undefined) return undefined;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new ConnectError('validation_failed', {
      message: '"receiptEmail" must be one email address, like name@example.com.',
    });
  }
  return email;
}

/** Checks a list page size: 1–100, default 20. */
export function checkLimit(limit: unknown): number {
  if (limit === undefined) return 20;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new ConnectError('invalid_request', { message: 'The page size must be from 1 to 100.' });
  }
  return limit;
}

let currencies: ReadonlySet<string> | undefined;

/** ISO 4217 codes the runtime knows; no table of our own to keep up to date. */
function knownCurrencies(): ReadonlySet<string> {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies;
}
