import { randomBytes } from 'node:crypto';
import {
  cardError,
  noSuchToken,
  parameterMissing,
  type StripeErrorAnswer,
  tokenAlreadyUsed,
} from './stripeErrorBodies';
import { findTestCard, passesLuhn, sharedTestTokens } from './testCards';

/** True for a refusal from {@link CardTokens.create}, false for a token. */
export function isRefusal(made: TokenObject | StripeErrorAnswer): made is StripeErrorAnswer {
  return !('object' in made && made.object === 'token');
}

/** A card token as `POST /v1/tokens` answers it. */
export type TokenObject = {
  id: string;
  object: 'token';
  type: 'card';
  card: Record<string, unknown>;
} & Record<string, unknown>;

/** How a charge's `source` turned out: what to charge with instead, or Stripe's refusal. */
export type SourceResolution =
  | { kind: 'pass' }
  | { kind: 'charge'; source: string; token: string }
  | { kind: 'refuse'; answer: StripeErrorAnswer; token?: string };

interface StoredToken {
  account: string;
  behaviour: string;
  object: TokenObject;
  /** The account + idempotency key of the charge that used it, once used. */
  usedBy: string | null;
}

/**
 * Card tokens made with an account's publishable (or secret) key. A token belongs to the account
 * that made it: a charge on another account answers "No such token", as Stripe does, and each
 * token pays once (a retry of the same charge, under the same idempotency key, is a replay).
 */
export class CardTokens {
  private readonly tokens = new Map<string, StoredToken>();

  /** Makes a token from `card[number]`, `card[exp_month]`, … or a test token in `card`. */
  create(account: string, params: URLSearchParams): TokenObject | StripeErrorAnswer {
    const shortcut = params.get('card');
    let behaviour: string;
    let brand: string;
    let last4: string;
    const now = new Date();
    let expMonth = now.getUTCMonth() + 1;
    let expYear = now.getUTCFullYear() + 1;
    if (shortcut) {
      if (!sharedTestTokens.has(shortcut) || /^tok_(429|500|forget)$/.test(shortcut)) {
        return noSuchToken(shortcut);
      }
      behaviour = shortcut;
      brand = 'Visa';
      last4 = '4242';
    } else {
      const number = (params.get('card[number]') ?? '').replace(/[\s-]/g, '');
      if (!number) return parameterMissing('card[number]', 'Missing required param: card[number].');
      if (!passesLuhn(number)) {
        return cardError('incorrect_number', 'Your card number is incorrect.', {
          param: 'number',
        });
      }
      const card = findTestCard(number);
      if (!card) {
        return cardError(
          'card_declined',
          'Your card was declined. Your request was in test mode, but used a non test card. For a list of valid test cards, visit: https://stripe.com/docs/testing.',
          { declineCode: 'test_mode_live_card' },
        );
      }
      const month = Number(params.get('card[exp_month]'));
      const year = normaliseYear(Number(params.get('card[exp_year]')));
      if (!params.has('card[exp_month]')) return parameterMissing('card[exp_month]');
      if (!params.has('card[exp_year]')) return parameterMissing('card[exp_year]');
      if (!Number.isInteger(month) || month < 1 || month > 12) {
        return cardError('invalid_expiry_month', "Your card's expiration month is invalid.", {
          param: 'exp_month',
        });
      }
      if (
        !Number.isInteger(year) ||
        year < now.getUTCFullYear() ||
        (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)
      ) {
        return cardError('invalid_expiry_year', "Your card's expiration year is invalid.", {
          param: 'exp_year',
        });
      }
      behaviour = card.behaviour;
      brand = card.brand;
      last4 = number.slice(-4);
      expMonth = month;
      expYear = year;
    }
    const id = `tok_1${randomId(23)}`;
    const object: TokenObject = {
      id,
      object: 'token',
      type: 'card',
      card: {
        id: `card_1${randomId(23)}`,
        object: 'card',
        brand,
        country: 'US',
        exp_month: expMonth,
        exp_year: expYear,
        funding: 'credit',
        last4,
      },
      client_ip: null,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      used: false,
    };
    this.tokens.set(id, { account, behaviour, object, usedBy: null });
    return object;
  }

  /** Whether `id` names a token of this sandbox (on any account). */
  has(id: string): boolean {
    return this.tokens.has(id);
  }

  /**
   * What to charge with for `source` on `account`. Stripe's shared test tokens (`tok_visa` …)
   * pass as they are; another `tok_…` must be this account's and unused.
   */
  resolve(
    account: string,
    source: string | null,
    idempotencyKey: string | undefined,
  ): SourceResolution {
    if (!source?.startsWith('tok_') || sharedTestTokens.has(source)) return { kind: 'pass' };
    const token = this.tokens.get(source);
    if (!token || token.account !== account) {
      return { kind: 'refuse', answer: noSuchToken(source) };
    }
    const use = `${account}\u0000${idempotencyKey ?? randomId(8)}`;
    // The same charge sent again under its idempotency key is a replay, not a second use.
    if (token.usedBy !== null && token.usedBy !== use) {
      return { kind: 'refuse', answer: tokenAlreadyUsed(source) };
    }
    if (token.behaviour === 'authentication_required') {
      return {
        kind: 'refuse',
        token: source,
        answer: cardError(
          'authentication_required',
          'Your card was declined. This transaction requires authentication.',
          { declineCode: 'authentication_required' },
        ),
      };
    }
    return { kind: 'charge', source: token.behaviour, token: source };
  }

  /** Marks a token as used by a charge (answered 200 or a card error). */
  markUsed(account: string, id: string, idempotencyKey: string | undefined): void {
    const token = this.tokens.get(id);
    if (!token || token.usedBy !== null) return;
    token.usedBy = `${account}\u0000${idempotencyKey ?? randomId(8)}`;
    token.object.used = true;
  }
}

function normaliseYear(year: number): number {
  return year > 0 && year < 100 ? 2000 + year : year;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomId(length: number): string {
  let id = '';
  for (const byte of randomBytes(length)) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
