import { type ChargeSummary, formatMoney } from '@pelago/connect-core';
import type { FormEvent, Ref } from 'react';
import { styled } from 'styled-components';
import { Button, ButtonRow } from '../controls/Button';
import { focusRing } from '../theme/focusRing';
import { space } from '../theme/space';
import type { RefundMessageKey } from './enRefunds';
import {
  AmountBox,
  Choice,
  Choices,
  Currency,
  Field,
  Hint,
  Label,
  Problem,
  Select,
  TextArea,
} from './formFields';
import {
  exampleAmount,
  maxRefundNoteLength,
  type RefundInputProblem,
  type RefundReasonChoice,
  type RefundState,
} from './useRefund';
import type { RefundText } from './useRefundMessages';

/** Props of {@link RefundForm}. */
export interface RefundFormProps {
  charge: ChargeSummary;
  refund: RefundState;
  text: RefundText;
  id: string;
  headingLevel: number;
  headingRef: Ref<HTMLHeadingElement>;
  /** Called after a review that went on to the confirmation. */
  onReviewed: () => void;
  /** Called after a review that found a problem, with the field to focus. */
  onInvalid: (field: 'amount' | 'reason' | 'note') => void;
}

const problemText: Record<RefundInputProblem, RefundMessageKey> = {
  amount_missing: 'amountMissing',
  amount_malformed: 'amountMalformed',
  amount_zero: 'amountZero',
  amount_too_large: 'amountTooLarge',
  nothing_left: 'notRefundableRefunded',
  reason_missing: 'reasonMissing',
  note_missing: 'noteMissing',
  note_too_long: 'noteTooLong',
};

const reasons: [RefundReasonChoice, RefundMessageKey][] = [
  ['duplicate', 'reasonDuplicate'],
  ['fraudulent', 'reasonFraudulent'],
  ['requested_by_customer', 'reasonRequestedByCustomer'],
  ['other', 'reasonOther'],
];

/** The refund form: full or partial, the amount with its currency, the reason and a note. */
export function RefundForm({
  charge,
  refund,
  text,
  id,
  headingLevel,
  headingRef,
  onReviewed,
  onInvalid,
}: RefundFormProps) {
  const { t, lang } = text;
  const left = formatMoney(charge.amountRefundable, charge.currency, lang);
  const currency = charge.currency.toUpperCase();
  const { problems } = refund;
  const say = (problem: RefundInputProblem | undefined) =>
    problem
      ? t(problemText[problem], {
          remaining: left,
          example: exampleAmount(charge.currency),
          max: maxRefundNoteLength,
        })
      : '';
  const Heading = `h${Math.min(headingLevel, 6)}` as 'h3';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refund.review()) {
      onReviewed();
      return;
    }
    // The problems of this review are not rendered yet: work them out from the same input.
    const first = firstInvalid(refund);
    if (first) onInvalid(first);
  };

  return (
    <Form onSubmit={submit} aria-labelledby={`${id}form`} noValidate>
      <FormTitle as={Heading} id={`${id}form`} ref={headingRef} tabIndex={-1}>
        {t('refundFormTitle')}
      </FormTitle>
      <Choices>
        <legend>{t('refundKindLabel')}</legend>
        <Choice>
          <input
            type="radio"
            name={`${id}kind`}
            value="full"
            checked={refund.kind === 'full'}
            onChange={() => refund.setKind('full')}
          />
          {t('refundFull', { amount: left })}
        </Choice>
        <Choice>
          <input
            type="radio"
            name={`${id}kind`}
            value="partial"
            checked={refund.kind === 'partial'}
            onChange={() => refund.setKind('partial')}
          />
          {t('refundPartial')}
        </Choice>
      </Choices>
      {refund.kind === 'partial' && (
        <Field>
          <Label htmlFor={`${id}amount`}>{t('amountLabel')}</Label>
          <AmountBox>
            <input
              id={`${id}amount`}
              name="amount"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={refund.amountText}
              onChange={(event) => refund.setAmountText(event.target.value)}
              aria-describedby={`${id}amountHint${problems.amount ? ` ${id}amountProblem` : ''}`}
              aria-invalid={problems.amount ? true : undefined}
            />
            <Currency aria-hidden="true">{currency}</Currency>
          </AmountBox>
          <Hint id={`${id}amountHint`}>{t('amountHint', { currency, remaining: left })}</Hint>
          {problems.amount && <Problem id={`${id}amountProblem`}>{say(problems.amount)}</Problem>}
        </Field>
      )}
      <Field>
        <Label htmlFor={`${id}reason`}>{t('reasonLabel')}</Label>
        <Select
          id={`${id}reason`}
          name="reason"
          value={refund.reason}
          onChange={(event) => refund.setReason(event.target.value as RefundReasonChoice)}
          aria-describedby={problems.reason ? `${id}reasonProblem` : undefined}
          aria-invalid={problems.reason ? true : undefined}
        >
          <option value="">{t('reasonChoose')}</option>
          {reasons.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </Select>
        {problems.reason && <Problem id={`${id}reasonProblem`}>{say(problems.reason)}</Problem>}
      </Field>
      {refund.reason === 'other' && (
        <Field>
          <Label htmlFor={`${id}note`}>{t('noteLabel')}</Label>
          <TextArea
            id={`${id}note`}
            name="note"
            value={refund.note}
            maxLength={maxRefundNoteLength + 100}
            onChange={(event) => refund.setNote(event.target.value)}
            aria-describedby={`${id}noteHint${problems.note ? ` ${id}noteProblem` : ''}`}
            aria-invalid={problems.note ? true : undefined}
          />
          <Hint id={`${id}noteHint`}>{t('noteHint')}</Hint>
          {problems.note && <Problem id={`${id}noteProblem`}>{say(problems.note)}</Problem>}
        </Field>
      )}
      {problems.amount === 'nothing_left' && <Problem>{say(problems.amount)}</Problem>}
      <ButtonRow>
        <Button type="submit" data-variant="primary">
          {t('reviewRefund')}
        </Button>
      </ButtonRow>
    </Form>
  );
}

function firstInvalid(refund: RefundState): 'amount' | 'reason' | 'note' | undefined {
  // review() refused: the same checks decide which field comes first.
  if (refund.kind === 'partial' && refund.amount === undefined) return 'amount';
  if (refund.reason === '') return 'reason';
  if (refund.reason === 'other') return 'note';
  return undefined;
}

const Form = styled.form`
  display: grid;
  gap: ${space(4)};
  padding: ${space(4)};
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-surface);

  & select,
  & textarea,
  & input {
    max-width: 28rem;
  }
`;

export const FormTitle = styled.h3`
  font-size: 1.0625em;
  font-weight: 700;
  ${focusRing}
`;
