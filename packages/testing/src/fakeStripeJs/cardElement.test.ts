// @vitest-environment jsdom
import { getByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeStripe } from './createFakeStripe';
import type { FakeCardChangeEvent, FakeCardElement, FakeCardElementOptions } from './types';

const nextYear = String((new Date().getFullYear() + 2) % 100).padStart(2, '0');

let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  host.id = 'card';
  document.body.append(host);
});

afterEach(() => {
  document.body.innerHTML = '';
});

function mountCard(options: FakeCardElementOptions = {}) {
  const stripe = createFakeStripe()('pk_test_fake');
  const card = stripe.elements().create('card', options);
  const changes: FakeCardChangeEvent[] = [];
  card.on('change', (event) => changes.push(event as FakeCardChangeEvent));
  card.mount('#card');
  return {
    stripe,
    card,
    changes,
    last: () => changes.at(-1),
    number: getByRole(host, 'textbox', { name: 'Card number' }) as HTMLInputElement,
    expiry: getByRole(host, 'textbox', { name: 'Expiration date (MM / YY)' }) as HTMLInputElement,
    cvc: getByRole(host, 'textbox', { name: 'Security code (CVC)' }) as HTMLInputElement,
  };
}

describe('the fake card Element', () => {
  it('renders three labelled numeric inputs with card autocomplete', () => {
    const { number, expiry, cvc } = mountCard();
    expect([number, expiry, cvc].map((input) => input.getAttribute('autocomplete'))).toEqual([
      'cc-number',
      'cc-exp',
      'cc-csc',
    ]);
    for (const input of [number, expiry, cvc]) expect(input.inputMode).toBe('numeric');
  });

  it('reads left to right on a right-to-left page, as Stripe.js’s own frame does', () => {
    host.dir = 'rtl';
    const { number, expiry } = mountCard();
    expect(number.closest('[dir]')?.getAttribute('dir')).toBe('ltr');
    expect(expiry.closest('[dir]')?.getAttribute('dir')).toBe('ltr');
  });

  it('has no axe violations', async () => {
    mountCard();
    // jsdom cannot compute colours: contrast is left to axe in a real browser.
    const results = await axe.run(host, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('groups the number in fours, moves on by itself and formats MM / YY', async () => {
    const user = userEvent.setup();
    const { number, expiry, cvc, last } = mountCard();
    await user.click(number);
    await user.keyboard('4242424242424242');
    expect(number.value).toBe('4242 4242 4242 4242');
    expect(document.activeElement).toBe(expiry);
    await user.keyboard(`12${nextYear}`);
    expect(expiry.value).toBe(`12 / ${nextYear}`);
    expect(document.activeElement).toBe(cvc);
    await user.keyboard('123');
    expect(last()).toEqual({
      elementType: 'card',
      empty: false,
      complete: true,
      brand: 'visa',
      value: {},
    });
  });

  it('groups American Express numbers 4-6-5 and asks it for four CVC digits', async () => {
    const user = userEvent.setup();
    const { number, cvc, last } = mountCard();
    await user.click(number);
    await user.keyboard('378282246310005');
    expect(number.value).toBe('3782 822463 10005');
    expect(last()?.brand).toBe('amex');
    await user.keyboard(`04${nextYear}123`);
    expect(cvc.value).toBe('123');
    expect(last()?.complete).toBe(false);
    await user.keyboard('4');
    expect(cvc.value).toBe('1234');
    expect(last()?.complete).toBe(true);
  });

  it.each([
    ['4', 'visa'],
    ['51', 'mastercard'],
    ['2221', 'mastercard'],
    ['34', 'amex'],
    ['6011', 'discover'],
    ['9', 'unknown'],
  ])('names the brand of %s as %s', async (digits, brand) => {
    const user = userEvent.setup();
    const { number, last } = mountCard();
    await user.click(number);
    await user.keyboard(digits);
    expect(last()?.brand).toBe(brand);
  });

  it('puts a zero before a one-digit month and lets Backspace cross the slash', async () => {
    const user = userEvent.setup();
    const { expiry } = mountCard();
    await user.click(expiry);
    await user.keyboard('4');
    expect(expiry.value).toBe('04 / ');
    await user.keyboard('{Backspace}');
    expect(expiry.value).toBe('04');
    await user.keyboard('{Backspace}');
    expect(expiry.value).toBe('0');
  });

  it('goes back to the previous input on Backspace in an empty one', async () => {
    const user = userEvent.setup();
    const { number, expiry } = mountCard();
    await user.click(number);
    await user.keyboard('4242');
    await user.click(expiry);
    await user.keyboard('{Backspace}');
    expect(document.activeElement).toBe(number);
  });

  it('reports an invalid number at once, with Stripe.js code and wording', async () => {
    const user = userEvent.setup();
    const { number, last } = mountCard();
    await user.click(number);
    await user.keyboard('4242424242424241');
    expect(last()?.error).toEqual({
      type: 'validation_error',
      code: 'invalid_number',
      message: 'Your card number is invalid.',
    });
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(host.classList.contains('StripeElement--invalid')).toBe(true);
  });

  it('calls an unfinished number incomplete only once it is left', async () => {
    const user = userEvent.setup();
    const { number, last } = mountCard();
    await user.click(number);
    await user.keyboard('4242');
    expect(last()?.error).toBeUndefined();
    await user.tab();
    expect(last()?.error).toEqual({
      type: 'validation_error',
      code: 'incomplete_number',
      message: 'Your card number is incomplete.',
    });
  });

  it('reports an expiry year in the past and an unfinished expiry and CVC', async () => {
    const user = userEvent.setup();
    const { number, expiry, last } = mountCard();
    await user.click(number);
    await user.keyboard('4242424242424242');
    await user.keyboard('1220');
    expect(last()?.error).toEqual({
      type: 'validation_error',
      code: 'invalid_expiry_year_past',
      message: "Your card's expiration year is in the past.",
    });
    await user.clear(expiry);
    await user.keyboard('1');
    await user.tab();
    expect(last()?.error?.code).toBe('incomplete_expiry');
    expect(last()?.error?.message).toBe("Your card's expiration date is incomplete.");
    await user.click(expiry);
    await user.keyboard(`2${nextYear}1`);
    await user.tab();
    expect(last()?.error).toEqual({
      type: 'validation_error',
      code: 'incomplete_cvc',
      message: "Your card's security code is incomplete.",
    });
  });

  it('emits one focus and one blur for the whole field, and ready after mounting', async () => {
    const user = userEvent.setup();
    const stripe = createFakeStripe()('pk_test_fake');
    const card = stripe.elements().create('card');
    const seen: string[] = [];
    for (const name of ['ready', 'focus', 'blur'] as const) card.on(name, () => seen.push(name));
    card.mount(host);
    expect(seen).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await user.click(getByRole(host, 'textbox', { name: 'Card number' }));
    await user.tab();
    await user.tab();
    await user.tab();
    expect(seen).toEqual(['ready', 'focus', 'blur']);
    expect(host.classList.contains('StripeElement--focus')).toBe(false);
  });

  it('applies the style option and its invalid colour', async () => {
    const user = userEvent.setup();
    const { number, last } = mountCard({
      style: {
        base: {
          color: 'rgb(10, 20, 30)',
          fontFamily: 'Georgia, serif',
          fontSize: '18px',
          '::placeholder': { color: 'rgb(90, 90, 90)' },
        },
        invalid: { color: 'rgb(200, 0, 0)' },
      },
    });
    const box = number.parentElement as HTMLElement;
    expect(box.style.color).toBe('rgb(10, 20, 30)');
    expect(box.style.fontFamily).toBe('Georgia, serif');
    expect(box.style.fontSize).toBe('18px');
    expect(box.querySelector('style')?.textContent).toContain('color:rgb(90, 90, 90)');
    await user.click(number);
    await user.keyboard('4242424242424241');
    expect(last()?.error?.code).toBe('invalid_number');
    expect(number.style.color).toBe('rgb(200, 0, 0)');
    // Once valid again, it takes the base colour back rather than the browser's own.
    await user.keyboard('{Backspace}2');
    expect(last()?.error).toBeUndefined();
    expect(number.style.color).toBe('inherit');
  });

  it('refuses style values that would break out of their declaration', () => {
    const { number } = mountCard({
      style: { base: { '::placeholder': { color: 'red}body{display:none' } } },
    });
    const sheet = number.parentElement?.querySelector('style')?.textContent ?? '';
    expect(sheet).not.toContain('display:none');
  });

  it('disables and enables its inputs through update', () => {
    const { card, number, expiry, cvc } = mountCard();
    card.update({ disabled: true });
    expect([number, expiry, cvc].every((input) => input.disabled)).toBe(true);
    card.update({ disabled: false });
    expect([number, expiry, cvc].some((input) => input.disabled)).toBe(false);
  });

  it('clears, focuses and blurs on request', async () => {
    const user = userEvent.setup();
    const { card, number, last } = mountCard();
    await user.click(number);
    await user.keyboard('4242');
    card.clear();
    expect(number.value).toBe('');
    expect(last()?.empty).toBe(true);
    card.focus();
    expect(document.activeElement).toBe(number);
    card.blur();
    expect(document.activeElement).not.toBe(number);
  });

  it('keeps what was typed across unmount and mount', async () => {
    const user = userEvent.setup();
    const { card, number } = mountCard();
    await user.click(number);
    await user.keyboard('4242');
    card.unmount();
    expect(host.querySelector('input')).toBeNull();
    card.mount(host);
    expect(getByRole(host, 'textbox', { name: 'Card number' })).toHaveProperty('value', '4242');
  });

  it('removes its DOM and listeners on destroy, and cannot be mounted again', async () => {
    const user = userEvent.setup();
    const { card, number, changes } = mountCard();
    card.destroy();
    expect(host.children).toHaveLength(0);
    expect(host.className).toBe('');
    const before = changes.length;
    host.append(number);
    await user.type(number, '4');
    expect(changes).toHaveLength(before);
    expect(() => card.mount(host)).toThrow(
      'This Element has already been destroyed. Please create a new one.',
    );
  });

  it('allows one card Element per group until it is destroyed', () => {
    const elements = createFakeStripe()('pk_test_fake').elements();
    const first: FakeCardElement = elements.create('card');
    expect(() => elements.create('card')).toThrow('Can only create one Element of type card.');
    first.destroy();
    expect(elements.create('card')).not.toBe(first);
  });

  it('throws for a selector that matches nothing, as Stripe.js does', () => {
    const card = createFakeStripe()('pk_test_fake').elements().create('card');
    expect(() => card.mount('#nowhere')).toThrow(/applies to no DOM elements/);
  });
});

describe('createToken with the card Element', () => {
  it('answers an incomplete card with a validation error, without tokenizing', async () => {
    let asked = 0;
    const stripe = createFakeStripe({
      tokenize: async () => {
        asked += 1;
        return { error: { type: 'api_error', message: 'not expected' } };
      },
    })('pk_test_fake');
    const card = stripe.elements().create('card');
    card.mount(host);
    expect(await stripe.createToken(card)).toEqual({
      error: {
        type: 'validation_error',
        code: 'incomplete_number',
        message: 'Your card number is incomplete.',
      },
    });
    const user = userEvent.setup();
    await user.click(getByRole(host, 'textbox', { name: 'Card number' }));
    await user.keyboard('4242424242424242');
    expect(await stripe.createToken(card)).toMatchObject({
      error: { code: 'incomplete_expiry' },
    });
    await user.keyboard(`12${nextYear}1`);
    expect(await stripe.createToken(card)).toMatchObject({ error: { code: 'incomplete_cvc' } });
    expect(asked).toBe(0);
  });

  it('passes the typed card to the tokenizer', async () => {
    const user = userEvent.setup();
    const cards: unknown[] = [];
    const stripe = createFakeStripe({
      tokenize: async (key, card) => {
        cards.push({ key, ...card });
        return { error: { type: 'card_error', code: 'card_declined', message: 'Declined.' } };
      },
    })('pk_test_fake');
    const card = stripe.elements().create('card');
    card.mount(host);
    await user.click(getByRole(host, 'textbox', { name: 'Card number' }));
    await user.keyboard(`4000000000000002 12${nextYear} 123`);
    expect(await stripe.createToken(card)).toEqual({
      error: { type: 'card_error', code: 'card_declined', message: 'Declined.' },
    });
    expect(cards).toEqual([
      {
        key: 'pk_test_fake',
        number: '4000000000000002',
        expMonth: 12,
        expYear: 2000 + Number(nextYear),
        cvc: '123',
      },
    ]);
  });

  it('refuses an Element that is not mounted', async () => {
    const stripe = createFakeStripe()('pk_test_fake');
    const card = stripe.elements().create('card');
    await expect(stripe.createToken(card)).rejects.toThrow(/still mounted/);
  });
});

describe('the fake Stripe constructor', () => {
  it('says the release @stripe/stripe-js 10 expects', () => {
    expect(createFakeStripe().version).toBe('endive');
  });

  it('refuses secret and restricted keys without repeating them', () => {
    const Stripe = createFakeStripe();
    for (const key of ['sk_test_123secret', 'rk_test_123secret']) {
      expect(() => Stripe(key)).toThrow(
        'You should not use your secret key with Stripe.js. Please pass a publishable key instead.',
      );
    }
  });
});

describe('keyboard events of the card Element', () => {
  it('emits escape on Escape', async () => {
    const user = userEvent.setup();
    const stripe = createFakeStripe()('pk_test_fake');
    const card = stripe.elements().create('card');
    let escapes = 0;
    card.on('escape', () => {
      escapes += 1;
    });
    card.mount(host);
    await user.click(getByRole(host, 'textbox', { name: 'Security code (CVC)' }));
    await user.keyboard('{Escape}');
    expect(escapes).toBe(1);
  });
});
