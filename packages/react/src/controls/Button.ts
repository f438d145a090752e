import { styled } from 'styled-components';
import { focusRing } from '../theme/focusRing';
import { space } from '../theme/space';

/**
 * The kit's one button. `data-variant`: `primary` (the one main action), `danger`
 * (disconnect), `link` (a quiet, underlined action); none for the rest. `aria-disabled="true"`
 * keeps a pending button focusable and announced while it ignores presses.
 */
export const Button = styled.button`
  /* The doubled class (&&) keeps the kit root's element reset from winning, whatever the order
     in which styles are injected. Components that restyle reset elements do the same. */
  && {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 6rem;
    min-height: 2.75rem;
    padding: ${space(2)} ${space(4)};
    border: 1px solid var(--pelago-color-border);
    border-radius: var(--pelago-border-radius);
    background: var(--pelago-color-background);
    font-weight: 600;
    text-align: center;
    ${focusRing}

    &:hover {
      background: var(--pelago-color-surface);
    }

    &[data-variant='primary'] {
      border-color: var(--pelago-color-primary);
      background: var(--pelago-color-primary);
      color: var(--pelago-color-on-primary);
    }
    &[data-variant='primary']:hover {
      filter: brightness(1.1);
    }

    &[data-variant='danger'] {
      border-color: var(--pelago-color-danger);
      color: var(--pelago-color-danger);
    }

    &[data-variant='link'] {
      min-width: 0;
      padding-inline: 0;
      justify-content: flex-start;
      text-align: start;
      border-color: transparent;
      background: none;
      color: var(--pelago-color-primary);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    &[aria-disabled='true'] {
      cursor: progress;
    }
  }
`;

/** A row of buttons that wraps on narrow screens. */
export const ButtonRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space(3)};
`;
