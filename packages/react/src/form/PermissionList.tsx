import type { KeyPermissions, Permission } from '@pelago/connect-core';
import { styled } from 'styled-components';
import { useFormatMessage } from '../i18n/useMessages';
import { space } from '../theme/space';

/** Props of {@link PermissionList}. */
export interface PermissionListProps {
  permissions: KeyPermissions;
  /** Accessible name of the list, e.g. "What Stripe confirmed". */
  label?: string;
}

/**
 * One line per permission the kit needs: "Charges: write access", "Refunds: missing" or
 * "…: could not be checked", each with an icon that screen readers skip (the words say it).
 */
export function PermissionList({ permissions, label }: PermissionListProps) {
  const t = useFormatMessage('PermissionList');
  const lines = [
    ['charges', t('permissionCharges')],
    ['refunds', t('permissionRefunds')],
  ] as const;
  return (
    <List aria-label={label}>
      {lines.map(([name, permission]) => {
        const state = permissions[name];
        return (
          <StateLine as="li" key={name} data-permission={state} data-tone={TONES[state]}>
            <StateIcon aria-hidden="true">{ICONS[state]}</StateIcon>
            <span>{t(TEXT[state], { permission })}</span>
          </StateLine>
        );
      })}
    </List>
  );
}

/**
 * False when Stripe could check neither permission (an expired key, a rate limit, Stripe
 * down): a list of question marks would only mislead, so none is shown.
 */
export function wasChecked(permissions: KeyPermissions | undefined): boolean {
  return !!permissions && (permissions.charges !== 'unknown' || permissions.refunds !== 'unknown');
}

const ICONS: Record<Permission, string> = { write: '✓', missing: '✕', unknown: '?' };
const TONES = { write: 'good', missing: 'bad', unknown: 'pending' } as const;
const TEXT = {
  write: 'permissionWrite',
  missing: 'permissionMissing',
  unknown: 'permissionUnknown',
} as const;

const List = styled.ul`
  && {
    display: grid;
    gap: ${space(1)};
  }
`;

/**
 * A line that says a state in words after an icon screen readers skip; `data-tone` (`good`,
 * `bad`, `pending`) colours the icon, so colour is never the only sign.
 */
export const StateLine = styled.div`
  display: flex;
  align-items: baseline;
  gap: ${space(2)};
`;

/** The round icon at the start of a {@link StateLine}. */
export const StateIcon = styled.span`
  display: inline-grid;
  place-items: center;
  flex: none;
  width: 1.5em;
  height: 1.5em;
  border: 1px solid currentColor;
  border-radius: 50%;
  font-size: 0.8125em;
  font-weight: 700;
  line-height: 1;

  [data-tone='good'] > & {
    color: var(--pelago-color-success);
  }
  [data-tone='bad'] > & {
    color: var(--pelago-color-danger);
  }
  [data-tone='pending'] > & {
    color: var(--pelago-color-text-muted);
  }
`;
