import { type ChargeSummary, formatMoney } from '@pelago/connect-core';
import type { Ref } from 'react';
import { styled } from 'styled-components';
import { Button, ButtonRow } from '../controls/Button';
import { ErrorBox } from '../controls/ErrorBox';
import { space } from '../theme/space';
import { cardLabel } from './cardLabel';
import { FormTitle } from './RefundForm';
import { finalRefundRefusals, refundErrorKey } from './refundErrorKeys';
import { refundReasonText } from './refundStatusText';
import type { RefundState } from './useRefund';
import type { RefundText } from './useRefundMessages';

/** Props of {@link RefundConfirmation}. */
export interface RefundConfirmationProps {
  charge: ChargeSummary;
  refund: RefundState;
  text: RefundText;
  id: string;
  headingLevel: number;
  headingRef: Ref<HTMLHeadingElement>;
  confirmRef: Ref<HTMLButtonElement>;
  backRef: Ref<HTMLButtonElement>;
  onBack: () => void;
}

/**
 * Restates the refund before it is sent ("Refund $20.00 of $50.00 to Visa •••• 4242…"), then
 * sends it; after a failure, says why, what is left and what to do, and offers to try again.
 */
export function RefundConfirmation({
  charge,
  refund,
  text,
  id,
  headingLevel,
  headingRef,
  confirmRef,
  backRef,
  onBack,
}: RefundConfirmationProps) {
  const { t, lang } = text;
  const intent = refund.intent;
  if (!intent) return null;
  const money = (minor: number) => formatMoney(minor, charge.currency, lang);
  const submitting = refund.step === 'submitting';
  const failed = refund.step === 'failed' ? refund.error : undefined;
  // A refusal that sending again cannot change (disputed, already refunded…) offers only Back.
  const canSend = !failed || !finalRefundRefusals.has(failed.code);
  const left = money(charge.amountRefundable);
  const reason = intent.reason ? t(refundReasonText[intent.reason]) : intent.note;
  const Heading = `h${Math.min(headingLevel, 6)}` as 'h3';

  return (
    <Box aria-labelledby={`${id}confirm`} aria-busy={submitting || undefined}>
      <FormTitle as={Heading} id={`${id}confirm`} ref={headingRef} tabIndex={-1}>
        {t('confirmTitle')}
      </FormTitle>
      <Summary>
        {t('confirmSummary', {
          amount: money(intent.amount),
          total: money(charge.amount),
          card: cardLabel(charge, t),
        })}
      </Summary>
      {reason && <p>{t('confirmReason', { reason })}</p>}
      <p>
        {t('confirmLeftAfter', {
          left: money(Math.max(0, charge.amountRefundable - intent.amount)),
        })}
      </p>
      {failed && (
        <ErrorBox alert>
          <p>{t(refundErrorKey(failed.code), { left })}</p>
          <p>{t('leftToRefund', { left })}</p>
        </ErrorBox>
      )}
      <ButtonRow>
        {canSend && (
          <Button
            ref={confirmRef}
            type="button"
            data-variant="primary"
            aria-disabled={submitting || undefined}
            onClick={() => void refund.confirm()}
          >
            {submitting ? t('refunding') : failed ? t('retryRefund') : t('confirmRefund')}
          </Button>
        )}
        <Button
          ref={backRef}
          type="button"
          aria-disabled={submitting || undefined}
          onClick={onBack}
        >
          {t('confirmBack')}
        </Button>
      </ButtonRow>
    </Box>
  );
}

const Box = styled.section`
  display: grid;
  gap: ${space(3)};
  padding: ${space(4)};
  border: 2px solid var(--pelago-color-primary);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);

  & p {
    max-width: 65ch;
  }
`;

const Summary = styled.p`
  font-weight: 600;
`;
