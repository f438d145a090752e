// @vitest-environment jsdom
import { loadStripe } from '@stripe/stripe-js/pure';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeStripe } from './installFakeStripe';
import { offlineTokenBehaviour } from './offlineTokenizer';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('installFakeStripe with @stripe/stripe-js', () => {
  it('is what loadStripe resolves, without a script tag or a console warning', async () => {
    const output = [
      vi.spyOn(console, 'warn').mockImplementation(() => {}),
      vi.spyOn(console, 'error').mockImplementation(() => {}),
      vi.spyOn(console, 'log').mockImplementation(() => {}),
    ];
    const uninstall = installFakeStripe();
    try {
      const stripe = await loadStripe('pk_test_loader');
      expect(stripe).not.toBeNull();
      expect(document.querySelector('script')).toBeNull();
      for (const spy of output) expect(spy).not.toHaveBeenCalled();

      // The real loader's Stripe is the fake: its card Element tokenizes offline.
      const host = document.createElement('div');
      document.body.append(host);
      const elements = stripe?.elements();
      const card = elements?.create('card');
      card?.mount(host);
      const values = ['4000000000000002', `12${(new Date().getFullYear() + 2) % 100}`, '123'];
      host.querySelectorAll('input').forEach((input, index) => {
        input.value = values[index] ?? '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const made = card ? await stripe?.createToken(card) : undefined;
      expect(made?.token && offlineTokenBehaviour(made.token.id)).toBe('tok_chargeDeclined');
    } finally {
      uninstall();
    }
  });

  it('puts back what window.Stripe was', () => {
    const before = window.Stripe;
    const uninstall = installFakeStripe();
    expect(window.Stripe).not.toBe(before);
    uninstall();
    expect(window.Stripe).toBe(before);
    expect('Stripe' in window).toBe(false);
  });
});
