import type { CheckoutMessageKey } from './enCheckout';

/** What Stripe.js says is wrong with the card details: its code, and its own (English) words. */
export interface CardDetailsProblem {
  code?: string;
  message?: string;
}

// Stripe.js's validation codes, from the Card Element's `change` events and from `createToken`.
// Stripe.js writes them in the language given to `elements({ locale })`, but a fake or an older
// Stripe.js may not: the catalogue's words keep the field in the page's language.
const cardErrorKeys: Record<string, CheckoutMessageKey> = {
  incomplete_number: 'cardErrorIncompleteNumber',
  invalid_number: 'cardErrorInvalidNumber',
  incorrect_number: 'cardErrorInvalidNumber',
  incomplete_expiry: 'cardErrorIncompleteExpiry',
  invalid_expiry_month: 'cardErrorInvalidExpiryMonth',
  invalid_expiry_year: 'cardErrorInvalidExpiryYear',
  invalid_expiry_month_past: 'cardErrorExpiryPast',
  invalid_expiry_year_past: 'cardErrorExpiryPast',
  incomplete_cvc: 'cardErrorIncompleteCvc',
  invalid_cvc: 'cardErrorInvalidCvc',
  incorrect_cvc: 'cardErrorInvalidCvc',
  incomplete_zip: 'cardErrorIncompleteZip',
};

/**
 * The attendee's words for a card-details problem: the catalogue's for a code it knows,
 * otherwise Stripe.js's own message.
 */
export function cardErrorMessage(
  problem: CardDetailsProblem,
  t: (key: CheckoutMessageKey) => string,
): string | undefined {
  const key =
    problem.code && Object.hasOwn(cardErrorKeys, problem.code)
      ? cardErrorKeys[problem.code]
      : undefined;
  return key ? t(key) : problem.message || undefined;
}
