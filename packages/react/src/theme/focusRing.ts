import { css } from 'styled-components';

/**
 * The kit's keyboard focus indicator: a 2px ring in `--pelago-color-focus` with a gap in the
 * background colour, so it stays visible on the primary colour too.
 */
export const focusRing = css`
  &:focus {
    outline: none;
  }
  &:focus-visible {
    outline: 2px solid var(--pelago-color-focus);
    outline-offset: 2px;
  }
`;
