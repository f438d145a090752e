/**
 * `@pelago/connect-react/refunds`: the admin side of the kit, a list of the merchant's charges
 * and a panel that refunds one in full or in part. Its own entry point, so pages that only
 * onboard merchants do not download it. Use it inside the same `<PelagoConnectProvider>` as the
 * rest of the kit. The text is English; for French or Spanish give the refund catalogue with
 * the main one: `import { fr, frRefunds } from '@pelago/connect-react/locales/fr'`, then
 * `<PelagoConnectProvider locale="fr" messages={{ ...fr, ...frRefunds }}>`.
 *
 * @packageDocumentation
 */

export { ChargeList, type ChargeListProps } from './ChargeList';
export {
  type ChargeListStatus,
  chargeListStatus,
  type RefundBlocker,
  refundBlocker,
} from './chargeStatus';
export { enRefunds, type RefundMessageKey, type RefundMessages } from './enRefunds';
export { RefundPanel, type RefundPanelProps } from './RefundPanel';
export type { RefundIntent } from './refundIntentKeys';
export { type ChargeState, useCharge } from './useCharge';
export { type ChargesState, type UseChargesOptions, useCharges } from './useCharges';
export {
  maxRefundNoteLength,
  type RefundInputProblem,
  type RefundKind,
  type RefundProblems,
  type RefundReasonChoice,
  type RefundState,
  type RefundStep,
  type UseRefundOptions,
  useRefund,
} from './useRefund';
