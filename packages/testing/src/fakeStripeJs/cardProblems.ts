import { cvcLength, detectBrand, isValidCardNumber, numberLength } from './cardNumber';
import { type ExpiryDigits, expiryProblem } from './expiry';

/** What the three inputs hold, as digits. */
export interface CardValues {
  number: string;
  expiry: ExpiryDigits;
  cvc: string;
}

/** The three inputs, in the order their problems are reported. */
export type CardField = 'number' | 'expiry' | 'cvc';
/** The three inputs in page order. */
export const cardFields: readonly CardField[] = ['number', 'expiry', 'cvc'];

/** Stripe.js's own English wording for each code. */
export const cardErrorMessages: Readonly<Record<string, string>> = {
  incomplete_number: 'Your card number is incomplete.',
  invalid_number: 'Your card number is invalid.',
  incomplete_expiry: "Your card's expiration date is incomplete.",
  invalid_expiry_month: "Your card's expiration month is invalid.",
  invalid_expiry_month_past: "Your card's expiration date is in the past.",
  invalid_expiry_year_past: "Your card's expiration year is in the past.",
  invalid_expiry_year: "Your card's expiration year is invalid.",
  incomplete_cvc: "Your card's security code is incomplete.",
};

/** A field's value is wrong however it goes on (`invalid_…`), or not finished (`incomplete_…`). */
export function fieldProblem(field: CardField, values: CardValues): string | null {
  const brand = detectBrand(values.number);
  if (field === 'number') {
    if (values.number.length < numberLength(brand)) return 'incomplete_number';
    return isValidCardNumber(values.number) ? null : 'invalid_number';
  }
  if (field === 'expiry') {
    const { month, year } = values.expiry;
    const invalid = expiryProblem(values.expiry);
    if (invalid) return invalid;
    return month.length === 2 && year.length === 2 ? null : 'incomplete_expiry';
  }
  return values.cvc.length < cvcLength(brand) ? 'incomplete_cvc' : null;
}

/** Whether the problem is only that the field is not finished yet. */
export function isIncomplete(code: string): boolean {
  return code.startsWith('incomplete_');
}

/** Whether a field holds nothing. */
export function isFieldEmpty(field: CardField, values: CardValues): boolean {
  return field === 'expiry'
    ? values.expiry.month === '' && values.expiry.year === ''
    : values[field] === '';
}

/**
 * The error a `change` event reports: the first field's `invalid_…` problem, or its
 * `incomplete_…` one once the attendee has left it with something in it (Stripe.js waits for
 * blur before calling a number incomplete).
 */
export function visibleProblem(values: CardValues, left: ReadonlySet<CardField>): string | null {
  for (const field of cardFields) {
    const problem = fieldProblem(field, values);
    if (!problem) continue;
    if (!isIncomplete(problem)) return problem;
    if (left.has(field) && !isFieldEmpty(field, values)) return problem;
  }
  return null;
}

/** The first problem of any kind: what `createToken` answers instead of tokenizing. */
export function firstProblem(values: CardValues): string | null {
  for (const field of cardFields) {
    const problem = fieldProblem(field, values);
    if (problem) return problem;
  }
  return null;
}
