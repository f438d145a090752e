import { describe, expect, it } from 'vitest';
import { offlineTokenBehaviour, offlineTokenizer } from './offlineTokenizer';
import type { FakeCardDetails } from './types';

const expYear = new Date().getFullYear() + 2;
const card = (number: string, extra: Partial<FakeCardDetails> = {}): FakeCardDetails => ({
  number,
  expMonth: 12,
  expYear,
  cvc: number.startsWith('3') ? '1234' : '123',
  ...extra,
});

async function tokenOf(number: string, key = 'pk_test_offline') {
  const made = await offlineTokenizer()(key, card(number));
  if (!('token' in made)) throw new Error(`expected a token, got ${made.error.message}`);
  return made.token;
}

describe('offlineTokenizer', () => {
  it('makes tok_fake ids carrying the card', async () => {
    const token = await tokenOf('4242424242424242');
    expect(token).toMatchObject({
      object: 'token',
      type: 'card',
      livemode: false,
      used: false,
      card: { brand: 'Visa', last4: '4242', exp_month: 12, exp_year: expYear, funding: 'credit' },
    });
    expect(token.id).toMatch(/^tok_fake_\d+$/);
    expect(offlineTokenBehaviour(token.id)).toBe('tok_visa');
  });

  it('gives every token an id of its own, across tokenizers', async () => {
    const first = await tokenOf('4242424242424242');
    const second = await tokenOf('4242424242424242');
    expect(first.id).not.toBe(second.id);
  });

  it.each([
    ['4000000000000002', 'tok_chargeDeclined'],
    ['4000000000009995', 'tok_chargeDeclinedInsufficientFunds'],
    ['4000002500003155', 'authentication_required'],
    ['5555555555554444', 'tok_mastercard'],
    ['378282246310005', 'tok_amex'],
  ])('gives %s the sandbox behaviour %s', async (number, behaviour) => {
    expect(offlineTokenBehaviour((await tokenOf(number)).id)).toBe(behaviour);
  });

  it('treats an unknown number that passes the Luhn check like tok_visa', async () => {
    const token = await tokenOf('4111111111111111');
    expect(offlineTokenBehaviour(token.id)).toBe('tok_visa');
    expect(token.card.brand).toBe('Visa');
  });

  it('knows nothing of tokens it did not make', () => {
    expect(offlineTokenBehaviour('tok_visa')).toBeUndefined();
  });

  it('refuses a test card with a live-mode key, as live Stripe does', async () => {
    expect(await offlineTokenizer()('pk_live_abc123', card('4242424242424242'))).toEqual({
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'live_mode_test_card',
        message:
          'Your card was declined. Your request was in live mode, but used a known test card.',
        param: 'number',
      },
    });
  });

  it('answers Stripe card errors for a bad number, expiry or CVC', async () => {
    const tokenize = offlineTokenizer();
    expect(await tokenize('pk_test_a1', card('4242424242424241'))).toMatchObject({
      error: { type: 'card_error', code: 'incorrect_number', param: 'number' },
    });
    expect(
      await tokenize('pk_test_a1', card('4242424242424242', { expYear: expYear - 5 })),
    ).toMatchObject({ error: { type: 'card_error', code: 'invalid_expiry_year' } });
    expect(await tokenize('pk_test_a1', card('4242424242424242', { expMonth: 13 }))).toMatchObject({
      error: { code: 'invalid_expiry_month' },
    });
    expect(await tokenize('pk_test_a1', card('4242424242424242', { cvc: '12' }))).toMatchObject({
      error: { code: 'invalid_cvc' },
    });
  });

  it('refuses a key that is not publishable without repeating it', async () => {
    const made = await offlineTokenizer()('sk_test_secretvalue', card('4242424242424242'));
    expect(made).toEqual({
      error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' },
    });
  });
});
