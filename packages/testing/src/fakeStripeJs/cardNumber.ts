import { passesLuhn } from '../testCards';
import type { FakeCardBrand } from './types';

const brandPrefixes: ReadonlyArray<[FakeCardBrand, RegExp]> = [
  ['visa', /^4/],
  ['amex', /^3[47]/],
  ['mastercard', /^(5[1-5]|2[2-7])/],
  ['discover', /^(6011|64[4-9]|65)/],
];

/** The brand a (possibly partial) card number starts like, as Stripe.js names it. */
export function detectBrand(digits: string): FakeCardBrand {
  for (const [brand, prefix] of brandPrefixes) if (prefix.test(digits)) return brand;
  return 'unknown';
}

/** How the Stripe API names a brand on a token's card. */
export const apiBrandNames: Readonly<Record<FakeCardBrand, string>> = {
  visa: 'Visa',
  mastercard: 'MasterCard',
  amex: 'American Express',
  discover: 'Discover',
  unknown: 'Unknown',
};

/** How many digits a complete number of that brand has. */
export function numberLength(brand: FakeCardBrand): number {
  return brand === 'amex' ? 15 : 16;
}

/** Digits grouped as printed on the card: 4-6-5 for American Express, fours otherwise. */
export function formatCardNumber(digits: string): string {
  const groups = detectBrand(digits) === 'amex' ? [4, 6, 5] : [4, 4, 4, 4];
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(' ');
}

/** Whether a card number of its brand's full length passes the Luhn check. */
export function isValidCardNumber(digits: string): boolean {
  return digits.length === numberLength(detectBrand(digits)) && passesLuhn(digits);
}

/** How many digits a security code of that brand has. */
export function cvcLength(brand: FakeCardBrand): number {
  return brand === 'amex' ? 4 : 3;
}
