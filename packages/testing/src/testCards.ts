/**
 * Stripe's documented test card numbers the sandbox knows, each with the emulator's test token
 * that behaves the same, or `authentication_required` for the card that demands 3-D Secure
 * (which the Charges API cannot do).
 */
export interface TestCard {
  number: string;
  brand: string;
  /** The emulator's token for the same behaviour, or a behaviour the sandbox answers itself. */
  behaviour: string;
}

export const testCards: readonly TestCard[] = [
  { number: '4242424242424242', brand: 'Visa', behaviour: 'tok_visa' },
  { number: '4000056655665556', brand: 'Visa', behaviour: 'tok_visa_debit' },
  { number: '5555555555554444', brand: 'MasterCard', behaviour: 'tok_mastercard' },
  { number: '5200828282828210', brand: 'MasterCard', behaviour: 'tok_mastercard_debit' },
  { number: '378282246310005', brand: 'American Express', behaviour: 'tok_amex' },
  { number: '4000000000000002', brand: 'Visa', behaviour: 'tok_chargeDeclined' },
  {
    number: '4000000000009995',
    brand: 'Visa',
    behaviour: 'tok_chargeDeclinedInsufficientFunds',
  },
  { number: '4100000000000019', brand: 'Visa', behaviour: 'tok_chargeDeclinedFraudulent' },
  { number: '4000000000000127', brand: 'Visa', behaviour: 'tok_chargeDeclinedIncorrectCvc' },
  { number: '4000000000000069', brand: 'Visa', behaviour: 'tok_chargeDeclinedExpiredCard' },
  { number: '4000000000000119', brand: 'Visa', behaviour: 'tok_chargeDeclinedProcessingError' },
  { number: '4000000000000259', brand: 'Visa', behaviour: 'tok_createDispute' },
  { number: '4000002500003155', brand: 'Visa', behaviour: 'authentication_required' },
];

/**
 * The test tokens every Stripe test account accepts as a charge's `source` (the emulator's
 * list). Any other `tok_…` must have been made on the charging account.
 */
export const sharedTestTokens: ReadonlySet<string> = new Set([
  'tok_visa',
  'tok_visa_debit',
  'tok_mastercard',
  'tok_mastercard_debit',
  'tok_mastercard_prepaid',
  'tok_amex',
  'tok_ca',
  'tok_chargeCustomerFail',
  'tok_riskLevelElevated',
  'tok_chargeDeclined',
  'tok_chargeDeclinedInsufficientFunds',
  'tok_chargeDeclinedFraudulent',
  'tok_chargeDeclinedIncorrectCvc',
  'tok_chargeDeclinedExpiredCard',
  'tok_chargeDeclinedProcessingError',
  'tok_createDispute',
  'tok_createDisputeProductNotReceived',
  'tok_createDisputeInquiry',
  'tok_forget',
  'tok_429',
  'tok_500',
]);

/** The test card with `number` (spaces ignored), or undefined. */
export function findTestCard(number: string): TestCard | undefined {
  const digits = number.replace(/[\s-]/g, '');
  return testCards.find((card) => card.number === digits);
}

/** The Luhn check every card number passes. */
export function passesLuhn(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i += 1) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
