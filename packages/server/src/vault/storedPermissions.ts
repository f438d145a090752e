import type { KeyPermissions, Permission } from '@pelago/connect-core';

/**
 * Reads stored permissions (JSON text or an object), answering `unknown` for anything that is
 * not a known value, so a damaged row never claims a permission it does not have.
 */
export function parsePermissions(stored: unknown): KeyPermissions {
  let value: unknown = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      value = null;
    }
  }
  const object = (value ?? {}) as Record<string, unknown>;
  return { charges: asPermission(object.charges), refunds: asPermission(object.refunds) };
}

function asPermission(value: unknown): Permission {
  return value === 'write' || value === 'missing' ? value : 'unknown';
}
