import type { KeyMode } from '@pelago/connect-core';

const DASHBOARD = 'https://dashboard.stripe.com';

/** The permissions the prefilled form asks for: write access to Charges and to Refunds. */
export const requiredPermissions = ['rak_charge_write', 'rak_refund_write'] as const;

/** The API keys page of the Stripe Dashboard, on the test or the live side. */
export function apiKeysUrl(mode: KeyMode): string {
  return `${DASHBOARD}${mode === 'test' ? '/test' : ''}/apikeys`;
}

/**
 * The restricted key form with the name and both permissions filled in. Stripe does not
 * document these parameters, so the guide still explains every field; an empty name is left
 * out for the merchant to type.
 */
export function createRestrictedKeyUrl(mode: KeyMode, keyName: string): string {
  const name = keyName.trim();
  const query = [
    ...(name ? [`name=${encodeURIComponent(name)}`] : []),
    ...requiredPermissions.map((permission) => `permissions%5B%5D=${permission}`),
  ];
  return `${apiKeysUrl(mode)}/create?${query.join('&')}`;
}
