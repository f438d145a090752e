import { styled } from 'styled-components';
import { focusRing } from '../theme/focusRing';

/** A link in the kit's look, e.g. the host's help or sign-in page next to an error. */
export const TextLink = styled.a`
  color: var(--pelago-color-primary);
  font-weight: 600;
  text-decoration: underline;
  text-underline-offset: 0.15em;
  ${focusRing}
`;
