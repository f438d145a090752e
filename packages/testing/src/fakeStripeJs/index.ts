/**
 * A fake Stripe.js for tests and stories, safe in any browser bundle: a card Element with real
 * inputs and `createToken`, tokenizing offline or against the sandbox.
 *
 * @packageDocumentation
 */
export { createFakeStripe } from './createFakeStripe';
export { installFakeStripe } from './installFakeStripe';
export { offlineTokenBehaviour, offlineTokenizer } from './offlineTokenizer';
export type {
  FakeCardBrand,
  FakeCardChangeEvent,
  FakeCardDetails,
  FakeCardElement,
  FakeCardElementOptions,
  FakeCardEvent,
  FakeCardEventName,
  FakeCardHandler,
  FakeCardStyle,
  FakeCardStyleRules,
  FakeElements,
  FakeStripe,
  FakeStripeConstructor,
  FakeStripeError,
  FakeStripeOptions,
  FakeToken,
  FakeTokenizer,
} from './types';
