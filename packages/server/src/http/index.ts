export {
  type Authorize,
  type ConnectAuthorization,
  type ConnectHandler,
  type ConnectHandlerOptions,
  createConnectHandler,
} from './createConnectHandler';
export type { AllowedOrigins } from './originPolicy';
export { type CanPerform, type ConnectAction, type ConnectRole, defaultCan } from './roles';
export type { HandlerConnect, HandlerVault } from './routeTypes';
export { type NodeHandler, toNodeHandler } from './toNodeHandler';
