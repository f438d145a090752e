import type { Stripe } from '@stripe/stripe-js';

/**
 * Stripe.js for `publishableKey`, through `@stripe/stripe-js/pure`: imported here, on demand,
 * so that importing the checkout entry loads nothing and a server render never evaluates it.
 * Resolves null when Stripe.js cannot run (no `window`); rejects when its script failed to
 * load. The loader forgets a failed load, so calling this again really tries again.
 */
export async function loadStripeJs(publishableKey: string): Promise<Stripe | null> {
  const { loadStripe } = await import('@stripe/stripe-js/pure');
  return loadStripe(publishableKey);
}
