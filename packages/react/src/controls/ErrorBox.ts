import { styled } from 'styled-components';
import { space } from '../theme/space';

/** A server error or refusal: a bordered box in the danger colour. */
export const ErrorBox = styled.div`
  max-width: 65ch;
  padding: ${space(3)} ${space(4)};
  border: 1px solid var(--pelago-color-danger);
  border-inline-start-width: 4px;
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);
  color: var(--pelago-color-text);
`;
