export type {
  AuditHooks,
  ChargeAuditEvent,
  RefundAuditEvent,
} from './auditHooks';
export {
  type Authorize,
  type ConnectAuthorization,
  type ConnectHandler,
  type ConnectHandlerOptions,
  createConnectHandler,
} from './createConnectHandler';
export type { Lazy } from './lazyDependency';
export type { AllowedOrigins, OriginPolicyOptions } from './originPolicy';
export { type CanPerform, type ConnectAction, type ConnectRole, defaultCan } from './roles';
export type {
  ApproveCharge,
  ChargeToApprove,
  HandlerConnect,
  HandlerVault,
} from './routeTypes';
export { type NodeErrorHandler, toNodeErrorHandler } from './toNodeErrorHandler';
export { type NodeHandler, toNodeHandler } from './toNodeHandler';
