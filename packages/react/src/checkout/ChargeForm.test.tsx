import { createFakeStripe } from '@pelago/connect-testing/fake-stripe-js';
import type { Stripe } from '@stripe/stripe-js';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bySentence } from '../../test-support/bySentence';
import { fakeChargeServer } from '../../test-support/fakeChargeServer';
import {
  connectedStatus,
  deferred,
  errorOf,
  fakeKeys,
  mockConnectClient,
} from '../../test-support/mockConnectClient';
import { recordCardElements } from '../../test-support/recordCardElements';
import { renderWithKit } from '../../test-support/renderWithKit';
import { styleRulesFor } from '../../test-support/styleRulesFor';
import { es, esCheckout } from '../locales/es';
import { fr, frCheckout } from '../locales/fr';
import type { PelagoConnectProviderProps } from '../provider/PelagoConnectProvider';
import { darkTheme } from '../theme/defaultThemes';
import { ChargeForm, type ChargeFormProps } from './ChargeForm';
import { enCheckout } from './enCheckout';
import '../../test-support/domMatchers';

const loader = vi.hoisted(() => ({ loadStripe: vi.fn() }));
vi.mock('@stripe/stripe-js/pure', () => ({ loadStripe: loader.loadStripe }));
beforeEach(() => {
  loader.loadStripe.mockReset();
  // A payment left unconfirmed stays in the tab's storage, as it would across a reload.
  sessionStorage.clear();
});

const publishableKey = fakeKeys.publishable();

/** A fake Stripe.js whose Card Element creations are recorded. */
function recordingStripe() {
  const stripe = createFakeStripe()(publishableKey) as unknown as Stripe;
  const elements = vi.spyOn(stripe, 'elements');
  return { stripe, elements, ...recordCardElements(stripe) };
}

function renderForm(
  props: Partial<ChargeFormProps> = {},
  kit: Omit<PelagoConnectProviderProps, 'children' | 'client'> = {},
) {
  const server = fakeChargeServer();
  const client = mockConnectClient({
    getKey: async () => ({
      status: connectedStatus({ publishableKey, payments: 'ready' }),
    }),
    createCharge: server.createCharge,
  });
  const fake = recordingStripe();
  const view = renderWithKit(
    <ChargeForm
      amount={2500}
      currency="usd"
      description="Spring conference, 1 ticket"
      receiptEmail="ada@example.com"
      stripe={Promise.resolve(fake.stripe)}
      {...props}
    />,
    client,
    kit,
  );
  return { ...view, client, server, ...fake };
}

async function typeCard(number: string) {
  const user = userEvent.setup();
  const field = await screen.findByRole('textbox', { name: 'Card number' });
  await user.clear(field);
  await user.type(field, number);
  const expiry = screen.getByRole('textbox', { name: 'Expiration date (MM / YY)' });
  if ((expiry as HTMLInputElement).value === '') await user.type(expiry, '1234');
  const cvc = screen.getByRole('textbox', { name: 'Security code (CVC)' });
  if ((cvc as HTMLInputElement).value === '') await user.type(cvc, '123');
  return user;
}

const payButton = (name = 'Pay $25.00') => screen.getByRole('button', { name });

describe('ChargeForm', () => {
  it('shows the amount, pays with the test card and shows the receipt, focused', async () => {
    const onSucceeded = vi.fn();
    const { server } = renderForm({ onSucceeded });
    expect(screen.getByText('Loading the secure card form…')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Payment' })).toHaveAttribute('data-state', 'loading');
    const user = await typeCard('4242424242424242');
    expect(screen.queryByText('Loading the secure card form…')).toBeNull();
    expect(screen.getByText(bySentence('Amount to pay: $25.00'))).toBeTruthy();
    await user.click(payButton());
    const receipt = await screen.findByRole('status', { name: '' });
    await waitFor(() => expect(document.activeElement).toBe(receipt));
    expect(receipt).toHaveTextContent('Payment received');
    expect(receipt).toHaveTextContent('Paid $25.00 with Visa •••• 4242.');
    expect(receipt).toHaveTextContent(`Receipt reference ${server.made[0]?.id}`);
    expect(receipt).toHaveTextContent('A receipt is on its way to ada@example.com.');
    expect(onSucceeded).toHaveBeenCalledTimes(1);
    // The card field is gone with the form, and its Element destroyed.
    expect(screen.queryByRole('textbox', { name: 'Card number' })).toBeNull();
  });

  it('shows Stripe.js card errors under the field, describes the field with them and announces them', async () => {
    renderForm();
    await typeCard('1234567812345678');
    const message = enCheckout.cardErrorInvalidNumber;
    const group = screen.getByRole('group', { name: 'Card details' });
    expect(group).toHaveAccessibleDescription(
      `${message} Your card details go straight to Stripe: this site never sees them.`,
    );
    const live = screen
      .getAllByRole('status')
      .find((region) => region.getAttribute('aria-live') === 'polite');
    expect(live).toHaveTextContent(message);
  });

  it('shows an incomplete card as a card error when Pay is pressed, sending nothing', async () => {
    const { client } = renderForm();
    const user = await typeCard('4242');
    await user.click(payButton());
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Card details' })).toHaveAccessibleDescription(
        `${enCheckout.cardErrorIncompleteNumber} Your card details go straight to Stripe: this site never sees them.`,
      ),
    );
    // Focus goes back to the card field, where the fix is.
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Card number' }));
    expect(client.createCharge).not.toHaveBeenCalled();
  });

  it('while paying, the button is busy and a second click sends nothing', async () => {
    const { client } = renderForm();
    const answer = deferred<never>();
    client.createCharge.mockImplementationOnce(() => answer.promise);
    const user = await typeCard('4242424242424242');
    await user.click(payButton());
    const busy = await screen.findByRole('button', { name: 'Paying $25.00…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('textbox', { name: 'Card number' })).toHaveProperty('disabled', true);
    await user.click(busy);
    await user.keyboard('{Enter}');
    expect(client.createCharge).toHaveBeenCalledTimes(1);
    answer.reject(errorOf('network_error'));
    await screen.findByRole('button', { name: 'Try again' });
  });

  it.each([
    ['4000000000000002', 'Your card was declined by the bank.'],
    ['4000000000009995', 'there are not enough funds on it'],
    ['4000000000000069', 'Your card has expired.'],
    ['4000000000000127', 'The security code (CVC) is wrong.'],
    [
      '4000002500003155',
      'Your bank asks to confirm this payment with an extra check (such as a code sent to your phone), which this form cannot do.',
    ],
  ])(
    'card %s: says why in words and lets the attendee pay with another card',
    async (number, words) => {
      renderForm();
      const user = await typeCard(number);
      await user.click(payButton());
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The payment did not go through');
      expect(alert).toHaveTextContent(words);
      expect(alert).toHaveTextContent('You have not been charged.');
      expect(payButton()).not.toHaveAttribute('aria-disabled', 'true');
      await typeCard('4242424242424242');
      expect(screen.queryByRole('alert')).toBeNull();
      await user.click(payButton());
      expect(await screen.findByText(bySentence('Paid $25.00 with Visa •••• 4242.'))).toBeTruthy();
    },
  );

  it('after a lost answer, Try again re-sends the same payment and charges once', async () => {
    const { client, server } = renderForm();
    server.answer('charge-then-lose-answer');
    const user = await typeCard('4242424242424242');
    await user.click(payButton());
    const alert = await screen.findByRole('alert');
    // Stripe may well have charged: the title says the payment is unconfirmed, not failed.
    expect(alert).toHaveTextContent('We couldn’t confirm your payment');
    expect(alert).not.toHaveTextContent('did not go through');
    expect(alert).toHaveTextContent('Try again: nothing more will be charged.');
    // The card stays as it was sent: the retry must carry the same card.
    expect(screen.getByRole('textbox', { name: 'Card number' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('form')).toHaveAttribute('data-failure', 'retry');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText(bySentence('Paid $25.00 with Visa •••• 4242.'));
    const [first, second] = client.createCharge.mock.calls.map((call) => call[0]);
    expect(second).toEqual(first);
    expect(server.made).toHaveLength(1);
  });

  it('after a lost answer and a reload, shows the unconfirmed payment and Try again pays it once', async () => {
    const first = renderForm();
    first.server.answer('charge-then-lose-answer');
    const user = await typeCard('4242424242424242');
    await user.click(payButton());
    await screen.findByRole('alert');
    first.unmount();
    // The page reloaded: a new form, a new Stripe.js, the same server.
    const client = mockConnectClient({ createCharge: first.server.createCharge });
    renderWithKit(
      <ChargeForm
        amount={2500}
        currency="usd"
        description="Spring conference, 1 ticket"
        receiptEmail="ada@example.com"
        stripe={Promise.resolve(recordingStripe().stripe)}
      />,
      client,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t confirm your payment');
    expect(alert).toHaveTextContent(enCheckout.retryResumed);
    expect(screen.getByRole('textbox', { name: 'Card number' })).toHaveProperty('value', '');
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByText(bySentence('Paid $25.00 with Visa •••• 4242.'));
    const [lost] = first.client.createCharge.mock.calls.map((call) => call[0]);
    expect(client.createCharge.mock.calls.map((call) => call[0])).toEqual([lost]);
    expect(first.server.made).toHaveLength(1);
  });

  it('a token of another account: says the form is not set up, without a button, focused', async () => {
    const onError = vi.fn();
    const { server } = renderForm({ onError });
    server.answer({ fail: errorOf('charge_not_found') });
    const user = await typeCard('4242424242424242');
    await user.click(payButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This payment form isn’t set up correctly, so the payment could not be made. You have not been charged.',
    );
    expect(screen.queryByRole('button')).toBeNull();
    await waitFor(() => expect(alert.closest('[tabindex="-1"]')).toBe(document.activeElement));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'charge_not_found' }));
  });

  it('says when Stripe.js is blocked, and Try again loads it', async () => {
    loader.loadStripe
      .mockRejectedValueOnce(new Error('Failed to load Stripe.js'))
      .mockResolvedValueOnce(recordingStripe().stripe);
    const onError = vi.fn();
    renderForm({ stripe: undefined, publishableKey, onError });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t load the secure card form');
    expect(alert).toHaveTextContent(
      'An ad blocker or network filter may be blocking Stripe (js.stripe.com)',
    );
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'stripe_unavailable' }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('textbox', { name: 'Card number' })).toBeTruthy();
    expect(loader.loadStripe).toHaveBeenCalledTimes(2);
    expect(loader.loadStripe).toHaveBeenLastCalledWith(publishableKey);
  });

  it("with the host's own Stripe.js blocked, asks to reload the page instead of a Try again that cannot work", async () => {
    const onError = vi.fn();
    const stripe = Promise.reject(new Error('Failed to load Stripe.js'));
    renderForm({ stripe, onError });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t load the secure card form');
    expect(alert).toHaveTextContent('then reload the page to try again.');
    expect(screen.queryByRole('button')).toBeNull();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'stripe_unavailable', retryable: false }),
    );
    expect(loader.loadStripe).not.toHaveBeenCalled();
  });

  it('says payments are unavailable when the merchant has no publishable key', async () => {
    const onError = vi.fn();
    const client = mockConnectClient({
      getKey: async () => ({
        status: connectedStatus({ payments: 'publishable_key_missing' }),
      }),
    });
    renderWithKit(
      <ChargeForm amount={2500} currency="usd" description="Ticket" onError={onError} />,
      client,
    );
    expect(screen.getByText('Getting the payment form ready…')).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Payments aren’t available right now');
    expect(alert).toHaveTextContent('nothing was charged');
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'publishable_key_invalid' }),
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('refuses an amount that is not whole minor units, for the attendee and the integrator', async () => {
    const onError = vi.fn();
    renderForm({ amount: 25.5, onError });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This payment form has no valid amount to pay',
    );
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0].message).toContain('minor units');
  });

  it('themes the Card Element from the appearance and destroys it on unmount', async () => {
    const { created, unmount } = renderForm(
      {},
      { appearance: { theme: 'dark', variables: { fontFamily: 'Inter, sans-serif' } } },
    );
    await screen.findByRole('textbox', { name: 'Card number' });
    expect(created).toHaveLength(1);
    expect(created[0]?.options).toMatchObject({
      style: {
        base: { color: darkTheme.colorText, fontFamily: 'Inter, sans-serif', fontSize: '16px' },
        invalid: { color: darkTheme.colorDanger },
      },
    });
    expect(created[0]?.mounts).toBe(1);
    unmount();
    expect(created[0]?.destroys).toBe(1);
  });

  it.each([
    ['fr', { ...fr, ...frCheckout }, /^Payer 25,00\s\$US$/],
    ['es', { ...es, ...esCheckout }, /^Pagar 25,00\sUS\$$/],
  ] as const)('speaks %s with its checkout catalogue', async (locale, messages, pay) => {
    const { elements } = renderForm({}, { locale, messages });
    await screen.findByRole('textbox', { name: 'Card number' });
    expect(screen.getByRole('button', { name: pay })).toBeTruthy();
    expect(screen.getByRole('form').closest('[lang]')).toHaveAttribute('lang', locale);
    // Stripe.js writes its own card errors in the same language.
    expect(elements).toHaveBeenCalledWith({ locale });
  });

  it('while Stripe.js loads, animates only a hidden bar: the text keeps its contrast, and stays still with reduced motion', () => {
    renderForm({ stripe: new Promise(() => {}) });
    const text = screen.getByText('Loading the secure card form…');
    const bar = text.parentElement?.querySelector('[aria-hidden="true"]');
    expect(bar).toBeTruthy();
    const animates = (element: Element) =>
      styleRulesFor(element).filter(
        (rule) =>
          !rule.media &&
          /animation/.test(rule.declarations) &&
          !/animation: none/.test(rule.declarations),
      );
    expect(animates(text)).toEqual([]);
    expect(text.closest('[aria-hidden]')).toBeNull();
    expect(animates(bar as Element)).not.toEqual([]);
    const still = styleRulesFor(bar as Element).filter((rule) =>
      rule.media?.includes('prefers-reduced-motion: reduce'),
    );
    expect(still.map((rule) => rule.declarations)).toContainEqual(
      expect.stringContaining('animation: none'),
    );
  });

  it('draws Pay as unavailable while it cannot pay, and as the primary action once it can', async () => {
    renderForm();
    const button = payButton();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    const muted = (element: Element) =>
      styleRulesFor(element).some((rule) =>
        rule.declarations.includes('background: var(--pelago-color-surface)'),
      );
    expect(muted(button)).toBe(true);
    await screen.findByRole('textbox', { name: 'Card number' });
    await waitFor(() => expect(payButton()).not.toHaveAttribute('aria-disabled'));
    expect(muted(payButton())).toBe(false);
  });

  it('focuses the "set up wrongly" explanation with the kit focus ring', async () => {
    const { server } = renderForm();
    server.answer({ fail: errorOf('charge_not_found') });
    const user = await typeCard('4242424242424242');
    await user.click(payButton());
    const alert = await screen.findByRole('alert');
    const focused = alert.closest('[tabindex="-1"]') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(focused));
    const ring = styleRulesFor(focused, ':focus-visible').map((rule) => rule.declarations);
    expect(ring).toContainEqual(expect.stringContaining('var(--pelago-color-focus)'));
  });

  it.each([
    [
      'fr',
      { ...fr, ...frCheckout },
      'Ce numéro de carte n’est pas valable.',
      'Il manque des chiffres au numéro de carte.',
    ],
    [
      'es',
      { ...es, ...esCheckout },
      'Este número de tarjeta no es válido.',
      'Faltan dígitos en el número de tarjeta.',
    ],
  ] as const)(
    'words the card field’s own errors in %s',
    async (locale, messages, invalid, incomplete) => {
      renderForm({}, { locale, messages });
      const user = await typeCard('1234567812345678');
      expect(await screen.findByText(new RegExp(`^${invalid}`), { selector: 'p' })).toBeTruthy();
      expect(screen.queryByText(/Your card number/)).toBeNull();
      await typeCard('4242');
      await user.click(screen.getByRole('button', { name: /^(Payer|Pagar)/ }));
      expect(await screen.findByText(incomplete, { selector: 'p' })).toBeTruthy();
    },
  );

  it('shows Stripe.js’s own words for a card error whose code the catalogue does not know', async () => {
    const { stripe } = renderForm();
    vi.spyOn(stripe, 'createToken').mockResolvedValueOnce({
      error: { type: 'validation_error', code: 'some_future_code', message: 'Stripe explains it.' },
    } as Awaited<ReturnType<Stripe['createToken']>>);
    const user = await typeCard('4242424242424242');
    await user.click(payButton());
    expect(await screen.findByText('Stripe explains it.', { selector: 'p' })).toBeTruthy();
  });

  it('isolates the amount, the card, the reference and the email in a right-to-left receipt', async () => {
    const { server } = renderForm({}, {});
    document.body.dir = 'rtl';
    try {
      const user = await typeCard('4242424242424242');
      await user.click(payButton());
      const receipt = await screen.findByRole('status', { name: '' });
      await waitFor(() => expect(receipt).toHaveTextContent('Payment received'));
      const isolatedTexts = Array.from(receipt.querySelectorAll('bdi'), (node) =>
        node.textContent?.replace(/\s/g, ' '),
      );
      expect(isolatedTexts).toEqual([
        '$25.00',
        'Visa •••• 4242',
        server.made[0]?.id,
        'ada@example.com',
      ]);
      // The card never breaks between the dots and the digits.
      const card = receipt.querySelectorAll('bdi')[1]?.firstElementChild as Element;
      expect(styleRulesFor(card).map((rule) => rule.declarations)).toContainEqual(
        expect.stringContaining('white-space: nowrap'),
      );
    } finally {
      document.body.removeAttribute('dir');
    }
  });

  it('works in a right-to-left page, inheriting its direction', async () => {
    renderWithKit(
      <div dir="rtl">
        <ChargeForm
          amount={2500}
          currency="usd"
          description="Ticket"
          stripe={Promise.resolve(recordingStripe().stripe)}
        />
      </div>,
      mockConnectClient(),
    );
    await screen.findByRole('textbox', { name: 'Card number' });
    const form = screen.getByRole('form', { name: 'Payment' });
    expect(form.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(
      within(form)
        .queryAllByText(/./)
        .filter((node) => node.closest('[dir="ltr"]')),
    ).toEqual([]);
    expect(within(form).getByRole('button', { name: 'Pay $25.00' })).toBeTruthy();
  });
});
