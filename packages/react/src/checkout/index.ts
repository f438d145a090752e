/**
 * `@pelago/connect-react/checkout`: an attendee's card payment on the merchant's own Stripe
 * account. Its own entry point, so pages without a payment form do not download it, and the
 * only one that uses `@stripe/stripe-js` (an optional peer dependency, loaded through
 * `@stripe/stripe-js/pure` when the form mounts, never on import or on the server). Use it
 * inside the same `<PelagoConnectProvider>` as the rest of the kit. The text is English; for
 * French or Spanish give the checkout catalogue with the main one:
 * `import { fr, frCheckout } from '@pelago/connect-react/locales/fr'`, then
 * `<PelagoConnectProvider locale="fr" messages={{ ...fr, ...frCheckout }}>`.
 *
 * @packageDocumentation
 */

export { ChargeForm, type ChargeFormProps } from './ChargeForm';
export type { ChargeFailure, ChargeFailureKind } from './chargeFailure';
export type { ChargeIntent } from './chargeIntent';
export { type CheckoutMessageKey, type CheckoutMessages, enCheckout } from './enCheckout';
export type { PaymentsUnavailableReason } from './paymentsUnavailable';
export type { CardFieldState } from './useCardElement';
export {
  type ChargeFormState,
  type ChargeFormStatus,
  type UseChargeFormOptions,
  useChargeForm,
} from './useChargeForm';
