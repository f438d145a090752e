import type { KeyStatus } from '@pelago/connect-core';
import {
  createFakeStripe,
  type FakeTokenizer,
  installFakeStripe,
  offlineTokenizer,
} from '@pelago/connect-testing/fake-stripe-js';
import type { Stripe } from '@stripe/stripe-js';
import type { FakeCheckoutServer } from './fakeCheckoutServer';
import { connectedStatus, type FakeConnectScript, fakeKeys } from './fakeConnectClient';
import { type FakeClientParameters, fakeClientLoader, fakeClientOf } from './withFakeClient';

/**
 * How Stripe.js reaches the form in a story:
 * - `ready`: the host gives `stripe`, a promise of the fake Stripe.js that resolves at once;
 * - `neverLoads`: the host's promise never settles (a very slow network);
 * - `blocked`: the host's promise rejects as `loadStripe` does when js.stripe.com is blocked;
 * - `page`: no `stripe` prop: the form reads the publishable key from `GET /key` and loads
 *   Stripe.js itself with `@stripe/stripe-js`, which finds the fake on `window.Stripe`;
 * - `pageBlocked`: the same, but the page blocks js.stripe.com (an ad blocker) until the story
 *   calls `allowStripeJs()`.
 */
export type FakeStripeJsLoad = 'ready' | 'neverLoads' | 'blocked' | 'page' | 'pageBlocked';

/** Story parameters of a checkout story: the fake server's script and how Stripe.js loads. */
export interface CheckoutParameters extends FakeClientParameters {
  stripeJs?: FakeStripeJsLoad;
}

/** The fake Stripe.js of one story, and what happened to it. */
export interface FakeStripeJs {
  /** What the form gets as `stripe`; undefined when the form loads Stripe.js itself. */
  readonly stripe: Promise<Stripe | null> | undefined;
  /** How many times the page tried to load Stripe.js from js.stripe.com and was blocked. */
  readonly blockedLoads: number;
  /** `pageBlocked`: the attendee allows js.stripe.com; the next load gets the fake Stripe.js. */
  allowStripeJs(): void;
  /** Puts the page back as it was (called before the next story). */
  restore(): void;
}

/** The status of a merchant who can take payments: both keys, paired, ready. */
export function paymentsReadyStatus(overrides: Partial<KeyStatus> = {}): KeyStatus {
  return connectedStatus({
    publishableKey: fakeKeys.publishable,
    publishableKeyPairing: 'confirmed',
    payments: 'ready',
    ...overrides,
  });
}

/** A publishable key of some other Stripe account, for stories of a mismatched pair. */
export const otherAccountPublishableKey = `pk_test_${'w9X0'.repeat(24)}`;

let previous: FakeStripeJs | undefined;

/**
 * Makes the fake server (as {@link fakeClientLoader} does) and the fake Stripe.js of one story,
 * tied together: each token the fake Stripe.js makes is told to the server with its card and
 * publishable key, so a charge shows that card and another account's token is refused.
 */
export async function fakeCheckoutLoader(context: {
  parameters: { fake?: FakeConnectScript; stripeJs?: FakeStripeJsLoad };
}) {
  previous?.restore();
  const { client } = await fakeClientLoader(context);
  const publishableKey = context.parameters.fake?.status?.publishableKey ?? fakeKeys.publishable;
  const stripeJs = makeFakeStripeJs(
    context.parameters.stripeJs ?? 'ready',
    publishableKey,
    rememberingTokenizer(client),
  );
  previous = stripeJs;
  return { client, stripeJs };
}

/** The fake Stripe.js a story's play function can steer. */
export function fakeStripeJsOf(context: { loaded: Record<string, unknown> }): FakeStripeJs {
  return context.loaded.stripeJs as FakeStripeJs;
}

/** The fake server's checkout half a story's play function can inspect. */
export function fakeCheckoutOf(context: { loaded: Record<string, unknown> }): FakeCheckoutServer {
  return fakeClientOf(context);
}

/** The offline tokenizer, telling `server` about every token it makes. */
function rememberingTokenizer(server: FakeCheckoutServer): FakeTokenizer {
  const tokenize = offlineTokenizer();
  return async (publishableKey, card) => {
    const made = await tokenize(publishableKey, card);
    if ('token' in made) server.rememberToken(made.token.id, made.token.card, publishableKey);
    return made;
  };
}

function makeFakeStripeJs(
  load: FakeStripeJsLoad,
  publishableKey: string,
  tokenize: FakeTokenizer,
): FakeStripeJs {
  if (load === 'page' || load === 'pageBlocked') return stripeJsOnPage(load, tokenize);
  let stripe: Promise<Stripe | null>;
  if (load === 'neverLoads') stripe = new Promise(() => {});
  else if (load === 'blocked') {
    stripe = Promise.reject(new Error('Failed to load Stripe.js'));
    // The form handles the rejection; this keeps the browser from reporting it before then.
    stripe.catch(() => {});
  } else {
    // The fake's `Stripe` has the methods the form uses, not every one of Stripe.js's types.
    stripe = Promise.resolve(createFakeStripe({ tokenize })(publishableKey) as unknown as Stripe);
  }
  return { stripe, blockedLoads: 0, allowStripeJs() {}, restore() {} };
}

/**
 * The story whose page now holds `window.Stripe`. `loadStripe` keeps the first `window.Stripe`
 * it finds for the life of the page, so the one installed hands each token to this story's.
 */
let pageTokenizer: FakeTokenizer = offlineTokenizer();
const throughCurrentStory: FakeTokenizer = (publishableKey, card) =>
  pageTokenizer(publishableKey, card);

/**
 * Stripe.js on the page, as `loadStripe` looks for it. Blocked, the page is one whose ad
 * blocker stops js.stripe.com: `loadStripe` appends its script to `<head>`, which here fails at
 * once, as a blocked request does, without any network. Once allowed (or when not blocked), the
 * fake Stripe.js is on `window.Stripe`, where `loadStripe` looks first.
 */
function stripeJsOnPage(load: 'page' | 'pageBlocked', tokenize: FakeTokenizer): FakeStripeJs {
  pageTokenizer = tokenize;
  const head = document.head;
  let blockedLoads = 0;
  let uninstall: (() => void) | undefined;
  const block = <T extends Node>(node: T): T => {
    if (node instanceof HTMLScriptElement && node.src.startsWith('https://js.stripe.com/')) {
      blockedLoads += 1;
      setTimeout(() => node.dispatchEvent(new Event('error')), 20);
      return node;
    }
    return HTMLElement.prototype.appendChild.call(head, node) as T;
  };
  // Never the network, blocked or not: a story that should have found the fake fails instead.
  Object.defineProperty(head, 'appendChild', { value: block, configurable: true, writable: true });
  const allowStripeJs = () => {
    uninstall ??= installFakeStripe({ tokenize: throughCurrentStory });
  };
  if (load === 'page') allowStripeJs();
  return {
    stripe: undefined,
    get blockedLoads() {
      return blockedLoads;
    },
    allowStripeJs,
    restore() {
      if (head.appendChild === block) Reflect.deleteProperty(head, 'appendChild');
      uninstall?.();
    },
  };
}
