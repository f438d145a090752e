import { createFakeStripe } from './createFakeStripe';
import type { FakeStripeOptions } from './types';

type StripeWindow = { Stripe?: unknown };

/**
 * Sets `window.Stripe` to a fake made by {@link createFakeStripe}: `loadStripe` from
 * `@stripe/stripe-js/pure` (or `@stripe/stripe-js`) then resolves it instead of loading
 * Stripe.js from the network, provided it runs before the first `loadStripe`. Returns a
 * function that puts back what `window.Stripe` was.
 */
export function installFakeStripe(
  options: FakeStripeOptions & { window?: Window } = {},
): () => void {
  const { window: given, ...fakeOptions } = options;
  // A plain slot: @stripe/stripe-js types window.Stripe as the real constructor.
  const target = (given ?? (globalThis as { window?: Window }).window) as unknown as
    | StripeWindow
    | undefined;
  if (!target) {
    throw new Error('installFakeStripe needs a window: pass { window } outside a browser.');
  }
  const had = Object.hasOwn(target, 'Stripe');
  const previous = target.Stripe;
  const fake = createFakeStripe(fakeOptions);
  target.Stripe = fake;
  return () => {
    if (target.Stripe !== fake) return;
    if (had) target.Stripe = previous;
    else delete target.Stripe;
  };
}
