/** Card details as the card field holds them, ready to tokenize. */
export interface FakeCardDetails {
  /** Digits only. */
  number: string;
  /** 1 to 12. */
  expMonth: number;
  /** Four digits, e.g. 2030. */
  expYear: number;
  /** Digits only. */
  cvc: string;
}

/** A card token as Stripe's `POST /v1/tokens` answers it (the fields the kit reads). */
export interface FakeToken {
  id: string;
  object: 'token';
  type: 'card';
  livemode: boolean;
  /** Seconds since the epoch. */
  created: number;
  used: false;
  card: {
    id: string;
    object: 'card';
    /** Stripe's API wording: `Visa`, `MasterCard`, `American Express`, `Discover`, `Unknown`. */
    brand: string;
    last4: string;
    exp_month: number;
    exp_year: number;
    funding: string;
    country: string;
  };
}

/** An error as Stripe.js resolves it from `createToken`: `{ error }`, never a rejection. */
export interface FakeStripeError {
  type:
    | 'card_error'
    | 'validation_error'
    | 'invalid_request_error'
    | 'api_connection_error'
    | 'api_error';
  code?: string;
  decline_code?: string;
  message: string;
  param?: string;
}

/** Turns card details into a Stripe token object, or a Stripe.js-shaped error. */
export type FakeTokenizer = (
  publishableKey: string,
  card: FakeCardDetails,
) => Promise<{ token: FakeToken } | { error: FakeStripeError }>;

/** How a fake `Stripe` makes its tokens. */
export interface FakeStripeOptions {
  /** The sandbox's URL: tokens are made with POST {apiBase}/v1/tokens (accepted for that account only). */
  apiBase?: string;
  /** Or tokenize some other way; default when neither is given: `offlineTokenizer()`. */
  tokenize?: FakeTokenizer;
}

/** CSS properties the card field takes from a `style` variant, as Stripe.js names them. */
export interface FakeCardStyleRules {
  color?: string;
  fontFamily?: string;
  fontSize?: string;
  fontWeight?: string | number;
  lineHeight?: string;
  letterSpacing?: string;
  /** Accepted for compatibility; the fake shows no brand icon. */
  iconColor?: string;
  /** Placeholder text of the three inputs. */
  '::placeholder'?: { color?: string };
}

/** The `style` option of a card Element: `base` always, `invalid` on a field in error. */
export interface FakeCardStyle {
  base?: FakeCardStyleRules;
  invalid?: FakeCardStyleRules;
  complete?: FakeCardStyleRules;
  empty?: FakeCardStyleRules;
}

/** Options of `elements().create('card', …)` and `update(…)`. */
export interface FakeCardElementOptions {
  style?: FakeCardStyle;
  /** Accepted for compatibility; the fake never asks for a postal code. */
  hidePostalCode?: boolean;
  disabled?: boolean;
  /** Class names put on the mount node for its states, as Stripe.js does. */
  classes?: {
    base?: string;
    focus?: string;
    empty?: string;
    complete?: string;
    invalid?: string;
  };
}

/** Card brands as the `change` event names them. */
export type FakeCardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown';

/** The `change` event of a card Element. */
export interface FakeCardChangeEvent {
  elementType: 'card';
  empty: boolean;
  complete: boolean;
  brand: FakeCardBrand;
  value: Record<string, never>;
  error?: { type: 'validation_error'; code: string; message: string };
}

/** The payload of `ready`, `focus`, `blur` and `escape`. */
export interface FakeCardEvent {
  elementType: 'card';
}

/** Events a card Element emits. */
export type FakeCardEventName = 'ready' | 'focus' | 'blur' | 'change' | 'escape';

/** A listener of a card Element. */
export type FakeCardHandler = (event: FakeCardChangeEvent | FakeCardEvent) => void;

/** A card Element: three inputs (number, expiry, CVC) rendered in the node it is mounted on. */
export interface FakeCardElement {
  /** Renders the field inside `domNode` (or the first node matching a selector), then emits `ready`. */
  mount(domNode: HTMLElement | string): void;
  /** Removes the field from the page; it may be mounted again and keeps what was typed. */
  unmount(): void;
  /** Removes the field and its listeners for good: mounting it again throws. */
  destroy(): void;
  /** Changes `style`, `disabled`, `classes`. */
  update(options: FakeCardElementOptions): void;
  /** Listens to `ready`, `focus`, `blur`, `change` or `escape`. */
  on(event: FakeCardEventName, handler: FakeCardHandler): FakeCardElement;
  /** Listens to the next such event only. */
  once(event: FakeCardEventName, handler: FakeCardHandler): FakeCardElement;
  /** Stops one listener, or every listener of the event when none is given. */
  off(event: FakeCardEventName, handler?: FakeCardHandler): FakeCardElement;
  /** Focuses the card number. */
  focus(): void;
  /** Takes focus away from whichever of its inputs has it. */
  blur(): void;
  /** Empties the three inputs. */
  clear(): void;
}

/** What `stripe.elements()` returns. */
export interface FakeElements {
  /** Only `'card'` exists in the fake. */
  create(type: 'card', options?: FakeCardElementOptions): FakeCardElement;
  /** The group's card Element, or null. */
  getElement(type: 'card'): FakeCardElement | null;
  /** Accepted and ignored (fonts, locale, appearance belong to the Payment Element). */
  update(options: Record<string, unknown>): void;
}

/** What `Stripe(publishableKey)` returns. */
export interface FakeStripe {
  /** A group of Elements; its options (fonts, locale, appearance) are ignored. */
  elements(options?: Record<string, unknown>): FakeElements;
  /**
   * Tokenizes the card in `element`: `{ token }`, or `{ error }` (a `validation_error` without
   * any request when the card is incomplete or invalid).
   */
  createToken(
    element: FakeCardElement,
    data?: Record<string, unknown>,
  ): Promise<{ token: FakeToken } | { error: FakeStripeError }>;
  /** Accepted and ignored, as plugins call it. */
  registerAppInfo(info: { name: string; version?: string; url?: string }): void;
  /** Called by `@stripe/stripe-js` after `Stripe(pk)`; accepted and ignored. */
  _registerWrapper(info: { name: string; version?: string; startTime?: number }): void;
}

/** A `window.Stripe`-shaped function. */
export interface FakeStripeConstructor {
  (publishableKey: string, options?: unknown): FakeStripe;
  /** The release train `@stripe/stripe-js` 10.x expects, so it does not warn. */
  readonly version: 'endive';
}
