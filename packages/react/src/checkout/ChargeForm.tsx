import { formatMoney } from '@pelago/connect-core';
import { type FormEvent, useEffect, useId, useRef } from 'react';
import { keyframes, styled } from 'styled-components';
import { LiveRegion } from '../a11y/LiveRegion';
import { Button } from '../controls/Button';
import { ErrorBox } from '../controls/ErrorBox';
import { focusRing } from '../theme/focusRing';
import { KitRoot } from '../theme/KitRoot';
import { space } from '../theme/space';
import { ChargeResult } from './ChargeResult';
import type { CheckoutMessageKey } from './enCheckout';
import { isolated } from './isolated';
import type { PaymentsUnavailableReason } from './paymentsUnavailable';
import { type UseChargeFormOptions, useChargeForm } from './useChargeForm';
import { useCheckoutMessages } from './useCheckoutMessages';

/** Props of {@link ChargeForm}: those of {@link useChargeForm}, and a class for the form. */
export interface ChargeFormProps extends UseChargeFormOptions {
  className?: string;
}

/**
 * An attendee's card payment on the merchant's own Stripe account: the amount, a Card Element
 * (Stripe.js, loaded when the form mounts, themed like the kit) and a "Pay $25.00" button.
 * Every state says what happened and what to do: payments unavailable, Stripe.js blocked (with
 * Try again when the form loads it itself), card errors inline in the page's language, a
 * decline with its reason, a card that needs its bank's check, a lost answer (Try again,
 * charged at most once), and the receipt once paid.
 * Needs a provider with an `endpoint` or a `client`.
 *
 * @example
 * <ChargeForm amount={2500} currency="usd" description="Spring conference, 1 ticket"
 *   metadata={{ order: 'ORD-1001' }} onSucceeded={(charge) => showTicket(charge.id)} />
 */
export function ChargeForm(props: ChargeFormProps) {
  return (
    <KitRoot caller="ChargeForm">
      <ChargeFormView {...props} />
    </KitRoot>
  );
}

const unavailableText: Record<PaymentsUnavailableReason, CheckoutMessageKey> = {
  amount_invalid: 'amountInvalid',
  currency_invalid: 'amountInvalid',
  not_connected: 'unavailableBody',
  publishable_key_missing: 'unavailableBody',
  publishable_key_mismatch: 'unavailableBody',
  charges_not_permitted: 'unavailableBody',
  check_failed: 'unavailableCheckFailed',
};

function ChargeFormView({ className, ...options }: ChargeFormProps) {
  const text = useCheckoutMessages('ChargeForm');
  const { t, lang } = text;
  const id = useId();
  const form = useChargeForm(options);
  const { status, card, failure } = form;
  const amount = formatMoney(form.amount, form.currency, lang);
  const resultRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const stopped = status === 'failed' && !form.canPay;

  // Focus follows the outcome: to the receipt once paid, to the explanation when no button is
  // left to hold it.
  useEffect(() => {
    if (status === 'succeeded') resultRef.current?.focus();
  }, [status]);
  useEffect(() => {
    if (stopped) failureRef.current?.focus();
  }, [stopped]);

  const fallbackLang = text.fellBack ? 'en' : undefined;
  if (status === 'succeeded' && form.charge) {
    return (
      <Form as="div" className={className} lang={fallbackLang} data-state={status}>
        <ChargeResult
          focusRef={resultRef}
          charge={form.charge}
          paidWith={form.paidWith}
          receiptEmail={options.receiptEmail}
          text={text}
        />
      </Form>
    );
  }

  if (status === 'unavailable' || status === 'load_failed') {
    const reason = form.unavailable;
    // A host's own Stripe.js that failed cannot be loaded again: no button that cannot work.
    const body: CheckoutMessageKey =
      status === 'load_failed'
        ? form.canReload
          ? 'loadFailedBody'
          : 'loadFailedReloadPage'
        : unavailableText[reason ?? 'not_connected'];
    return (
      <Form as="div" className={className} lang={fallbackLang} data-state={status}>
        <ErrorBox
          alert
          title={t(status === 'load_failed' ? 'loadFailedTitle' : 'unavailableTitle')}
          actions={
            form.canReload && (
              <Button type="button" onClick={form.reload}>
                {t('tryAgain')}
              </Button>
            )
          }
        >
          <p>{t(body)}</p>
        </ErrorBox>
        <LiveRegion message="" />
      </Form>
    );
  }

  if (status === 'checking') {
    return (
      <Form as="div" className={className} lang={fallbackLang} data-state={status} aria-busy="true">
        <Muted>{t('checkingPayments')}</Muted>
        <LiveRegion message="" />
      </Form>
    );
  }

  const paying = status === 'paying';
  const loading = status === 'loading';
  const retrying = failure?.kind === 'retry';
  const errorId = `${id}card-error`;
  const hintId = `${id}card-hint`;
  const announcement = paying ? t('payingAnnouncement', { amount }) : (card.error ?? '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.pay();
  };

  return (
    <Form
      className={className}
      lang={fallbackLang}
      aria-label={t('formLabel')}
      aria-busy={loading || paying || undefined}
      data-state={status}
      data-failure={failure?.kind}
      noValidate
      onSubmit={onSubmit}
    >
      <Amount>{isolated(t('amountDue'), { amount })}</Amount>
      <Field
        role="group"
        aria-labelledby={`${id}card-label`}
        aria-describedby={card.error ? `${errorId} ${hintId}` : hintId}
      >
        {/* The card inputs live in Stripe's iframe: no <label for> can reach them. */}
        <FieldLabel id={`${id}card-label`} onClick={form.focusCard}>
          {t('cardLabel')}
        </FieldLabel>
        <CardBox
          data-focused={card.focused || undefined}
          data-invalid={card.error ? '' : undefined}
          data-disabled={paying || retrying || stopped || undefined}
        >
          <CardMount ref={form.cardRef} />
          {!card.ready && (
            <Skeleton data-skeleton="">
              {/* Only this bar moves: the text stays at full contrast. */}
              <SkeletonBar aria-hidden="true" data-skeleton-bar="" />
              <span>{t('cardLoading')}</span>
            </Skeleton>
          )}
        </CardBox>
        {card.error && <FieldError id={errorId}>{card.error}</FieldError>}
        <Hint id={hintId}>{t('securedBy')}</Hint>
      </Field>
      {failure && (
        <FailureFocus ref={failureRef} tabIndex={-1}>
          {/* An unknown outcome is not a failure: its title must not say the payment failed. */}
          <ErrorBox alert title={t(retrying ? 'retryTitle' : 'failedTitle')}>
            <p>{t(failure.messageKey)}</p>
          </ErrorBox>
        </FailureFocus>
      )}
      {!stopped && (
        <PayButton type="submit" data-variant="primary" aria-disabled={!form.canPay || undefined}>
          {/* One flex item: the button's flex layout would drop the spaces around the amount. */}
          <ButtonText>
            {paying
              ? isolated(t('paying'), { amount })
              : retrying
                ? t('tryAgain')
                : isolated(t('payButton'), { amount })}
          </ButtonText>
        </PayButton>
      )}
      <LiveRegion message={announcement} />
    </Form>
  );
}

const Form = styled.form`
  container-type: inline-size;
  display: grid;
  gap: ${space(4)};
  width: 100%;
  max-width: 32rem;
  min-width: 0;

  /* On a right-to-left page each sentence still reads in the direction of its own words: an
     English one keeps its full stop after the email, an Arabic one before it. The values inside
     are isolated (<bdi>). The lines still align with the page: "start" would follow each
     sentence's own direction. */
  & p {
    unicode-bidi: plaintext;
    text-align: left;
  }
  & p:dir(rtl) {
    text-align: right;
  }
`;

const Amount = styled.p`
  font-size: 1.125em;
  font-weight: 700;
  font-variant-numeric: tabular-nums;
`;

const Field = styled.div`
  display: grid;
  gap: ${space(2)};
  min-width: 0;
`;

const FieldLabel = styled.div`
  font-weight: 600;
  cursor: default;
`;

const CardBox = styled.div`
  display: grid;
  align-items: center;
  min-height: 2.75rem;
  padding: ${space(3)};
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);

  & > * {
    grid-area: 1 / 1;
    min-width: 0;
  }
  &[data-focused] {
    outline: 2px solid var(--pelago-color-focus);
    outline-offset: 1px;
  }
  &[data-invalid] {
    border-color: var(--pelago-color-danger);
  }
  &[data-disabled] {
    background: var(--pelago-color-surface);
  }
`;

const CardMount = styled.div`
  min-height: 1.5em;
`;

const pulse = keyframes`
  from { opacity: 1; }
  to { opacity: 0.35; }
`;

const Skeleton = styled.div`
  display: flex;
  align-items: center;
  gap: ${space(3)};
  min-height: 1.5em;
  color: var(--pelago-color-text-muted);
  background: var(--pelago-color-background);
`;

// Decorative, where the card number will be; text is never animated (it would lose contrast).
const SkeletonBar = styled.span`
  flex: none;
  width: 2.5rem;
  height: 0.75rem;
  border-radius: 999px;
  background: var(--pelago-color-border);
  animation: ${pulse} 0.9s ease-in-out infinite alternate;

  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
`;

const FailureFocus = styled.div`
  border-radius: var(--pelago-border-radius);
  ${focusRing}
`;

const FieldError = styled.p`
  color: var(--pelago-color-danger);
  font-weight: 600;
`;

const Hint = styled.p`
  color: var(--pelago-color-text-muted);
  font-size: 0.9375em;
`;

const Muted = styled.p`
  color: var(--pelago-color-text-muted);
`;

// Like the sentences above: "Pay $25.00" reads in its own words' direction.
const ButtonText = styled.span`
  unicode-bidi: plaintext;
`;

// Until it can pay (Stripe.js loading, a payment under way) the button looks unavailable, not
// only announced so: a quiet surface with a dashed border, its text still at 4.5:1.
const PayButton = styled(Button)`
  && {
    width: 100%;
  }
  &&&&[aria-disabled='true'],
  &&&&:disabled {
    border-style: dashed;
    border-color: var(--pelago-color-border);
    background: var(--pelago-color-surface);
    color: var(--pelago-color-text-muted);
    filter: none;
  }
`;
