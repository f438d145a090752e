import { apiTokenizer } from './apiTokenizer';
import { cardInternals, createCardElement } from './cardElement';
import { cardErrorMessages, firstProblem } from './cardProblems';
import { offlineTokenizer } from './offlineTokenizer';
import type {
  FakeCardElement,
  FakeElements,
  FakeStripe,
  FakeStripeConstructor,
  FakeStripeOptions,
  FakeTokenizer,
} from './types';

/**
 * A `window.Stripe`-shaped function for tests and stories: `Stripe(pk)` gives `elements()`
 * with a working card Element and `createToken`. Tokens come from `tokenize`, else from the
 * sandbox at `apiBase`, else from {@link offlineTokenizer}. Its `version` is `'endive'`, the
 * release `@stripe/stripe-js` 10.x expects, so the loader does not warn.
 */
export function createFakeStripe(options: FakeStripeOptions = {}): FakeStripeConstructor {
  const tokenize: FakeTokenizer =
    options.tokenize ?? (options.apiBase ? apiTokenizer(options.apiBase) : offlineTokenizer());
  const Stripe = (publishableKey: string): FakeStripe => {
    if (typeof publishableKey !== 'string') {
      throw new Error(
        `Invalid value for Stripe(): apiKey should be a string. You specified: ${typeof publishableKey}.`,
      );
    }
    if (publishableKey === '') {
      throw new Error('Please call Stripe() with your publishable key. You used an empty string.');
    }
    // Never repeat the key: a secret key pasted here must not reach a log.
    if (/^(sk|rk)_/.test(publishableKey)) {
      throw new Error(
        'You should not use your secret key with Stripe.js. Please pass a publishable key instead.',
      );
    }
    return createStripe(publishableKey, tokenize);
  };
  Object.defineProperty(Stripe, 'version', { value: 'endive', enumerable: true });
  return Stripe as FakeStripeConstructor;
}

function createStripe(publishableKey: string, tokenize: FakeTokenizer): FakeStripe {
  return {
    elements() {
      let card: FakeCardElement | null = null;
      const elements: FakeElements = {
        create(type, elementOptions = {}) {
          if (type !== 'card') {
            throw new Error(`The fake Stripe.js has only the card Element, not "${String(type)}".`);
          }
          if (card) throw new Error('Can only create one Element of type card.');
          const made = createCardElement(elementOptions, () => {
            if (card === made) card = null;
          });
          card = made;
          return made;
        },
        getElement: (type) => (type === 'card' ? card : null),
        update() {},
      };
      return elements;
    },
    async createToken(element) {
      const internals = cardInternals.get(element);
      if (!internals) {
        throw new Error(
          'Invalid value for createToken: the first argument must be a card Element.',
        );
      }
      if (!internals.mounted || internals.destroyed) {
        throw new Error(
          'We could not retrieve data from the specified Element. Please make sure the Element you are attempting to use is still mounted.',
        );
      }
      const values = internals.values();
      const problem = firstProblem(values);
      if (problem) {
        internals.revealProblems();
        return {
          error: {
            type: 'validation_error',
            code: problem,
            message: cardErrorMessages[problem] ?? problem,
          },
        };
      }
      try {
        return await tokenize(publishableKey, {
          number: values.number,
          expMonth: Number(values.expiry.month),
          expYear: 2000 + Number(values.expiry.year),
          cvc: values.cvc,
        });
      } catch {
        return { error: { type: 'api_error', message: 'An unexpected error occurred.' } };
      }
    },
    registerAppInfo() {},
    _registerWrapper() {},
  };
}
