import { type ChargeSummary, formatMoney, type RefundSummary } from '@pelago/connect-core';
import type { Ref } from 'react';
import { styled } from 'styled-components';
import { Button, ButtonRow } from '../controls/Button';
import { space } from '../theme/space';
import { FormTitle } from './RefundForm';
import type { RefundText } from './useRefundMessages';

/** Props of {@link RefundResult}. */
export interface RefundResultProps {
  refund: RefundSummary;
  /** What is left to refund now, in minor units. */
  left: number;
  charge: ChargeSummary;
  text: RefundText;
  id: string;
  headingLevel: number;
  headingRef: Ref<HTMLHeadingElement>;
  onRefundAgain: () => void;
}

/** The refund just made: its amount, whether it is pending, and what is left. */
export function RefundResult({
  refund,
  left,
  charge,
  text,
  id,
  headingLevel,
  headingRef,
  onRefundAgain,
}: RefundResultProps) {
  const { t, lang } = text;
  const amount = formatMoney(refund.amount, refund.currency || charge.currency, lang);
  const title =
    refund.status === 'succeeded'
      ? t('resultSucceeded', { amount })
      : refund.status === 'pending'
        ? t('resultPending', { amount })
        : t('resultOther', { amount });
  const Heading = `h${Math.min(headingLevel, 6)}` as 'h3';
  return (
    <Box aria-labelledby={`${id}result`} data-status={refund.status}>
      <FormTitle as={Heading} id={`${id}result`} ref={headingRef} tabIndex={-1}>
        {title}
      </FormTitle>
      <p>
        {left > 0
          ? t('resultBody', { left: formatMoney(left, charge.currency, lang) })
          : t('resultNothingLeft')}
      </p>
      {left > 0 && (
        <ButtonRow>
          <Button type="button" onClick={onRefundAgain}>
            {t('refundAgain')}
          </Button>
        </ButtonRow>
      )}
    </Box>
  );
}

const Box = styled.section`
  display: grid;
  gap: ${space(3)};
  padding: ${space(4)};
  border: 1px solid var(--pelago-color-success);
  border-inline-start-width: 4px;
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);

  & p {
    max-width: 65ch;
  }
`;
