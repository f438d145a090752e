import { type ChargeSummary, formatMoney, type RefundSummary } from '@pelago/connect-core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { LiveRegion } from '../a11y/LiveRegion';
import { Button, ButtonRow } from '../controls/Button';
import { ErrorBox } from '../controls/ErrorBox';
import { focusRing } from '../theme/focusRing';
import { KitRoot } from '../theme/KitRoot';
import { space } from '../theme/space';
import { cardLabel } from './cardLabel';
import { refundBlocker, refundBlockerText } from './chargeStatus';
import { formatDate } from './formatDate';
import { RefundConfirmation } from './RefundConfirmation';
import { RefundForm } from './RefundForm';
import { RefundHistory } from './RefundHistory';
import { RefundResult } from './RefundResult';
import { finalRefundRefusals, loadErrorKey } from './refundErrorKeys';
import { useCharge } from './useCharge';
import { useRefund } from './useRefund';
import { useRefundMessages } from './useRefundMessages';

/** Props of {@link RefundPanel}. */
export interface RefundPanelProps {
  /** The charge to show and refund (`ch_…`). */
  chargeId: string;
  /** Called once per refund the server made, with the refund (`pending` or `succeeded`). */
  onRefunded?: (refund: RefundSummary) => void;
  /** Shows a "Close" button and is called by it. */
  onClose?: () => void;
  /** Level of the panel's heading; its sections use the levels below. Default `2`. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Moves focus to the panel's heading once the charge is shown (after picking it in a list). */
  autoFocus?: boolean;
  className?: string;
}

/**
 * An admin's view of one charge: amount, date, card, description, customer, what was refunded
 * and what is left; the refunds made so far with their status; and a refund form (full or
 * partial, a reason, a confirmation that restates the refund). A disputed, uncaptured, failed
 * or fully refunded charge says why it cannot be refunded instead. Every refusal says what is
 * left and what to do. Needs a provider with an `endpoint` or a `client`.
 *
 * @example
 * <RefundPanel chargeId={selected} onRefunded={() => list.refresh()} onClose={() => setSelected(undefined)} />
 */
export function RefundPanel(props: RefundPanelProps) {
  return (
    <KitRoot caller="RefundPanel">
      <RefundPanelView {...props} />
    </KitRoot>
  );
}

/** Where focus goes after the next render: a part of the panel, or a field's id. */
type FocusTarget =
  | 'title'
  | 'form'
  | 'confirmTitle'
  | 'confirm'
  | 'result'
  | 'back'
  | 'retry'
  | string;

function RefundPanelView({
  chargeId,
  onRefunded,
  onClose,
  headingLevel = 2,
  autoFocus = false,
  className,
}: RefundPanelProps) {
  const text = useRefundMessages('RefundPanel');
  const { t, lang } = text;
  const id = useId();
  const state = useCharge(chargeId);
  const { charge } = state;
  const chargeRef = useRef(charge);
  chargeRef.current = charge;
  // The charge as it was when the last refund was made: until the refresh arrives, what is
  // left is worked out from it.
  const [madeOn, setMadeOn] = useState<ChargeSummary>();
  const focusNext = useRef<FocusTarget | null>(autoFocus ? 'title' : null);
  const refund = useRefund(charge, {
    onRefunded: (made) => {
      setMadeOn(chargeRef.current);
      focusNext.current = 'result';
      state.refresh();
      onRefunded?.(made);
    },
    onError: (error) => {
      focusNext.current = finalRefundRefusals.has(error.code) ? 'back' : 'confirm';
      if (finalRefundRefusals.has(error.code)) state.refresh();
    },
  });

  const refs = {
    title: useRef<HTMLHeadingElement>(null),
    form: useRef<HTMLHeadingElement>(null),
    confirm: useRef<HTMLHeadingElement>(null),
    confirmButton: useRef<HTMLButtonElement>(null),
    back: useRef<HTMLButtonElement>(null),
    result: useRef<HTMLHeadingElement>(null),
    retry: useRef<HTMLButtonElement>(null),
  };
  // Focus moves after the render that shows its target.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    const parts: Record<string, HTMLElement | null> = {
      title: refs.title.current,
      form: refs.form.current,
      confirmTitle: refs.confirm.current,
      confirm: refs.confirmButton.current ?? refs.back.current,
      result: refs.result.current,
      back: refs.back.current,
      retry: refs.title.current ?? refs.retry.current,
    };
    const element = Object.hasOwn(parts, target) ? parts[target] : document.getElementById(target);
    if (!element) return;
    focusNext.current = null;
    element.focus();
  });

  if (!charge) {
    if (state.loading) {
      return (
        <Panel className={className} aria-busy="true" lang={text.fellBack ? 'en' : undefined}>
          <Muted>{t('panelLoading')}</Muted>
          <LiveRegion message="" />
        </Panel>
      );
    }
    return (
      <Panel className={className} lang={text.fellBack ? 'en' : undefined}>
        <ErrorBox alert>{t(loadErrorKey(state.error?.code ?? 'internal_error'))}</ErrorBox>
        <ButtonRow>
          <Button
            ref={refs.retry}
            type="button"
            onClick={() => {
              focusNext.current = 'retry';
              state.refresh();
            }}
          >
            {t('panelRetry')}
          </Button>
          {onClose && (
            <Button type="button" onClick={onClose}>
              {t('panelClose')}
            </Button>
          )}
        </ButtonRow>
        <LiveRegion message="" />
      </Panel>
    );
  }

  const money = (minor: number) => formatMoney(minor, charge.currency, lang);
  const made = refund.step === 'succeeded' ? refund.refund : undefined;
  // Until the refreshed charge arrives, the refund just made is taken off what was left.
  const stale = made && madeOn === charge;
  const left = stale ? Math.max(0, charge.amountRefundable - made.amount) : charge.amountRefundable;
  const refunded = stale ? charge.amountRefunded + made.amount : charge.amountRefunded;
  const blocker = refundBlocker(charge);
  const inConfirmation =
    refund.step === 'confirming' || refund.step === 'submitting' || refund.step === 'failed';
  const announcement =
    refund.step === 'submitting' && refund.intent
      ? t('refundingAnnouncement', { amount: money(refund.intent.amount) })
      : made
        ? t(left > 0 ? 'resultAnnouncement' : 'resultAnnouncementFull', {
            amount: formatMoney(made.amount, made.currency || charge.currency, lang),
            left: money(left),
          })
        : '';
  const Heading = `h${headingLevel}` as const;
  const sub = headingLevel + 1;

  const rows: [string, ReactNode][] = [
    [t('detailAmount'), money(charge.amount)],
    [t('detailDate'), formatDate(charge.created, lang)],
    [t('detailCard'), charge.cardLast4 ? cardLabel(charge, t) : '—'],
  ];
  if (charge.description) rows.push([t('detailDescription'), charge.description]);
  if (charge.receiptEmail) rows.push([t('detailCustomer'), charge.receiptEmail]);
  rows.push([t('detailRefunded'), money(refunded)]);

  let action: ReactNode;
  if (made) {
    action = (
      <RefundResult
        refund={made}
        left={left}
        charge={charge}
        text={text}
        id={id}
        headingLevel={sub}
        headingRef={refs.result}
        onRefundAgain={() => {
          focusNext.current = 'form';
          refund.reset();
        }}
      />
    );
  } else if (inConfirmation) {
    action = (
      <RefundConfirmation
        charge={charge}
        refund={refund}
        text={text}
        id={id}
        headingLevel={sub}
        headingRef={refs.confirm}
        confirmRef={refs.confirmButton}
        backRef={refs.back}
        onBack={() => {
          if (refund.step === 'submitting') return;
          focusNext.current = 'form';
          refund.back();
        }}
      />
    );
  } else if (blocker) {
    const Title = `h${Math.min(sub, 6)}` as 'h3';
    action = (
      <Notice aria-labelledby={`${id}blocked`}>
        <NoticeTitle as={Title} id={`${id}blocked`}>
          {t('notRefundableTitle')}
        </NoticeTitle>
        <p>{t(refundBlockerText[blocker])}</p>
      </Notice>
    );
  } else {
    action = (
      <RefundForm
        charge={charge}
        refund={refund}
        text={text}
        id={id}
        headingLevel={sub}
        headingRef={refs.form}
        onReviewed={() => {
          focusNext.current = 'confirmTitle';
        }}
        onInvalid={(field) => {
          focusNext.current = `${id}${field}`;
        }}
      />
    );
  }

  return (
    <Panel
      className={className}
      aria-labelledby={`${id}title`}
      aria-busy={state.refreshing || undefined}
      lang={text.fellBack ? 'en' : undefined}
    >
      <Header>
        <Title as={Heading} id={`${id}title`} ref={refs.title} tabIndex={-1}>
          {t('panelTitle', { amount: money(charge.amount) })}
        </Title>
        {onClose && (
          <Button type="button" onClick={onClose}>
            {t('panelClose')}
          </Button>
        )}
      </Header>
      <Details>
        {rows.map(([term, detail]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
        <div data-left="">
          <dt>{t('detailLeft')}</dt>
          <dd>{money(left)}</dd>
        </div>
      </Details>
      {state.error && <ErrorBox alert>{t(loadErrorKey(state.error.code))}</ErrorBox>}
      {action}
      <RefundHistory
        refunds={state.refunds}
        text={text}
        headingId={`${id}history`}
        headingLevel={sub}
      />
      <LiveRegion message={announcement} />
    </Panel>
  );
}

const Panel = styled.section`
  container-type: inline-size;
  display: grid;
  gap: ${space(5)};
  width: 100%;
  padding: ${space(5)};
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);

  @container (max-width: 24rem) {
    padding: ${space(3)};
  }
`;

const Header = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${space(3)};
`;

const Title = styled.h2`
  font-size: 1.25em;
  font-weight: 700;
  line-height: 1.3;
  ${focusRing}
`;

const Muted = styled.p`
  color: var(--pelago-color-text-muted);
`;

const Details = styled.dl`
  display: grid;
  gap: ${space(2)};
  margin: 0;

  & > div {
    display: grid;
    grid-template-columns: minmax(7rem, 11rem) minmax(0, 1fr);
    gap: ${space(3)};
  }
  & dt {
    color: var(--pelago-color-text-muted);
  }
  & dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
  }
  & > div[data-left] {
    padding-block-start: ${space(2)};
    border-block-start: 1px solid var(--pelago-color-border);
    font-size: 1.125em;
    font-weight: 700;
  }
  & > div[data-left] dt {
    color: var(--pelago-color-text);
  }

  @container (max-width: 24rem) {
    & > div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
`;

const Notice = styled.section`
  display: grid;
  gap: ${space(2)};
  max-width: 65ch;
  padding: ${space(4)};
  border: 1px solid var(--pelago-color-border);
  border-inline-start-width: 4px;
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-surface);
`;

const NoticeTitle = styled.h3`
  font-weight: 700;
`;
