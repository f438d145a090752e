import { styled } from 'styled-components';

/**
 * A paragraph of step instructions: `data-muted` for side notes, `data-emphasis` for a warning
 * the merchant must not miss (a live key is shown only once).
 */
export const StepText = styled.p`
  max-width: 65ch;

  &[data-muted] {
    color: var(--pelago-color-text-muted);
  }

  &[data-emphasis] {
    font-weight: 700;
  }
`;
