export { type Fault, FaultInjector, type FaultSpec } from './faultInjector';
export {
  expectNoKeyLeaks,
  type FindKeyLeaksOptions,
  findKeyLeaks,
  type KeyLeak,
} from './findKeyLeaks';
export { type OutputRecorder, type RecordingLogger, recordOutput } from './recordOutput';
export {
  type RefundOutcome,
  type RefundOutcomeSpec,
  RefundOutcomes,
  type SandboxFailureReason,
  type SandboxPendingReason,
} from './refundOutcomes';
export { type LoggedRequest, type RequestFilter, RequestLog } from './requestLog';
export { type CliOutput, type CliResult, describeSandbox, runCli } from './runCli';
export {
  defaultSandboxKeys,
  type SandboxKeyInfo,
  type SandboxKeyOptions,
  type SandboxKeys,
  type SandboxPermission,
} from './sandboxKeys';
export {
  type SandboxChargeParams,
  type SandboxTokenParams,
  type StripeObject,
  type StripeSandbox,
  type StripeSandboxOptions,
  startStripeSandbox,
  type TokenObject,
} from './startStripeSandbox';
export { type StripeErrorBody, stripeStyleRedact } from './stripeErrorBodies';
export { type TestCard, testCards } from './testCards';
