import { styled } from 'styled-components';
import { space } from '../theme/space';

/** The look every kit text field, select and text area shares (inside a `&&` rule). */
export const fieldLook = `
  width: 100%;
  min-height: 2.75rem;
  padding: ${space(2)} ${space(3)};
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);

  &:focus {
    outline: none;
  }
  &:focus-visible {
    outline: 2px solid var(--pelago-color-focus);
    outline-offset: 1px;
  }
`;

/** A single-line text field in the kit's look. */
export const TextInput = styled.input`
  && {
    ${fieldLook}
  }
`;
