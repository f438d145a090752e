import { createCharge, listCharges } from './chargeRoutes';
import { deleteKey, getKey, putKey, reverifyKey } from './keyRoutes';
import { createRefund } from './refundRoutes';
import type { RouteSpec } from './routeTypes';

/** The API's routes, by path under `basePath`, then by method. */
export const routeTable: Readonly<Record<string, Readonly<Record<string, RouteSpec>>>> = {
  '/key': {
    GET: { action: 'key:read', changesState: false, readsBody: false, run: getKey },
    POST: { action: 'key:write', changesState: true, readsBody: true, run: putKey },
    DELETE: { action: 'key:write', changesState: true, readsBody: false, run: deleteKey },
  },
  '/key/verify': {
    POST: { action: 'key:write', changesState: true, readsBody: false, run: reverifyKey },
  },
  '/charges': {
    GET: { action: 'charges:read', changesState: false, readsBody: false, run: listCharges },
    POST: { action: 'charges:create', changesState: true, readsBody: true, run: createCharge },
  },
  '/refunds': {
    POST: { action: 'refunds:create', changesState: true, readsBody: true, run: createRefund },
  },
};
