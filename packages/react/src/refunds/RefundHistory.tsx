import { formatMoney, type RefundSummary } from '@pelago/connect-core';
import { styled } from 'styled-components';
import { space } from '../theme/space';
import { formatDate } from './formatDate';
import { refundReasonText, refundStatusBadge, refundStatusDetails } from './refundStatusText';
import { StatusBadge } from './StatusBadge';
import type { RefundText } from './useRefundMessages';

/** Props of {@link RefundHistory}. */
export interface RefundHistoryProps {
  refunds: RefundSummary[];
  text: RefundText;
  headingId: string;
  headingLevel: number;
}

/** The refunds of a charge, newest first, each with its status in words and an icon. */
export function RefundHistory({ refunds, text, headingId, headingLevel }: RefundHistoryProps) {
  const { t, lang } = text;
  const Heading = `h${Math.min(headingLevel, 6)}` as 'h3';
  return (
    <section aria-labelledby={headingId}>
      <SectionTitle as={Heading} id={headingId}>
        {t('historyTitle')}
      </SectionTitle>
      {refunds.length === 0 ? (
        <Muted>{t('historyEmpty')}</Muted>
      ) : (
        <List>
          {refunds.map((refund) => {
            const badge = refundStatusBadge[refund.status] ?? refundStatusBadge.unknown;
            const reason = refund.reason ? t(refundReasonText[refund.reason]) : undefined;
            return (
              <Item key={refund.id} data-status={refund.status}>
                <Line>
                  <strong>
                    {t('historyItem', {
                      amount: formatMoney(refund.amount, refund.currency, lang),
                      date: formatDate(refund.created, lang),
                    })}
                  </strong>
                  <StatusBadge tone={badge.tone}>{t(badge.text)}</StatusBadge>
                </Line>
                {refundStatusDetails(refund).map((key) => (
                  <Detail key={key}>{t(key)}</Detail>
                ))}
                {(reason || refund.note) && (
                  <Muted>{[reason, refund.note].filter(Boolean).join(' — ')}</Muted>
                )}
              </Item>
            );
          })}
        </List>
      )}
    </section>
  );
}

export const SectionTitle = styled.h3`
  margin-block-end: ${space(2)};
  font-size: 1.0625em;
  font-weight: 700;
`;

const List = styled.ul`
  display: grid;
  gap: ${space(2)};
`;

const Item = styled.li`
  display: grid;
  gap: ${space(1)};
  padding: ${space(3)};
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-surface);

  &[data-status='failed'] {
    border-inline-start: 4px solid var(--pelago-color-danger);
  }
`;

const Line = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${space(2)};
`;

const Detail = styled.p`
  max-width: 65ch;
`;

const Muted = styled.p`
  max-width: 65ch;
  color: var(--pelago-color-text-muted);
  overflow-wrap: anywhere;
`;
