import { createCharge, getCharge, listCharges } from './chargeRoutes';
import { deleteKey, getKey, putKey, putPublishableKey, reverifyKey } from './keyRoutes';
import { createRefund } from './refundRoutes';
import type { RouteSpec } from './routeTypes';

type Methods = Readonly<Record<string, RouteSpec>>;

/** The API's routes, by path under `basePath`, then by method. */
export const routeTable: Readonly<Record<string, Methods>> = {
  '/key': {
    GET: { action: 'key:read', changesState: false, readsBody: false, run: getKey },
    POST: { action: 'key:write', changesState: true, readsBody: true, run: putKey },
    DELETE: { action: 'key:write', changesState: true, readsBody: false, run: deleteKey },
  },
  '/key/verify': {
    POST: { action: 'key:write', changesState: true, readsBody: false, run: reverifyKey },
  },
  '/key/publishable': {
    PUT: { action: 'key:write', changesState: true, readsBody: true, run: putPublishableKey },
  },
  '/charges': {
    GET: { action: 'charges:read', changesState: false, readsBody: false, run: listCharges },
    POST: { action: 'charges:create', changesState: true, readsBody: true, run: createCharge },
  },
  '/refunds': {
    POST: { action: 'refunds:create', changesState: true, readsBody: true, run: createRefund },
  },
};

/**
 * Routes with one id segment, by the path before it. An id is what Stripe's ids are made of
 * (`[A-Za-z0-9_]`, 1–255 characters); any other segment answers 404, so nothing the URL parser
 * would decode or resolve (`%2F`, `..`, `.`) reaches a route.
 */
const idRoutes: Readonly<Record<string, Methods>> = {
  '/charges': {
    GET: { action: 'charges:read', changesState: false, readsBody: false, run: getCharge },
  },
};

const idSegment = /^[A-Za-z0-9_]{1,255}$/;

/** The methods and captured segments for a path under `basePath`, or null for none. */
export function matchRoute(
  rest: string,
): { methods: Methods; params: Readonly<Record<string, string>> } | null {
  if (Object.hasOwn(routeTable, rest)) return { methods: routeTable[rest]!, params: {} };
  const slash = rest.lastIndexOf('/');
  if (slash <= 0) return null;
  const prefix = rest.slice(0, slash);
  const id = rest.slice(slash + 1);
  if (!Object.hasOwn(idRoutes, prefix) || !idSegment.test(id)) return null;
  return { methods: idRoutes[prefix]!, params: { id } };
}
