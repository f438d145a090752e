import { ConnectError, type CreateChargeRequest, type KeyStatus } from '@pelago/connect-core';
import { createFakeStripe } from '@pelago/connect-testing/fake-stripe-js';
import type { Stripe } from '@stripe/stripe-js';
import { act, renderHook, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeChargeServer } from '../../test-support/fakeChargeServer';
import {
  connectedStatus,
  deferred,
  errorOf,
  fakeKeys,
  mockConnectClient,
} from '../../test-support/mockConnectClient';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { enCheckout } from './enCheckout';
import { type UseChargeFormOptions, useChargeForm } from './useChargeForm';

const loader = vi.hoisted(() => ({ loadStripe: vi.fn() }));
vi.mock('@stripe/stripe-js/pure', () => ({ loadStripe: loader.loadStripe }));

const publishableKey = fakeKeys.publishable();
const fakeStripe = () => createFakeStripe()(publishableKey) as unknown as Stripe;
const payment: UseChargeFormOptions = {
  amount: 2500,
  currency: 'usd',
  description: 'Spring conference, 1 ticket',
  metadata: { order: 'ORD-1001' },
  receiptEmail: 'ada@example.com',
};

let mountPoint: HTMLDivElement;
beforeEach(() => {
  mountPoint = document.createElement('div');
  document.body.append(mountPoint);
  loader.loadStripe.mockReset();
  loader.loadStripe.mockImplementation(async () => fakeStripe());
  // A payment left unconfirmed stays in the tab's storage, as it would across a reload.
  sessionStorage.clear();
});
afterEach(() => {
  mountPoint.remove();
  vi.restoreAllMocks();
});

function setup(
  options: Partial<UseChargeFormOptions> = {},
  client = mockConnectClient({ getKey: async () => ({ status: payable() }) }),
  server = fakeChargeServer(),
) {
  client.createCharge.mockImplementation(server.createCharge);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PelagoConnectProvider client={client}>{children}</PelagoConnectProvider>
  );
  const hook = renderHook((props: UseChargeFormOptions) => useChargeForm(props), {
    wrapper,
    initialProps: { ...payment, ...options },
  });
  act(() => hook.result.current.cardRef(mountPoint));
  return { client, server, hook };
}

function payable(overrides: Partial<KeyStatus> = {}): KeyStatus {
  return connectedStatus({
    publishableKey,
    publishableKeyPairing: 'unconfirmed',
    payments: 'unconfirmed',
    ...overrides,
  });
}

async function typeCard(number: string) {
  const user = userEvent.setup();
  const input = (label: string) => {
    const found = mountPoint.querySelector<HTMLInputElement>(`input[aria-label^="${label}"]`);
    if (!found) throw new Error(`the card field has no ${label} input`);
    return found;
  };
  await user.clear(input('Card number'));
  await user.type(input('Card number'), number);
  if (input('Expiration').value === '') await user.type(input('Expiration'), '1234');
  if (input('Security code').value === '') await user.type(input('Security code'), '123');
}

async function ready(hook: ReturnType<typeof setup>['hook']) {
  await waitFor(() => expect(hook.result.current.status).toBe('ready'));
}

async function pay(hook: ReturnType<typeof setup>['hook']) {
  await act(async () => {
    await hook.result.current.pay();
  });
}

const sent = (client: ReturnType<typeof mockConnectClient>) =>
  client.createCharge.mock.calls.map((call) => call[0] as CreateChargeRequest);

describe('useChargeForm: Stripe.js and the publishable key', () => {
  it('asks the server for the publishable key and loads Stripe.js with it once', async () => {
    const { client, hook } = setup();
    expect(hook.result.current.status).toBe('checking');
    await ready(hook);
    expect(client.getKey).toHaveBeenCalledTimes(1);
    expect(loader.loadStripe).toHaveBeenCalledTimes(1);
    expect(loader.loadStripe).toHaveBeenCalledWith(publishableKey);
    expect(mountPoint.querySelectorAll('input')).toHaveLength(3);
  });

  it('uses the injected Stripe.js without asking the server or loading anything', async () => {
    const client = mockConnectClient();
    const { hook } = setup({ stripe: Promise.resolve(fakeStripe()) }, client);
    expect(hook.result.current.status).toBe('loading');
    await ready(hook);
    expect(client.getKey).not.toHaveBeenCalled();
    expect(loader.loadStripe).not.toHaveBeenCalled();
  });

  it('reads the injected Stripe.js once: a new promise on a later render changes nothing', async () => {
    const first = fakeStripe();
    const { hook } = setup({ stripe: Promise.resolve(first) }, mockConnectClient());
    await ready(hook);
    const field = mountPoint.querySelector('input');
    const other = fakeStripe();
    const elements = vi.spyOn(other, 'elements');
    hook.rerender({ ...payment, stripe: Promise.resolve(other) });
    await act(async () => {});
    expect(elements).not.toHaveBeenCalled();
    expect(mountPoint.querySelector('input')).toBe(field);
    expect(hook.result.current.status).toBe('ready');
  });

  it('loads with the publishable key given as a prop, without asking the server', async () => {
    const client = mockConnectClient();
    const { hook } = setup({ publishableKey }, client);
    await ready(hook);
    expect(client.getKey).not.toHaveBeenCalled();
    expect(loader.loadStripe).toHaveBeenCalledWith(publishableKey);
  });

  it.each([
    [{ connected: false }, 'not_connected', 'key_not_connected'],
    [
      { publishableKey: undefined, payments: 'publishable_key_missing' },
      'publishable_key_missing',
      'publishable_key_invalid',
    ],
    [
      { payments: 'publishable_key_mismatch' },
      'publishable_key_mismatch',
      'publishable_key_mismatch',
    ],
    [{ payments: 'charges_not_permitted' }, 'charges_not_permitted', 'permission_missing'],
  ] as const)('blocks payments when the status says %j', async (overrides, reason, code) => {
    const onError = vi.fn();
    const status = { ...payable(), ...overrides } as KeyStatus;
    const client = mockConnectClient({ getKey: async () => ({ status }) });
    const { hook } = setup({ onError }, client);
    await waitFor(() => expect(hook.result.current.status).toBe('unavailable'));
    expect(hook.result.current.unavailable).toBe(reason);
    expect(hook.result.current.error?.code).toBe(code);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBe(hook.result.current.error);
    expect(loader.loadStripe).not.toHaveBeenCalled();
    expect(hook.result.current.canPay).toBe(false);
  });

  it('says when the status could not be read, and asks again on reload', async () => {
    const getKey = vi
      .fn<() => Promise<{ status: KeyStatus }>>()
      .mockRejectedValueOnce(errorOf('network_error'))
      .mockResolvedValue({ status: payable() });
    const client = mockConnectClient({ getKey });
    const { hook } = setup({}, client);
    await waitFor(() => expect(hook.result.current.unavailable).toBe('check_failed'));
    expect(hook.result.current.canReload).toBe(true);
    act(() => hook.result.current.reload());
    await ready(hook);
    expect(client.getKey).toHaveBeenCalledTimes(2);
  });

  it.each([
    [25.5, 'usd', 'amount_invalid'],
    [0, 'usd', 'amount_invalid'],
    [-100, 'usd', 'amount_invalid'],
    [Number.NaN, 'usd', 'amount_invalid'],
    [1005, 'kwd', 'amount_invalid'],
    [2500, 'xyz', 'currency_invalid'],
    [2500, 'dollars', 'currency_invalid'],
  ])('refuses amount %s %s before loading anything', async (amount, currency, reason) => {
    const onError = vi.fn();
    const client = mockConnectClient();
    const { hook } = setup({ amount, currency, onError }, client);
    expect(hook.result.current.status).toBe('unavailable');
    expect(hook.result.current.unavailable).toBe(reason);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(client.getKey).not.toHaveBeenCalled();
    expect(loader.loadStripe).not.toHaveBeenCalled();
  });

  it('says Stripe.js failed to load, then loads it again on reload', async () => {
    const onError = vi.fn();
    loader.loadStripe.mockRejectedValueOnce(new Error('Failed to load Stripe.js'));
    const { hook } = setup({ publishableKey, onError });
    await waitFor(() => expect(hook.result.current.status).toBe('load_failed'));
    expect(hook.result.current.error?.code).toBe('stripe_unavailable');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(hook.result.current.canReload).toBe(true);
    act(() => hook.result.current.reload());
    expect(hook.result.current.status).toBe('loading');
    await ready(hook);
    expect(loader.loadStripe).toHaveBeenCalledTimes(2);
  });

  it("cannot reload the host's own Stripe.js once its promise rejected, and says so to the integrator", async () => {
    const onError = vi.fn();
    const stripe = Promise.reject(new Error('Failed to load Stripe.js'));
    const { hook } = setup({ stripe, onError });
    await waitFor(() => expect(hook.result.current.status).toBe('load_failed'));
    expect(hook.result.current.canReload).toBe(false);
    expect(onError).toHaveBeenCalledTimes(1);
    const error = onError.mock.calls[0]?.[0] as ConnectError;
    expect(error.code).toBe('stripe_unavailable');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('`stripe` promise');
    // A reload asked for anyway changes nothing: the same promise would only reject again.
    act(() => hook.result.current.reload());
    expect(hook.result.current.status).toBe('load_failed');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(loader.loadStripe).not.toHaveBeenCalled();
  });

  it('treats Stripe.js resolving null in a browser as a failed load', async () => {
    loader.loadStripe.mockResolvedValueOnce(null);
    const { hook } = setup({ publishableKey });
    await waitFor(() => expect(hook.result.current.status).toBe('load_failed'));
  });
});

describe('useChargeForm: paying with one idempotency key per intent', () => {
  it('tokenizes the card and charges it once with the payment and a fresh key', async () => {
    const onSucceeded = vi.fn();
    const { client, server, hook } = setup({ onSucceeded });
    await ready(hook);
    await typeCard('4242424242424242');
    await pay(hook);
    expect(hook.result.current.status).toBe('succeeded');
    const [request] = sent(client);
    expect(request).toMatchObject({
      amount: 2500,
      currency: 'usd',
      description: 'Spring conference, 1 ticket',
      metadata: { order: 'ORD-1001' },
      receiptEmail: 'ada@example.com',
    });
    expect(request?.source).toMatch(/^tok_fake_\d+$/);
    expect(request?.idempotencyKey).toMatch(/^charge_[0-9a-f-]{36}$/);
    expect(server.made).toHaveLength(1);
    expect(onSucceeded).toHaveBeenCalledTimes(1);
    expect(onSucceeded).toHaveBeenCalledWith(server.made[0]);
    expect(hook.result.current.charge?.id).toBe(server.made[0]?.id);
    expect(hook.result.current.paidWith).toEqual({ brand: 'Visa', last4: '4242' });
  });

  it('answer lost after Stripe charged, Try again → same key and same token, one charge', async () => {
    const onError = vi.fn();
    const { client, server, hook } = setup({ onError });
    server.answer('charge-then-lose-answer');
    await ready(hook);
    await typeCard('4242424242424242');
    await pay(hook);
    expect(hook.result.current.status).toBe('failed');
    expect(hook.result.current.failure?.kind).toBe('retry');
    expect(hook.result.current.failure?.messageKey).toBe('retryNetwork');
    expect(onError).toHaveBeenCalledTimes(1);
    await pay(hook);
    expect(hook.result.current.status).toBe('succeeded');
    const [first, second] = sent(client);
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
    expect(second?.source).toBe(first?.source);
    expect(second).toEqual(first);
    expect(server.made).toHaveLength(1);
  });

  it.each([
    ['network_error', 'retryNetwork'],
    ['timeout', 'retryTimeout'],
    ['stripe_unavailable', 'retryBusy'],
    ['request_in_progress', 'retryInProgress'],
    ['rate_limited', 'retryBusy'],
    ['internal_error', 'retryUnknown'],
  ] as const)('after %s the retry re-sends the identical request', async (code, messageKey) => {
    const { client, server, hook } = setup();
    server.answer({ fail: errorOf(code) }, { fail: errorOf(code) });
    await ready(hook);
    await typeCard('4242424242424242');
    await pay(hook);
    expect(hook.result.current.failure).toMatchObject({ kind: 'retry', messageKey });
    await pay(hook);
    await pay(hook);
    expect(hook.result.current.status).toBe('succeeded');
    const requests = sent(client);
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((request) => request.idempotencyKey)).size).toBe(1);
    expect(new Set(requests.map((request) => request.source)).size).toBe(1);
    expect(server.made).toHaveLength(1);
  });

  it('double click → one token, one request', async () => {
    const { client, hook } = setup();
    await ready(hook);
    await typeCard('4242424242424242');
    const createToken = vi.spyOn(await stripeOf(), 'createToken');
    await act(async () => {
      await Promise.all([hook.result.current.pay(), hook.result.current.pay()]);
    });
    expect(createToken).toHaveBeenCalledTimes(1);
    expect(client.createCharge).toHaveBeenCalledTimes(1);
  });

  it('sends nothing more while a payment is under way', async () => {
    const { client, hook } = setup();
    await ready(hook);
    await typeCard('4242424242424242');
    const answer = deferred<{ charge: never }>();
    client.createCharge.mockImplementationOnce(() => answer.promise);
    let first: Promise<unknown> = Promise.resolve();
    act(() => {
      first = hook.result.current.pay();
    });
    await waitFor(() => expect(client.createCharge).toHaveBeenCalledTimes(1));
    expect(hook.result.current.status).toBe('paying');
    expect(hook.result.current.canPay).toBe(false);
    await act(async () => {
      await hook.result.current.pay();
    });
    expect(client.createCharge).toHaveBeenCalledTimes(1);
    await act(async () => {
      answer.reject(errorOf('network_error'));
      await first;
    });
    expect(hook.result.current.failure?.kind).toBe('retry');
  });

  it('decline then a new card → new key and new token', async () => {
    const onError = vi.fn();
    const { client, server, hook } = setup({ onError });
    await ready(hook);
    await typeCard('4000000000009995');
    await pay(hook);
    expect(hook.result.current.failure).toMatchObject({
      kind: 'declined',
      messageKey: 'declinedInsufficientFunds',
    });
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      code: 'card_declined',
      declineCode: 'insufficient_funds',
    });
    await typeCard('4242424242424242');
    expect(hook.result.current.failure).toBeUndefined();
    await pay(hook);
    expect(hook.result.current.status).toBe('succeeded');
    const [declined, paid] = sent(client);
    expect(paid?.idempotencyKey).not.toBe(declined?.idempotencyKey);
    expect(paid?.source).not.toBe(declined?.source);
    expect(server.made).toHaveLength(1);
  });

  it('a declined card paid again as it is gets a new key too (Stripe keeps the refusal)', async () => {
    const { client, hook } = setup();
    await ready(hook);
    await typeCard('4000000000000002');
    await pay(hook);
    await pay(hook);
    const [first, second] = sent(client);
    expect(second?.idempotencyKey).not.toBe(first?.idempotencyKey);
    expect(second?.source).not.toBe(first?.source);
  });

  it.each([
    ['generic_decline', 'declinedGeneric'],
    ['fraudulent', 'declinedGeneric'],
    ['lost_card', 'declinedGeneric'],
    ['stolen_card', 'declinedGeneric'],
    ['do_not_honor', 'declinedGeneric'],
    ['insufficient_funds', 'declinedInsufficientFunds'],
    ['expired_card', 'declinedExpiredCard'],
    ['incorrect_cvc', 'declinedIncorrectCvc'],
    ['processing_error', 'declinedProcessingError'],
  ])('words the decline code %s', async (declineCode, messageKey) => {
    const { server, hook } = setup();
    server.answer({ fail: new ConnectError('card_declined', { declineCode }) });
    await ready(hook);
    await typeCard('4242424242424242');
    await pay(hook);
    expect(hook.result.current.failure).toMatchObject({ kind: 'declined', messageKey });
    expect(hook.result.current.canPay).toBe(true);
  });

  it('explains a card that needs authentication, and takes another card with a new key', async () => {
    const { client, hook } = setup();
    await ready(hook);
    await typeCard('4000002500003155');
    await pay(hook);
    expect(hook.result.current.failure?.kind).toBe('authentication_required');
    await typeCard('5555555555554444');
    await pay(hook);
    expect(hook.result.current.status).toBe('succeeded');
    const [first, second] = sent(client);
    expect(second?.idempotencyKey).not.toBe(first?.idempotencyKey);
  });

  it.each([['charge_not_found'], ['invalid_request']] as const)(
    'a %s answer (a token of another account) stops the form',
    async (code) => {
      const { client, server, hook } = setup();
      server.answer({ fail: errorOf(code) });
      await ready(hook);
      await typeCard('4242424242424242');
      await pay(hook);
      expect(hook.result.current.failure).toMatchObject({
        kind: 'misconfigured',
        messageKey: 'misconfigured',
      });
      expect(hook.result.current.canPay).toBe(false);
      await pay(hook);
      expect(client.createCharge).toHaveBeenCalledTimes(1);
    },
  );

  it('a key the server can no longer use stops the form as unavailable', async () => {
    const { server, hook } = setup();
    server.answer({ fail: errorOf('permission_missing') });
    await ready(hook);
    await typeCard('4242424242424242');
    await pay(hook);
    expect(hook.result.current.failure?.kind).toBe('unavailable');
    expect(hook.result.current.canPay).toBe(false);
  });

  it('an incomplete card is refused inline by Stripe.js, sending nothing', async () => {
    const onError = vi.fn();
    const { client, hook } = setup({ onError });
    await ready(hook);
    await typeCard('4242');
    await pay(hook);
    expect(hook.result.current.status).toBe('ready');
    // The catalogue's words, not Stripe.js's English.
    expect(hook.result.current.card.error).toBe(enCheckout.cardErrorIncompleteNumber);
    expect(client.createCharge).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('Stripe unreachable while tokenizing: nothing charged, the retry makes a token with the same key', async () => {
    const { client, hook } = setup();
    await ready(hook);
    await typeCard('4242424242424242');
    const stripe = await stripeOf();
    const createToken = vi.spyOn(stripe, 'createToken');
    createToken.mockResolvedValueOnce({
      error: { type: 'api_connection_error', message: 'Failed to fetch' },
    } as never);
    await pay(hook);
    expect(hook.result.current.failure?.kind).toBe('card_check_failed');
    expect(client.createCharge).not.toHaveBeenCalled();
    await pay(hook);
    expect(hook.result.current.status).toBe('succeeded');
    expect(createToken).toHaveBeenCalledTimes(2);
  });

  it('a changed intent after a lost answer gets a new key and a new token', async () => {
    const { client, server, hook } = setup();
    server.answer({ fail: errorOf('network_error') });
    await ready(hook);
    await typeCard('4242424242424242');
    await pay(hook);
    expect(hook.result.current.failure?.kind).toBe('retry');
    hook.rerender({ ...payment, amount: 5000 });
    expect(hook.result.current.status).toBe('ready');
    await pay(hook);
    const [first, second] = sent(client);
    expect(second?.amount).toBe(5000);
    expect(second?.idempotencyKey).not.toBe(first?.idempotencyKey);
    expect(second?.source).not.toBe(first?.source);
  });

  it('keeps the intent (and its key) when the host re-renders with an equal metadata object', async () => {
    const { client, server, hook } = setup();
    server.answer({ fail: errorOf('timeout') });
    await ready(hook);
    await typeCard('4242424242424242');
    await pay(hook);
    hook.rerender({ ...payment, metadata: { order: 'ORD-1001' } });
    expect(hook.result.current.failure?.kind).toBe('retry');
    await pay(hook);
    const [first, second] = sent(client);
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
  });

  it('two payments of the same intent, one after the other succeeded, get two keys', async () => {
    const first = setup();
    await ready(first.hook);
    await typeCard('4242424242424242');
    await pay(first.hook);
    first.hook.unmount();
    mountPoint.replaceChildren();
    const second = setup();
    await ready(second.hook);
    await typeCard('4242424242424242');
    await pay(second.hook);
    expect(sent(second.client)[0]?.idempotencyKey).not.toBe(sent(first.client)[0]?.idempotencyKey);
  });
});

describe('useChargeForm: a payment left unconfirmed when the page is reloaded', () => {
  /** The page reloaded: the form goes, and the same page mounts a new one against one server. */
  function reload(
    before: ReturnType<typeof setup>,
    options: Partial<UseChargeFormOptions> = {},
  ): ReturnType<typeof setup> {
    before.hook.unmount();
    mountPoint.replaceChildren();
    return setup(options, undefined, before.server);
  }

  async function loseAnswer() {
    const first = setup();
    first.server.answer('charge-then-lose-answer');
    await ready(first.hook);
    await typeCard('4242424242424242');
    await pay(first.hook);
    expect(first.hook.result.current.failure?.kind).toBe('retry');
    return first;
  }

  const stored = () => Object.entries({ ...sessionStorage });

  it('keeps the lost payment in sessionStorage: its key and token, nothing secret', async () => {
    const first = await loseAnswer();
    const [request] = sent(first.client);
    const entries = stored();
    expect(entries).toHaveLength(1);
    const [name, value] = entries[0] ?? ['', ''];
    // Named for the intent without spelling it out: no email or order in the name.
    expect(name).toMatch(/^pelago-connect:pending-charge:[0-9a-f]{1,8}$/);
    expect(JSON.parse(value)).toEqual({
      signature: expect.stringContaining('ORD-1001'),
      idempotencyKey: request?.idempotencyKey,
      token: { id: request?.source, brand: 'Visa', last4: '4242' },
    });
    expect(value).not.toMatch(/(?:pk|rk|sk)_(?:test|live)_/);
    expect(value).not.toContain('4242424242424242');
  });

  it('a reload with the same intent resumes: Try again re-sends the same token and key, one charge', async () => {
    const first = await loseAnswer();
    const onError = vi.fn();
    const second = reload(first, { onError });
    await waitFor(() => expect(second.hook.result.current.status).toBe('failed'));
    expect(second.hook.result.current.failure).toMatchObject({
      kind: 'retry',
      messageKey: 'retryResumed',
    });
    expect(second.hook.result.current.canPay).toBe(true);
    // Nothing typed in the new card field: the token of the first attempt is what is paid.
    expect(second.hook.result.current.card.empty).toBe(true);
    const createToken = vi.spyOn(await stripeOf(), 'createToken');
    await pay(second.hook);
    expect(second.hook.result.current.status).toBe('succeeded');
    expect(createToken).not.toHaveBeenCalled();
    expect(sent(second.client)).toEqual(sent(first.client));
    expect(sent(second.client)[0]?.idempotencyKey).toBe(sent(first.client)[0]?.idempotencyKey);
    expect(second.server.made).toHaveLength(1);
    expect(second.hook.result.current.paidWith).toEqual({ brand: 'Visa', last4: '4242' });
    // The failure was reported when it happened, not again on the reload.
    expect(onError).not.toHaveBeenCalled();
    expect(stored()).toEqual([]);
  });

  it('a reload with another intent starts a new payment with a new key and token', async () => {
    const first = await loseAnswer();
    const second = reload(first, { metadata: { order: 'ORD-1002' } });
    await ready(second.hook);
    expect(second.hook.result.current.failure).toBeUndefined();
    await typeCard('4242424242424242');
    await pay(second.hook);
    expect(second.hook.result.current.status).toBe('succeeded');
    const [lost] = sent(first.client);
    const [paid] = sent(second.client);
    expect(paid?.idempotencyKey).not.toBe(lost?.idempotencyKey);
    expect(paid?.source).not.toBe(lost?.source);
  });

  it('a success in the same page forgets the lost payment: a reload shows a new form', async () => {
    const first = await loseAnswer();
    await pay(first.hook);
    expect(first.hook.result.current.status).toBe('succeeded');
    expect(stored()).toEqual([]);
    const second = reload(first);
    await ready(second.hook);
    expect(second.hook.result.current.failure).toBeUndefined();
  });

  it('a decline on the resumed payment forgets it', async () => {
    const first = await loseAnswer();
    const second = reload(first);
    await waitFor(() => expect(second.hook.result.current.status).toBe('failed'));
    second.server.answer({
      fail: new ConnectError('card_declined', { declineCode: 'do_not_honor' }),
    });
    await pay(second.hook);
    expect(second.hook.result.current.failure?.kind).toBe('declined');
    expect(stored()).toEqual([]);
    const third = reload(second);
    await ready(third.hook);
    expect(third.hook.result.current.failure).toBeUndefined();
  });

  it('a server that can no longer take payments forgets it', async () => {
    const first = await loseAnswer();
    first.server.answer({ fail: errorOf('permission_missing') });
    await pay(first.hook);
    expect(first.hook.result.current.failure?.kind).toBe('unavailable');
    expect(stored()).toEqual([]);
  });

  it('a changed intent forgets the lost payment of the old one', async () => {
    const first = await loseAnswer();
    first.hook.rerender({ ...payment, amount: 5000 });
    await waitFor(() => expect(stored()).toEqual([]));
    // Back to the old intent: not offered as a retry any more, it would be a new key now.
    first.hook.rerender(payment);
    await act(async () => {});
    expect(first.hook.result.current.status).toBe('ready');
  });

  it('pays, and retries in the page, when storage throws on every access', async () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(blocked);
    const first = await loseAnswer();
    await pay(first.hook);
    expect(first.hook.result.current.status).toBe('succeeded');
    const [lost, retried] = sent(first.client);
    expect(retried).toEqual(lost);
    expect(first.server.made).toHaveLength(1);
    vi.restoreAllMocks();
    const second = reload(first);
    await ready(second.hook);
    await typeCard('4242424242424242');
    await pay(second.hook);
    expect(second.hook.result.current.status).toBe('succeeded');
  });

  it('ignores an entry that is not a payment of this intent', async () => {
    const first = await loseAnswer();
    const [name, value] = stored()[0] ?? ['', ''];
    sessionStorage.setItem(name, JSON.stringify({ ...JSON.parse(value), signature: 'other' }));
    const second = reload(first);
    await ready(second.hook);
    expect(second.hook.result.current.failure).toBeUndefined();
  });
});

/** The Stripe instance the loader handed out last. */
async function stripeOf(): Promise<Stripe> {
  const results = loader.loadStripe.mock.results;
  return (await results[results.length - 1]?.value) as Stripe;
}
