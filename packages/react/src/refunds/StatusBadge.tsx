import { styled } from 'styled-components';
import { space } from '../theme/space';

/** The look of a status: the icon's shape carries it as much as the colour. */
export type BadgeTone = 'success' | 'pending' | 'danger' | 'neutral' | 'attention';

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  tone: BadgeTone;
  /** The status in words: the badge is never colour alone. */
  children: string;
}

// The icon's shape says the status too, for readers who cannot tell the colours apart.
const icons: Record<BadgeTone, string> = {
  success: '✓',
  pending: '◷',
  danger: '✕',
  attention: '!',
  neutral: '–',
};

/** A status in words with an icon: a tick, a clock, a cross, an exclamation mark or a dash. */
export function StatusBadge({ tone, children }: StatusBadgeProps) {
  return (
    <Badge data-tone={tone}>
      <Icon aria-hidden="true">{icons[tone]}</Icon>
      {children}
    </Badge>
  );
}

const Icon = styled.span`
  flex: none;
  font-weight: 700;
`;

const Badge = styled.span`
  display: inline-flex;
  align-items: center;
  gap: ${space(1)};
  padding: 0 ${space(2)};
  border: 1px solid currentColor;
  border-radius: 999px;
  font-size: 0.8125em;
  font-weight: 600;
  line-height: 1.6;
  white-space: nowrap;
  color: var(--pelago-color-text-muted);

  &[data-tone='success'] {
    color: var(--pelago-color-success);
  }
  &[data-tone='danger'],
  &[data-tone='attention'] {
    color: var(--pelago-color-danger);
  }
  &[data-tone='pending'] {
    color: var(--pelago-color-text);
  }
`;
