import type {
  Stripe,
  StripeCardElement,
  StripeCardElementChangeEvent,
  StripeElementLocale,
  StripeElementStyle,
} from '@stripe/stripe-js';
import { useEffect, useRef, useState } from 'react';
import { startRequest } from '../client/startRequest';
import type { CardDetailsProblem } from './cardErrorMessage';

/** What the card field holds, as its `change` events say. */
export interface CardFieldState {
  /** The Card Element is mounted and showing. */
  ready: boolean;
  empty: boolean;
  complete: boolean;
  focused: boolean;
  /**
   * What is wrong in the field, in the page's language: the checkout catalogue's words for
   * Stripe.js's known codes, otherwise Stripe.js's own message.
   */
  error: string | undefined;
}

/** What {@link useCardElement} returns. */
export interface CardElementState extends CardFieldState {
  /** The mounted Card Element, for `createToken`. */
  element: StripeCardElement | undefined;
  /** Where the Card Element mounts: give it to an empty element that stays in the page. */
  ref: (node: HTMLElement | null) => void;
  /**
   * Shows an error in the field's place (one `createToken` found), until the card changes, and
   * focuses the field once it is enabled again.
   */
  showError: (problem: CardDetailsProblem) => void;
}

interface CardElementOptions {
  stripe: Stripe | undefined;
  style: StripeElementStyle;
  lang: string;
  disabled: boolean;
  /** The words shown for a problem Stripe.js found in the card details. */
  describe: (problem: CardDetailsProblem) => string | undefined;
  /** Called when the attendee edits the card. */
  onEdit: () => void;
}

// The field keeps Stripe.js's problem as it came; its words are chosen when drawn, so they
// follow the page's language.
type FieldState = Omit<CardFieldState, 'error'> & { problem: CardDetailsProblem | undefined };

const emptyField: FieldState = {
  ready: false,
  empty: true,
  complete: false,
  focused: false,
  problem: undefined,
};

/**
 * One Card Element, created and mounted once `stripe` and the node are there, destroyed when
 * either goes away. Creating waits a microtask, so StrictMode's discarded first effect creates
 * nothing: one `create`, one `mount`. Style and `disabled` changes go through `update`.
 */
export function useCardElement({
  stripe,
  style,
  lang,
  disabled,
  describe,
  onEdit,
}: CardElementOptions): CardElementState {
  const [node, setNode] = useState<HTMLElement | null>(null);
  const [element, setElement] = useState<StripeCardElement>();
  const [field, setField] = useState<FieldState>(emptyField);
  const edited = useRef(onEdit);
  edited.current = onEdit;
  // The values the element is created with; later changes go through `update` below.
  const settings = useRef({ style, disabled });
  settings.current = { style, disabled };
  const locale = elementLocale(lang);

  useEffect(() => {
    if (!stripe || !node) return;
    let created: StripeCardElement | undefined;
    const cancel = startRequest(() => {
      const card = stripe.elements({ locale }).create('card', { ...settings.current });
      created = card;
      card.on('ready', () => setField((now) => ({ ...now, ready: true })));
      card.on('focus', () => setField((now) => ({ ...now, focused: true })));
      card.on('blur', () => setField((now) => ({ ...now, focused: false })));
      card.on('change', (event: StripeCardElementChangeEvent) => {
        setField((now) => ({
          ...now,
          empty: event.empty,
          complete: event.complete,
          problem: event.error
            ? { code: event.error.code, message: event.error.message }
            : undefined,
        }));
        edited.current();
      });
      setField(emptyField);
      setElement(card);
      card.mount(node);
    });
    return () => {
      cancel();
      created?.destroy();
      if (created) setElement((now) => (now === created ? undefined : now));
    };
  }, [stripe, node, locale]);

  const styleSignature = JSON.stringify(style);
  const focusWhenEnabled = useRef(false);
  useEffect(() => {
    element?.update({ style: JSON.parse(styleSignature) as StripeElementStyle, disabled });
    // A disabled field cannot take focus: it moves there once the payment attempt is over.
    if (element && !disabled && focusWhenEnabled.current) {
      focusWhenEnabled.current = false;
      element.focus();
    }
  }, [element, styleSignature, disabled]);

  const { problem, ...rest } = field;
  return {
    ...rest,
    error: problem ? describe(problem) : undefined,
    element,
    ref: setNode,
    showError: (shown) => {
      focusWhenEnabled.current = true;
      setField((now) => ({ ...now, problem: shown }));
    },
  };
}

// The kit's languages; Stripe picks the browser's for any other.
function elementLocale(lang: string): StripeElementLocale {
  const language = lang.toLowerCase().split(/[-_]/)[0];
  return language === 'en' || language === 'fr' || language === 'es' ? language : 'auto';
}
