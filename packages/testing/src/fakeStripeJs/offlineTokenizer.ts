import { findTestCard, passesLuhn } from '../testCards';
import { apiBrandNames, cvcLength, detectBrand } from './cardNumber';
import type { FakeCardDetails, FakeStripeError, FakeTokenizer } from './types';

const behaviours = new Map<string, string>();
let made = 0;

/**
 * Tokens without a server: `tok_fake_<n>` ids carrying the test card's behaviour, which
 * {@link offlineTokenBehaviour} tells. Stripe's test cards behave as in the sandbox (4000 0000
 * 0000 0002 is declined, 4000 0025 0000 3155 needs authentication, …); any other number that
 * passes the Luhn check behaves like `tok_visa`. A live-mode key (`pk_live_…`) refuses the test
 * cards with Stripe's `card_error`, as live Stripe does.
 */
export function offlineTokenizer(): FakeTokenizer {
  return async (publishableKey, card) => {
    const refusal = keyProblem(publishableKey) ?? cardProblem(card);
    if (refusal) return { error: refusal };
    const livemode = publishableKey.startsWith('pk_live_');
    const testCard = findTestCard(card.number);
    if (livemode && testCard) {
      return {
        error: {
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'live_mode_test_card',
          message:
            'Your card was declined. Your request was in live mode, but used a known test card.',
          param: 'number',
        },
      };
    }
    const behaviour = testCard?.behaviour ?? 'tok_visa';
    made += 1;
    const id = `tok_fake_${made}`;
    behaviours.set(id, behaviour);
    return {
      token: {
        id,
        object: 'token',
        type: 'card',
        livemode,
        created: Math.floor(Date.now() / 1000),
        used: false,
        card: {
          id: `card_fake_${made}`,
          object: 'card',
          brand: testCard?.brand ?? apiBrandNames[detectBrand(card.number)],
          last4: card.number.slice(-4),
          exp_month: card.expMonth,
          exp_year: card.expYear,
          funding: behaviour.endsWith('_debit') ? 'debit' : 'credit',
          country: 'US',
        },
      },
    };
  };
}

/**
 * What an offline token stands for: the sandbox's behaviour name for its test card (e.g.
 * `'tok_visa'`, `'tok_chargeDeclined'`, `'tok_chargeDeclinedInsufficientFunds'`,
 * `'authentication_required'`), or undefined for a token {@link offlineTokenizer} did not make.
 */
export function offlineTokenBehaviour(tokenId: string): string | undefined {
  return behaviours.get(tokenId);
}

function keyProblem(key: string): FakeStripeError | null {
  if (typeof key === 'string' && /^pk_(test|live)_[A-Za-z0-9]+$/.test(key)) return null;
  // Only a publishable key is ever repeated: anything else might be a secret.
  const shown =
    typeof key === 'string' && key.startsWith('pk_')
      ? `: ${key.slice(0, 8)}…${key.slice(-4)}`
      : '.';
  return { type: 'invalid_request_error', message: `Invalid API Key provided${shown}` };
}

/** The checks Stripe makes when tokenizing, with its API's codes and wording. */
function cardProblem(card: FakeCardDetails): FakeStripeError | null {
  const now = new Date();
  if (!passesLuhn(card.number)) {
    return cardError('incorrect_number', 'Your card number is incorrect.', 'number');
  }
  if (!Number.isInteger(card.expMonth) || card.expMonth < 1 || card.expMonth > 12) {
    return cardError(
      'invalid_expiry_month',
      "Your card's expiration month is invalid.",
      'exp_month',
    );
  }
  const thisYear = now.getFullYear();
  if (
    !Number.isInteger(card.expYear) ||
    card.expYear < thisYear ||
    card.expYear > thisYear + 50 ||
    (card.expYear === thisYear && card.expMonth < now.getMonth() + 1)
  ) {
    return cardError('invalid_expiry_year', "Your card's expiration year is invalid.", 'exp_year');
  }
  if (!new RegExp(`^\\d{${cvcLength(detectBrand(card.number))}}$`).test(card.cvc)) {
    return cardError('invalid_cvc', "Your card's security code is invalid.", 'cvc');
  }
  return null;
}

function cardError(code: string, message: string, param: string): FakeStripeError {
  return { type: 'card_error', code, message, param };
}
