import type { SandboxPermission } from './sandboxKeys';

/** What a restricted key needs for a request: a sandbox permission, or a permission it cannot have. */
export type RequiredPermission =
  | { kind: 'sandbox'; permission: SandboxPermission }
  | { kind: 'other'; permission: string };

const routes: { method: string; path: RegExp; permission: SandboxPermission }[] = [
  { method: 'POST', path: /^\/v1\/charges$/, permission: 'charge_write' },
  { method: 'POST', path: /^\/v1\/charges\/[^/]+$/, permission: 'charge_write' },
  { method: 'POST', path: /^\/v1\/charges\/[^/]+\/capture$/, permission: 'charge_write' },
  { method: 'GET', path: /^\/v1\/charges\/[^/]+\/refunds$/, permission: 'refund_read' },
  { method: 'GET', path: /^\/v1\/charges(\/[^/]+)?$/, permission: 'charge_read' },
  { method: 'POST', path: /^\/v1\/refunds(\/[^/]+)?$/, permission: 'refund_write' },
  { method: 'GET', path: /^\/v1\/refunds(\/[^/]+)?$/, permission: 'refund_read' },
];

/**
 * The permission a restricted key needs for `method path`. Routes outside charges and refunds
 * name the `rak_` permission Stripe would ask for (derived from the resource), which the
 * sandbox's restricted keys never hold.
 */
export function requiredPermission(method: string, path: string): RequiredPermission {
  const upper = method.toUpperCase();
  for (const route of routes) {
    if (route.method === upper && route.path.test(path)) {
      return { kind: 'sandbox', permission: route.permission };
    }
  }
  const resource = path.split('/')[2] ?? 'account';
  const singular = resource.replace(/ies$/, 'y').replace(/s$/, '');
  const access = upper === 'GET' || upper === 'HEAD' ? 'read' : 'write';
  return { kind: 'other', permission: `${singular || 'account'}_${access}` };
}
