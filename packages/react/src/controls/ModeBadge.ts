import { styled } from 'styled-components';
import { space } from '../theme/space';

/** "Test mode" or "Live mode" as a pill; `data-mode="live"` draws it in the success colour. */
export const ModeBadge = styled.span`
  padding: 0 ${space(2)};
  border: 1px solid var(--pelago-color-border);
  border-radius: 999px;
  font-size: 0.8125em;
  font-weight: 600;
  line-height: 1.6;

  &[data-mode='live'] {
    border-color: var(--pelago-color-success);
    color: var(--pelago-color-success);
  }
`;
