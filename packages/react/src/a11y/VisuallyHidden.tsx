import type { ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';

/** Props of {@link VisuallyHidden}. */
export type VisuallyHiddenProps = ComponentPropsWithoutRef<'span'>;

/**
 * Text for screen readers only: off screen, yet read out in place (state words, "opens in a
 * new tab", live announcements).
 */
export function VisuallyHidden(props: VisuallyHiddenProps) {
  return <Hidden {...props} />;
}

const Hidden = styled.span`
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  padding: 0 !important;
  margin: -1px !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;
