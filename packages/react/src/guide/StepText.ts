import { styled } from 'styled-components';

/** A paragraph of step instructions. */
export const StepText = styled.p`
  max-width: 65ch;

  &[data-muted] {
    color: var(--pelago-color-text-muted);
  }
`;
