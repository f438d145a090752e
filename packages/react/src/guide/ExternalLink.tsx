import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { VisuallyHidden } from '../a11y/VisuallyHidden';
import { useFormatMessage } from '../i18n/useMessages';
import { focusRing } from '../theme/focusRing';
import { space } from '../theme/space';

/** Props of {@link ExternalLink}. */
export interface ExternalLinkProps {
  href: string;
  children: ReactNode;
}

/** A link to the Stripe Dashboard, in a new tab, saying so to screen readers. */
export function ExternalLink({ href, children }: ExternalLinkProps) {
  const t = useFormatMessage('ExternalLink');
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <VisuallyHidden> {t('opensInNewTab')}</VisuallyHidden>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path
          d="M9 2h5v5M14 2 7 9M12 9v5H2V4h5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
    </Link>
  );
}

// The arrow points away from the text on right-to-left pages too.
const Link = styled.a`
  && {
    display: inline-flex;
    align-items: center;
    gap: ${space(2)};
    min-height: 2.75em;
    padding: ${space(2)} ${space(4)};
    border: 1px solid var(--pelago-color-primary);
    border-radius: var(--pelago-border-radius);
    background: var(--pelago-color-background);
    font-weight: 600;
    text-decoration: none;
    ${focusRing}

    &:hover {
      background: var(--pelago-color-surface);
      text-decoration: underline;
    }

    & > svg {
      display: inline-block;
      flex: none;
    }

    &:dir(rtl) > svg {
      transform: scaleX(-1);
    }
  }
`;
