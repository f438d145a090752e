import {
  type ChargeSummary,
  ConnectError,
  type CreateChargeRequest,
  type CreateChargeResponse,
  connectErrorMessages,
} from '@pelago/connect-core';
import type { ConnectClient, RequestOptions } from '@pelago/connect-react';
import { offlineTokenBehaviour } from '@pelago/connect-testing/fake-stripe-js';
import { wait } from './wait';

/** The ways `POST /charges` can fail without Stripe refusing the card. */
export type FakeCheckoutOutage = 'network_error' | 'timeout' | 'stripe_unavailable';

/**
 * One failed `POST /charges`: before Stripe saw it (nothing charged), or `afterCharging`, when
 * Stripe made the charge and its answer was lost on the way back to the browser.
 */
export type FakeCheckoutFailure =
  | FakeCheckoutOutage
  | { code: FakeCheckoutOutage; afterCharging: true };

/** How the fake `POST /charges` behaves in one story. */
export interface FakeCheckoutScript {
  /** How long each answer takes, in milliseconds. Default 400. */
  delay?: number;
  /** The answer never comes: the form stays on "paying". */
  hang?: boolean;
  /** The first requests fail this way, in order; the requests after them answer normally. */
  failFirst?: FakeCheckoutFailure[];
  /**
   * The publishable key the form uses belongs to another Stripe account: every charge is refused
   * with Stripe's "No such token", as a mismatched pair of keys would be.
   */
  misconfigured?: boolean;
  /**
   * The publishable key of the account the restricted key belongs to: a token the fake Stripe.js
   * made with another key is refused with "No such token". Default: any key is the account's.
   */
  accountPublishableKey?: string;
}

/** A `POST /charges` as the fake server received it. */
export type FakeCheckoutRequest = CreateChargeRequest;

/** A card as a token from the fake Stripe.js describes it. */
export interface FakeTokenCard {
  brand: string;
  last4: string;
}

/** The checkout half of a fake `ConnectClient`, with what it received and charged. */
export interface FakeCheckoutServer extends Pick<ConnectClient, 'createCharge'> {
  /** Every `POST /charges` received, in order, retries included. */
  readonly checkoutRequests: FakeCheckoutRequest[];
  /** The charges made, in order: one per payment, however many times it was retried. */
  readonly charges: ChargeSummary[];
  /**
   * Tells the server about a token the fake Stripe.js made, and with which publishable key, so a
   * charge shows that card (a token the server was not told about is read from its behaviour).
   */
  rememberToken(tokenId: string, card: FakeTokenCard, publishableKey: string): void;
}

/** What Stripe answers when a card is refused: its error code, decline code and wording. */
interface Decline {
  code: string;
  declineCode?: string;
  message: string;
}

/**
 * The offline test cards' behaviours that refuse the charge, with Stripe's own wording (Stripe
 * writes card errors for the person paying).
 */
const declines: Record<string, Decline> = {
  tok_chargeDeclined: {
    code: 'card_declined',
    declineCode: 'generic_decline',
    message: 'Your card was declined.',
  },
  tok_chargeDeclinedInsufficientFunds: {
    code: 'card_declined',
    declineCode: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
  tok_chargeDeclinedFraudulent: {
    code: 'card_declined',
    declineCode: 'fraudulent',
    message: 'Your card was declined.',
  },
  tok_chargeDeclinedIncorrectCvc: {
    code: 'incorrect_cvc',
    message: "Your card's security code is incorrect.",
  },
  tok_chargeDeclinedExpiredCard: { code: 'expired_card', message: 'Your card has expired.' },
  tok_chargeDeclinedProcessingError: {
    code: 'processing_error',
    message: 'An error occurred while processing your card. Try again in a little bit.',
  },
  // The Charges API cannot run 3-D Secure: Stripe declines a card that demands it.
  authentication_required: {
    code: 'card_declined',
    declineCode: 'authentication_required',
    message: 'Your card was declined. This transaction requires authentication.',
  },
};

/** The card behind each succeeding behaviour, as a charge reports it (Stripe's lowercase brand). */
const cardsByBehaviour: Record<string, FakeTokenCard> = {
  tok_visa: { brand: 'visa', last4: '4242' },
  tok_visa_debit: { brand: 'visa', last4: '5556' },
  tok_mastercard: { brand: 'mastercard', last4: '4444' },
  tok_mastercard_debit: { brand: 'mastercard', last4: '8210' },
  tok_amex: { brand: 'amex', last4: '0005' },
  tok_createDispute: { brand: 'visa', last4: '0259' },
};

/** A charge's `payment_method_details.card.brand` for a token's `card.brand` ("MasterCard"). */
function chargeBrand(tokenBrand: string): string {
  const brand = tokenBrand.toLowerCase();
  if (brand === 'american express') return 'amex';
  if (brand === 'diners club') return 'diners';
  return brand;
}

/** What Stripe did with one idempotency key: the parameters it came with, and its answer. */
interface Recorded {
  fingerprint: string;
  outcome: { charge: ChargeSummary } | { error: ConnectError };
}

/**
 * Plays the kit's `POST /charges` in the browser, for stories, with Stripe's rules: the token's
 * test card decides (a charge, or a decline in Stripe's words), a token pays once, and a request
 * sent again with its idempotency key gets the first answer back instead of a second charge; the
 * same key with other details is refused (`idempotency_conflict`). Answers arrive after `delay`
 * and honour `AbortSignal`s.
 */
export function createFakeCheckoutServer(script: FakeCheckoutScript = {}): FakeCheckoutServer {
  const delay = script.delay ?? 400;
  const failures = [...(script.failFirst ?? [])];
  const checkoutRequests: FakeCheckoutRequest[] = [];
  const charges: ChargeSummary[] = [];
  const tokens = new Map<string, { card: FakeTokenCard; publishableKey: string }>();
  const byIdempotencyKey = new Map<string, Recorded>();
  const usedTokens = new Map<string, string>();
  let sequence = 0;

  /** Charges the card as Stripe would, or gives the error Stripe would answer. */
  function charge(body: CreateChargeRequest, key: string): Recorded['outcome'] {
    if (script.misconfigured) return { error: noSuchToken(body.source) };
    const behaviour = offlineTokenBehaviour(body.source) ?? body.source;
    const known = tokens.get(body.source);
    if (
      known &&
      script.accountPublishableKey !== undefined &&
      known.publishableKey !== script.accountPublishableKey
    ) {
      return { error: noSuchToken(body.source) };
    }
    const card = known?.card ?? cardsByBehaviour[behaviour];
    const decline = declines[behaviour];
    if (!card && !decline) return { error: noSuchToken(body.source) };
    // A token pays once; its own charge sent again under the same key is a replay, not a use.
    const usedBy = usedTokens.get(body.source);
    if (usedBy !== undefined && usedBy !== key) {
      return {
        error: new ConnectError('invalid_request', {
          message: `${connectErrorMessages.invalid_request} Stripe says: You cannot use a Stripe token more than once: ${body.source}.`,
        }),
      };
    }
    usedTokens.set(body.source, key);
    if (decline) {
      return {
        error: new ConnectError('card_declined', {
          message: decline.message,
          declineCode: decline.declineCode ?? decline.code,
        }),
      };
    }
    sequence += 1;
    const made: ChargeSummary = {
      id: `ch_3FakeCheckout${String(sequence).padStart(4, '0')}`,
      amount: body.amount,
      amountRefunded: 0,
      amountRefundable: body.amount,
      currency: body.currency.toLowerCase(),
      status: 'succeeded',
      refunded: false,
      disputed: false,
      captured: true,
      description: body.description ?? null,
      created: new Date().toISOString(),
      receiptEmail: body.receiptEmail ?? null,
      cardBrand: card?.brand ?? null,
      cardLast4: card?.last4 ?? null,
      metadata: { ...body.metadata },
    };
    charges.push(made);
    return { charge: made };
  }

  return {
    checkoutRequests,
    charges,
    rememberToken(tokenId, card, publishableKey) {
      tokens.set(tokenId, { card: { ...card, brand: chargeBrand(card.brand) }, publishableKey });
    },

    createCharge: async (body, options?: RequestOptions) => {
      checkoutRequests.push({
        ...body,
        ...(body.metadata ? { metadata: { ...body.metadata } } : {}),
      });
      await wait(script.hang ? Number.POSITIVE_INFINITY : delay, options?.signal);
      refuseInvalid(body);
      // Without a key the browser client makes one per call: only that call is protected.
      const key = body.idempotencyKey ?? `generated_${checkoutRequests.length}`;
      const fingerprint = JSON.stringify([
        body.amount,
        body.currency,
        body.source,
        body.description,
        body.metadata,
        body.receiptEmail,
      ]);
      const failure = failures.shift();
      const outage = typeof failure === 'object' ? failure.code : failure;
      // Failed before Stripe saw the request: nothing is recorded, a retry starts afresh.
      if (outage && typeof failure !== 'object') throw unavailable(outage);
      const earlier = byIdempotencyKey.get(key);
      if (earlier && earlier.fingerprint !== fingerprint) {
        throw new ConnectError('idempotency_conflict');
      }
      const outcome = earlier?.outcome ?? charge(body, key);
      byIdempotencyKey.set(key, { fingerprint, outcome });
      // Stripe charged (or declined); the answer is lost on the way back.
      if (outage) throw unavailable(outage);
      if ('error' in outcome) throw outcome.error;
      return { charge: { ...outcome.charge } } satisfies CreateChargeResponse;
    },
  };
}

/** The server's checks before it asks Stripe: a whole positive amount and a currency code. */
function refuseInvalid(body: CreateChargeRequest): void {
  if (!Number.isSafeInteger(body.amount) || body.amount < 1) {
    throw new ConnectError('amount_invalid', {
      message: "Enter an amount of 1 or more in the currency's smallest unit (for example cents).",
    });
  }
  if (!/^[A-Za-z]{3}$/.test(body.currency)) throw new ConnectError('currency_invalid');
  if (!body.source?.trim()) {
    throw new ConnectError('invalid_request', { message: 'A card source is required.' });
  }
}

/** Stripe's answer for a token of another account (or none at all). */
function noSuchToken(source: string): ConnectError {
  return new ConnectError('invalid_request', {
    message: `${connectErrorMessages.invalid_request} Stripe says: No such token: '${source}'`,
  });
}

/** The browser's failed fetch, or the server's 502/504 when Stripe fails or is slow. */
function unavailable(code: FakeCheckoutOutage): ConnectError {
  if (code === 'network_error') return new ConnectError(code, { status: 0 });
  return new ConnectError(code);
}
