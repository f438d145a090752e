/** The roles the default policy knows. A host app with its own roles passes `can`. */
export type ConnectRole = 'owner' | 'admin' | 'viewer' | 'attendee';

/** What a request does, as the role policy sees it. */
export type ConnectAction =
  | 'key:read'
  | 'key:write'
  | 'charges:read'
  | 'charges:create'
  | 'refunds:create';

/** Decides whether a role may perform an action. */
export type CanPerform = (role: string, action: ConnectAction) => boolean;

/**
 * The default policy: `owner` and `admin` may do everything (connect or remove the key,
 * charge, refund); `viewer` may only read (`GET /key`, `GET /charges`); `attendee` may read the
 * key's status (for the publishable key checkout needs) and pay (`POST /charges`), but never list
 * charges or refund. Any other role may do nothing.
 */
export const defaultCan: CanPerform = (role, action) => {
  if (role === 'owner' || role === 'admin') return true;
  if (role === 'viewer') return action === 'key:read' || action === 'charges:read';
  if (role === 'attendee') return action === 'key:read' || action === 'charges:create';
  return false;
};
