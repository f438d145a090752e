import type { ChargeSummary } from '@pelago/connect-core';
import { cardBrandName } from '../i18n/cardBrandName';
import type { RefundText } from './useRefundMessages';

/** `Visa •••• 4242`, or "the original payment method" when Stripe gave no card. */
export function cardLabel(charge: ChargeSummary, t: RefundText['t']): string {
  if (!charge.cardLast4) return t('cardUnknown');
  const brand = cardBrandName(charge.cardBrand) ?? 'Card';
  return t('cardNumber', { brand, last4: charge.cardLast4 });
}
