import { styled } from 'styled-components';
import { space } from '../theme/space';

/**
 * "Test mode" or "Live mode" as a pill. Live mode is filled in the text colour so it stands
 * out as real money, never in the success colour (it is not a result); test mode is dashed.
 */
export const ModeBadge = styled.span`
  display: inline-block;
  padding: 0 ${space(2)};
  border: 1px dashed var(--pelago-color-border);
  border-radius: 999px;
  font-size: 0.8125em;
  font-weight: 600;
  line-height: 1.6;
  white-space: nowrap;

  &[data-mode='live'] {
    border: 1px solid var(--pelago-color-text);
    background: var(--pelago-color-text);
    color: var(--pelago-color-background);
  }
`;
