import { styled } from 'styled-components';
import { fieldLook } from '../controls/TextInput';
import { space } from '../theme/space';

/** A label, its control, a hint and a refusal, stacked. */
export const Field = styled.div`
  display: grid;
  gap: ${space(1)};
  min-width: 0;
`;

export const Label = styled.label`
  font-weight: 600;
`;

export const Hint = styled.p`
  color: var(--pelago-color-text-muted);
  font-size: 0.875em;
`;

export const Problem = styled.p`
  max-width: 65ch;
  color: var(--pelago-color-danger);
  font-size: 0.9375em;
`;

const control = `
  ${fieldLook}
  &[aria-invalid='true'] {
    border-color: var(--pelago-color-danger);
    border-inline-start-width: 4px;
  }
`;

/** A native select in the kit's look, keeping the browser's own arrow. */
export const Select = styled.select`
  && {
    ${control}
    appearance: auto;
  }
`;

export const TextArea = styled.textarea`
  && {
    ${control}
    min-height: 5rem;
    resize: vertical;
  }
`;

/** The amount field with its currency code drawn inside, on the end side. */
export const AmountBox = styled.div`
  display: flex;
  align-items: stretch;
  max-width: 16rem;
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);

  &:focus-within {
    outline: 2px solid var(--pelago-color-focus);
    outline-offset: 1px;
  }
  &:has(input[aria-invalid='true']) {
    border-color: var(--pelago-color-danger);
    border-inline-start-width: 4px;
  }

  && input {
    /* No intrinsic width: the field fits a 320px screen and the currency keeps its place. */
    flex: 1;
    width: 0;
    min-width: 0;
    min-height: 2.75rem;
    padding: ${space(2)} ${space(3)};
    border: 0;
    background: transparent;
    outline: none;
    font-variant-numeric: tabular-nums;
  }
`;

export const Currency = styled.span`
  display: flex;
  align-items: center;
  padding-inline: ${space(3)};
  border-inline-start: 1px solid var(--pelago-color-border);
  color: var(--pelago-color-text-muted);
  font-weight: 600;
`;

/** A group of radio choices with a visible legend. */
export const Choices = styled.fieldset`
  display: grid;
  gap: ${space(2)};
  margin: 0;
  padding: 0;
  border: 0;
  min-width: 0;

  & legend {
    padding: 0;
    margin-block-end: ${space(1)};
    font-weight: 600;
  }
`;

export const Choice = styled.label`
  display: flex;
  align-items: center;
  gap: ${space(2)};
  min-height: 2.75rem;
  cursor: pointer;

  && input {
    appearance: auto;
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--pelago-color-primary);
  }
  && input:focus-visible {
    outline: 2px solid var(--pelago-color-focus);
    outline-offset: 2px;
  }
`;
