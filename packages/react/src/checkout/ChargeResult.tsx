import { type ChargeSummary, formatMoney } from '@pelago/connect-core';
import type { Ref } from 'react';
import { styled } from 'styled-components';
import { cardBrandName } from '../i18n/cardBrandName';
import { focusRing } from '../theme/focusRing';
import { space } from '../theme/space';
import { isolated } from './isolated';
import type { ChargeFormState } from './useChargeForm';
import type { CheckoutText } from './useCheckoutMessages';

/** Props of {@link ChargeResult}. */
export interface ChargeResultProps {
  charge: ChargeSummary;
  paidWith: ChargeFormState['paidWith'];
  receiptEmail: string | undefined;
  text: CheckoutText;
  /** Focus goes here once paid, so the attendee hears the receipt at once. */
  focusRef: Ref<HTMLDivElement>;
}

/** What was paid, with which card, and the receipt reference (the charge id). */
export function ChargeResult({
  charge,
  paidWith,
  receiptEmail,
  text,
  focusRef,
}: ChargeResultProps) {
  const { t, lang } = text;
  const brand = cardBrandName(charge.cardBrand) ?? cardBrandName(paidWith?.brand);
  const last4 = charge.cardLast4 ?? paidWith?.last4;
  // "Visa •••• 4242" stays on one line: broken after the dots it reads as two things.
  const card = last4 ? (
    <Card>{t('paidCard', { brand: brand ?? '', last4 }).trim()}</Card>
  ) : (
    t('paidCardUnknown')
  );
  const email = charge.receiptEmail ?? receiptEmail;
  const amount = formatMoney(charge.amount, charge.currency, lang);
  // Each value is isolated, so on a right-to-left page the full stop stays at the end.
  return (
    <Box ref={focusRef} tabIndex={-1} role="status" data-status={charge.status}>
      <Title>{t('paidTitle')}</Title>
      <p>{isolated(t('paidSummary'), { amount, card })}</p>
      <p>{isolated(t('paidReceipt'), { reference: <code>{charge.id}</code> })}</p>
      {email && <p>{isolated(t('paidEmail'), { email })}</p>}
    </Box>
  );
}

const Box = styled.div`
  display: grid;
  gap: ${space(2)};
  padding: ${space(4)};
  border: 1px solid var(--pelago-color-success);
  border-inline-start-width: 4px;
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);
  overflow-wrap: anywhere;
  ${focusRing}

  & p {
    max-width: 65ch;
  }
`;

const Title = styled.p`
  && {
    font-size: 1.125em;
    font-weight: 700;
  }
`;

const Card = styled.span`
  white-space: nowrap;
`;
