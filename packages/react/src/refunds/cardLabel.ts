import type { ChargeSummary } from '@pelago/connect-core';
import type { RefundText } from './useRefundMessages';

// Payment method details name brands in lowercase codes (`amex`); older card objects in words
// (`American Express`), which show as they are.
const brandNames: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
};

/** `Visa •••• 4242`, or "the original payment method" when Stripe gave no card. */
export function cardLabel(charge: ChargeSummary, t: RefundText['t']): string {
  if (!charge.cardLast4) return t('cardUnknown');
  const raw = charge.cardBrand?.trim() || 'Card';
  const brand =
    brandNames[raw] ?? (raw === raw.toLowerCase() ? capitalise(raw.replace(/_/g, ' ')) : raw);
  return t('cardNumber', { brand, last4: charge.cardLast4 });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
