import {
  cvcLength,
  detectBrand,
  formatCardNumber,
  isValidCardNumber,
  numberLength,
} from './cardNumber';
import {
  type CardField,
  type CardValues,
  cardErrorMessages,
  cardFields,
  fieldProblem,
  isFieldEmpty,
  isIncomplete,
  visibleProblem,
} from './cardProblems';
import { baseDeclarations, placeholderRule, stateColor } from './cardStyle';
import { formatExpiry, parseExpiry } from './expiry';
import type {
  FakeCardChangeEvent,
  FakeCardElement,
  FakeCardElementOptions,
  FakeCardEventName,
  FakeCardHandler,
} from './types';

/** What `createToken` needs from an element it did not make itself. */
export interface CardElementInternals {
  values(): CardValues;
  readonly mounted: boolean;
  readonly destroyed: boolean;
  /** Shows every field's problem, as Stripe.js does when a token is asked for. */
  revealProblems(): void;
}

/** The fake's own elements, so `createToken` can read one and refuse anything else. */
export const cardInternals = new WeakMap<FakeCardElement, CardElementInternals>();

const fieldSpecs: Record<
  CardField,
  { label: string; placeholder: string; autocomplete: string; basis: string; grow: string }
> = {
  // The number takes a line of its own when the three do not fit (a 320 px phone).
  number: {
    label: 'Card number',
    placeholder: 'Card number',
    autocomplete: 'cc-number',
    basis: '12em',
    grow: '999',
  },
  expiry: {
    label: 'Expiration date (MM / YY)',
    placeholder: 'MM / YY',
    autocomplete: 'cc-exp',
    basis: '5em',
    grow: '1',
  },
  cvc: {
    label: 'Security code (CVC)',
    placeholder: 'CVC',
    autocomplete: 'cc-csc',
    basis: '4em',
    grow: '1',
  },
};

const stateClasses = {
  base: 'StripeElement',
  focus: 'StripeElement--focus',
  empty: 'StripeElement--empty',
  complete: 'StripeElement--complete',
  invalid: 'StripeElement--invalid',
};

let scopes = 0;

interface Mounted {
  container: HTMLElement;
  root: HTMLElement;
  sheet: HTMLStyleElement;
  inputs: Record<CardField, HTMLInputElement>;
  /** Removes every DOM listener the field added. */
  stopListening(): void;
}

/** Makes a card Element; `onDestroy` lets its group make another. */
export function createCardElement(
  initial: FakeCardElementOptions,
  onDestroy: () => void,
): FakeCardElement {
  let options: FakeCardElementOptions = { ...initial };
  const values: CardValues = { number: '', expiry: { month: '', year: '' }, cvc: '' };
  const left = new Set<CardField>();
  const handlers = new Map<FakeCardEventName, Set<FakeCardHandler>>();
  const scope = `pelago-fake-card-${++scopes}`;
  let mounted: Mounted | null = null;
  let destroyed = false;
  let lastChange = '';

  const emit = (name: FakeCardEventName, event: object) => {
    for (const handler of [...(handlers.get(name) ?? [])]) handler(event as FakeCardChangeEvent);
  };

  const changeEvent = (): FakeCardChangeEvent => {
    const problem = visibleProblem(values, left);
    const empty = cardFields.every((field) => isFieldEmpty(field, values));
    const complete = cardFields.every((field) => fieldProblem(field, values) === null);
    return {
      elementType: 'card',
      empty,
      complete,
      brand: detectBrand(values.number),
      value: {},
      ...(problem
        ? {
            error: {
              type: 'validation_error',
              code: problem,
              message: cardErrorMessages[problem] ?? problem,
            },
          }
        : {}),
    };
  };

  /** Emits `change` when what it would say differs from the last one. */
  const reportChange = () => {
    const event = changeEvent();
    const said = JSON.stringify(event);
    render(event);
    if (said === lastChange) return;
    lastChange = said;
    emit('change', event);
  };

  const render = (event: FakeCardChangeEvent = changeEvent()) => {
    if (!mounted) return;
    const { container, root, sheet, inputs } = mounted;
    const focused = root.contains(root.ownerDocument.activeElement);
    const classes = { ...stateClasses, ...options.classes };
    container.classList.add(classes.base);
    container.classList.toggle(classes.focus, focused);
    container.classList.toggle(classes.empty, event.empty);
    container.classList.toggle(classes.complete, event.complete);
    container.classList.toggle(classes.invalid, event.error !== undefined);
    Object.assign(root.style, baseDeclarations(options.style));
    sheet.textContent = placeholderRule(scope, options.style);
    const problem = event.error?.code;
    for (const field of cardFields) {
      const input = inputs[field];
      const own = fieldProblem(field, values);
      const invalid = own !== null && own === problem;
      input.setAttribute('aria-invalid', String(invalid));
      input.style.color = stateColor(
        options.style,
        invalid
          ? 'invalid'
          : own === null
            ? 'complete'
            : isFieldEmpty(field, values)
              ? 'empty'
              : 'default',
      );
      input.disabled = options.disabled === true;
    }
    inputs.cvc.maxLength = cvcLength(detectBrand(values.number));
  };

  const element: FakeCardElement = {
    mount(domNode) {
      if (destroyed) {
        throw new Error('This Element has already been destroyed. Please create a new one.');
      }
      if (mounted) {
        throw new Error(
          'This Element is already mounted. Use `unmount()` to unmount the Element before re-mounting.',
        );
      }
      const container =
        typeof domNode === 'string' ? globalThis.document?.querySelector(domNode) : domNode;
      if (!container || typeof (container as HTMLElement).appendChild !== 'function') {
        throw new Error(
          typeof domNode === 'string'
            ? `The selector you specified (${domNode}) applies to no DOM elements that are currently on the page. Make sure the element exists on the page before calling mount().`
            : 'Invalid DOM element. Make sure to call mount() with a valid DOM element or selector.',
        );
      }
      mounted = build(container as HTMLElement);
      lastChange = JSON.stringify(changeEvent());
      render();
      // Stripe.js says ready once its frame has loaded: never during mount() itself.
      const at = mounted;
      setTimeout(() => {
        if (mounted === at) emit('ready', { elementType: 'card' });
      }, 0);
    },
    unmount() {
      if (!mounted) return;
      const { container, root, stopListening } = mounted;
      stopListening();
      root.remove();
      const classes = { ...stateClasses, ...options.classes };
      container.classList.remove(...Object.values(classes).flatMap((name) => name.split(/\s+/)));
      mounted = null;
    },
    destroy() {
      if (destroyed) return;
      element.unmount();
      handlers.clear();
      destroyed = true;
      onDestroy();
    },
    update(next) {
      options = {
        ...options,
        ...next,
        ...(next.style ? { style: { ...options.style, ...next.style } } : {}),
      };
      render();
    },
    on(name, handler) {
      let set = handlers.get(name);
      if (!set) {
        set = new Set();
        handlers.set(name, set);
      }
      set.add(handler);
      return element;
    },
    once(name, handler) {
      const wrapped: FakeCardHandler = (event) => {
        element.off(name, wrapped);
        handler(event);
      };
      return element.on(name, wrapped);
    },
    off(name, handler) {
      if (handler) handlers.get(name)?.delete(handler);
      else handlers.delete(name);
      return element;
    },
    focus() {
      mounted?.inputs.number.focus();
    },
    blur() {
      const active = mounted?.root.ownerDocument.activeElement as HTMLElement | null | undefined;
      if (active && mounted?.root.contains(active)) active.blur();
    },
    clear() {
      values.number = '';
      values.expiry = { month: '', year: '' };
      values.cvc = '';
      left.clear();
      if (mounted) for (const field of cardFields) mounted.inputs[field].value = '';
      reportChange();
    },
  };

  function build(container: HTMLElement): Mounted {
    const doc = container.ownerDocument;
    // Listeners are kept in a list, not an AbortSignal: a signal from another window (jsdom's)
    // is refused by this document's addEventListener.
    const added: Array<() => void> = [];
    const listen = (target: EventTarget, type: string, listener: (event: Event) => void) => {
      target.addEventListener(type, listener);
      added.push(() => target.removeEventListener(type, listener));
    };
    const root = doc.createElement('div');
    root.className = scope;
    // Stripe.js draws its field in a frame of its own, left to right whatever the page's
    // direction: card numbers and expiry dates read that way in every language.
    root.dir = 'ltr';
    Object.assign(root.style, {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: '0.25em 0.75em',
      minWidth: '0',
      maxWidth: '100%',
      boxSizing: 'border-box',
    });
    const sheet = doc.createElement('style');
    root.append(sheet);
    const inputs = {} as Record<CardField, HTMLInputElement>;
    for (const field of cardFields) {
      const spec = fieldSpecs[field];
      const input = doc.createElement('input');
      input.type = 'text';
      input.name = field === 'number' ? 'cardnumber' : field === 'expiry' ? 'exp-date' : 'cvc';
      input.setAttribute('aria-label', spec.label);
      input.placeholder = spec.placeholder;
      input.setAttribute('autocomplete', spec.autocomplete);
      input.inputMode = 'numeric';
      input.spellcheck = false;
      input.setAttribute('autocorrect', 'off');
      Object.assign(input.style, {
        flex: `${spec.grow} 1 ${spec.basis}`,
        width: '0',
        minWidth: '0',
        margin: '0',
        padding: '0.125em 0.25em',
        border: '0',
        background: 'transparent',
        font: 'inherit',
        color: 'inherit',
        boxSizing: 'border-box',
      });
      inputs[field] = input;
      root.append(input);
    }
    inputs.number.value = formatCardNumber(values.number);
    inputs.expiry.value = formatExpiry(values.expiry, true);
    inputs.cvc.value = values.cvc;

    listen(inputs.number, 'input', () => {
      const input = inputs.number;
      const before = digitsBeforeCaret(input);
      const raw = input.value.replace(/\D/g, '');
      const digits = raw.slice(0, numberLength(detectBrand(raw)));
      values.number = digits;
      values.cvc = values.cvc.slice(0, cvcLength(detectBrand(digits)));
      inputs.cvc.value = values.cvc;
      setFormatted(input, formatCardNumber(digits), before);
      reportChange();
      if (isValidCardNumber(digits) && caretAtEnd(input)) inputs.expiry.focus();
    });
    listen(inputs.expiry, 'input', (event) => {
      const input = inputs.expiry;
      const deleting = (event as InputEvent).inputType?.startsWith('delete') ?? false;
      const before = digitsBeforeCaret(input);
      values.expiry = parseExpiry(input.value);
      setFormatted(input, formatExpiry(values.expiry, deleting), before);
      reportChange();
      if (!deleting && fieldProblem('expiry', values) === null && caretAtEnd(input)) {
        inputs.cvc.focus();
      }
    });
    listen(inputs.cvc, 'input', () => {
      const input = inputs.cvc;
      const before = digitsBeforeCaret(input);
      values.cvc = input.value.replace(/\D/g, '').slice(0, cvcLength(detectBrand(values.number)));
      setFormatted(input, values.cvc, before);
      reportChange();
    });

    // Backspace in an empty field goes back to the previous one, as in Stripe's field.
    const previous: Partial<Record<CardField, CardField>> = { expiry: 'number', cvc: 'expiry' };
    for (const field of cardFields) {
      const input = inputs[field];
      listen(input, 'keydown', (event) => {
        const { key } = event as KeyboardEvent;
        if (key === 'Escape') emit('escape', { elementType: 'card' });
        const back = previous[field];
        if (key === 'Backspace' && back && input.value === '') {
          event.preventDefault();
          const target = inputs[back];
          target.focus();
          target.setSelectionRange(target.value.length, target.value.length);
        }
      });
      listen(input, 'blur', () => {
        if (!isFieldEmpty(field, values)) left.add(field);
      });
    }

    // One focus and one blur for the whole field, not one per input.
    listen(root, 'focusin', (event) => {
      const from = (event as FocusEvent).relatedTarget as Node | null;
      render();
      if (!(from && root.contains(from))) emit('focus', { elementType: 'card' });
    });
    listen(root, 'focusout', (event) => {
      const to = (event as FocusEvent).relatedTarget as Node | null;
      if (to && root.contains(to)) {
        reportChange();
        return;
      }
      // The input keeps focus until focusout has run: render once it has really gone.
      setTimeout(() => {
        if (mounted?.root === root) reportChange();
      }, 0);
      reportChange();
      emit('blur', { elementType: 'card' });
    });

    container.append(root);
    return {
      container,
      root,
      sheet,
      inputs,
      stopListening: () => {
        for (const remove of added.splice(0)) remove();
      },
    };
  }

  cardInternals.set(element, {
    values: () => ({ ...values, expiry: { ...values.expiry } }),
    get mounted() {
      return mounted !== null;
    },
    get destroyed() {
      return destroyed;
    },
    revealProblems() {
      for (const field of cardFields) {
        const problem = fieldProblem(field, values);
        if (problem && !(isIncomplete(problem) && isFieldEmpty(field, values))) left.add(field);
      }
      reportChange();
    },
  });
  return element;
}

/** Where the caret is, in digits typed before it; Infinity when it is at the end. */
function digitsBeforeCaret(input: HTMLInputElement): number {
  const caret = input.selectionStart ?? input.value.length;
  if (caret >= input.value.length) return Number.POSITIVE_INFINITY;
  return input.value.slice(0, caret).replace(/\D/g, '').length;
}

function caretAtEnd(input: HTMLInputElement): boolean {
  return (input.selectionStart ?? input.value.length) >= input.value.length;
}

/** Writes the formatted text and puts the caret after the same number of digits as before. */
function setFormatted(input: HTMLInputElement, text: string, digitsBefore: number): void {
  if (input.value !== text) input.value = text;
  if (input.ownerDocument.activeElement !== input) return;
  // At the end it stays at the end, past any separator that follows (`12 / `) or a zero put
  // before the month (`4` → `04 / `).
  let at = digitsBefore >= text.replace(/\D/g, '').length ? text.length : 0;
  for (let seen = 0; at < text.length && seen < digitsBefore; at += 1) {
    if (/\d/.test(text[at] ?? '')) seen += 1;
  }
  input.setSelectionRange(at, at);
}
