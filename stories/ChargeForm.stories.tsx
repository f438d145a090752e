import type { KeyStatus } from '@pelago/connect-core';
import { ChargeForm, type CheckoutMessages, enCheckout } from '@pelago/connect-react/checkout';
import { es, esCheckout } from '@pelago/connect-react/locales/es';
import { fr, frCheckout } from '@pelago/connect-react/locales/fr';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { FakeCheckoutScript } from './support/fakeCheckoutServer';
import { connectedStatus, fakeKeys } from './support/fakeConnectClient';
import { withFakeClient } from './support/withFakeClient';
import {
  type CheckoutParameters,
  type FakeStripeJsLoad,
  fakeCheckoutLoader,
  fakeCheckoutOf,
  fakeStripeJsOf,
  otherAccountPublishableKey,
  paymentsReadyStatus,
} from './support/withFakeStripe';
import type { KitParameters } from './support/withKit';

const meta = {
  title: 'Checkout/ChargeForm',
  component: ChargeForm,
  decorators: [withFakeClient],
  loaders: [fakeCheckoutLoader],
  // A lost answer is kept in the tab's storage to be taken up after a reload: each story starts
  // as a first visit.
  beforeEach: () => sessionStorage.clear(),
  tags: ['!autodocs'],
  parameters: { fake: { status: paymentsReadyStatus() }, stripeJs: 'ready' },
  args: {
    amount: 2500,
    currency: 'usd',
    description: 'Spring Conference: 1 ticket',
    metadata: { order: 'ORD-1001' },
    receiptEmail: 'jane.doe@example.com',
    onSucceeded: fn(),
    onError: fn(),
  },
  argTypes: {
    currency: { control: 'select', options: ['usd', 'eur', 'gbp', 'jpy'] },
    stripe: { control: false },
  },
  // The host's Stripe.js, as the story's parameters say it loads.
  render: (args, context) => <ChargeForm {...args} stripe={fakeStripeJsOf(context).stripe} />,
} satisfies Meta<typeof ChargeForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Story parameters: how `POST /charges` and `GET /key` behave, how Stripe.js loads, the page. */
function setup({
  checkout,
  status = paymentsReadyStatus(),
  stripeJs = 'ready',
  kit,
  fake,
}: {
  checkout?: FakeCheckoutScript;
  status?: KeyStatus;
  stripeJs?: FakeStripeJsLoad;
  kit?: KitParameters;
  fake?: CheckoutParameters['fake'];
} = {}): CheckoutParameters {
  return {
    fake: { status, ...fake, ...(checkout ? { checkout } : {}) },
    stripeJs,
    ...(kit ? { kit } : {}),
  };
}

/** Stripe's test cards, by what they do. */
const cards = {
  visa: '4242 4242 4242 4242',
  mastercard: '5555 5555 5555 4444',
  declined: '4000 0000 0000 0002',
  insufficientFunds: '4000 0000 0000 9995',
  expired: '4000 0000 0000 0069',
  incorrectCvc: '4000 0000 0000 0127',
  processingError: '4000 0000 0000 0119',
  fraudulent: '4100 0000 0000 0019',
  authentication: '4000 0025 0000 3155',
};

/** The three inputs of the card field, once it has loaded. */
async function cardInputs(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const number = await canvas.findByRole('textbox', { name: 'Card number' }, { timeout: 4000 });
  return {
    number,
    expiry: canvas.getByRole('textbox', { name: 'Expiration date (MM / YY)' }),
    cvc: canvas.getByRole('textbox', { name: 'Security code (CVC)' }),
  };
}

/** Types a card the way an attendee does: number, expiry, security code. */
async function typeCard(canvasElement: HTMLElement, number: string = cards.visa) {
  const inputs = await cardInputs(canvasElement);
  await userEvent.type(inputs.number, number);
  await userEvent.type(inputs.expiry, '1234');
  await userEvent.type(inputs.cvc, '123');
  return inputs;
}

/** The Pay button once the card field is ready for a payment. */
async function payButton(canvasElement: HTMLElement, name: string | RegExp = 'Pay $25.00') {
  const button = await within(canvasElement).findByRole('button', { name });
  await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'), { timeout: 4000 });
  return button;
}

/** Types `number` and presses Pay. */
async function payWith(
  canvasElement: HTMLElement,
  number: string = cards.visa,
  button: string | RegExp = 'Pay $25.00',
) {
  await typeCard(canvasElement, number);
  await userEvent.click(await payButton(canvasElement, button));
}

/** The card field's inline error (a live region repeats it for screen readers). */
function fieldError(canvasElement: HTMLElement, message: string) {
  return within(canvasElement).findByText(message, { selector: 'p' }, { timeout: 4000 });
}

/** The receipt, once the payment went through. */
async function receipt(canvasElement: HTMLElement, text: CheckoutMessages = enCheckout) {
  const canvas = within(canvasElement);
  await canvas.findByText(text.paidTitle, {}, { timeout: 4000 });
  return canvas.getByRole('status');
}

/** The alert a failed payment shows, with its title. */
async function failureAlert(canvasElement: HTMLElement, text: CheckoutMessages = enCheckout) {
  const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 4000 });
  await expect(alert).toHaveTextContent(text.failedTitle);
  return alert;
}

/**
 * The alert of a payment whose answer was lost: its title says the payment is not confirmed,
 * never that it failed (Stripe may have charged).
 */
async function unconfirmedAlert(canvasElement: HTMLElement, text: CheckoutMessages = enCheckout) {
  const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 4000 });
  await expect(alert).toHaveTextContent(text.retryTitle);
  await expect(alert).not.toHaveTextContent(text.failedTitle);
  return alert;
}

/**
 * Matches the element whose whole text is `sentence`, though an amount, a card or an email in
 * it sits in its own `<bdi>`.
 */
function sentence(expected: string | RegExp) {
  const matches = (raw: string | null) => {
    const text = (raw ?? '').replace(/\s+/g, ' ').trim();
    return typeof expected === 'string' ? text === expected : expected.test(text);
  };
  return (_content: string, element: Element | null) =>
    element !== null &&
    matches(element.textContent) &&
    Array.from(element.children).every((child) => !matches(child.textContent));
}

/** A colour variable of the kit's root as the browser computes colours (`rgb(…)`). */
function colourOf(root: HTMLElement, variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  root.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** The card in the receipt ("Visa •••• 4242"), drawn on one line whatever the width. */
async function expectCardOnOneLine(result: HTMLElement) {
  const card = Array.from(result.querySelectorAll('bdi')).find((node) =>
    node.textContent?.includes('••••'),
  );
  await expect(card).toBeTruthy();
  await expect(card?.getClientRects()).toHaveLength(1);
}

/** True when nothing inside the kit's root scrolls sideways. */
function fitsWidth(canvasElement: HTMLElement): boolean {
  const root = canvasElement.querySelector<HTMLElement>('[data-pelago-root]');
  if (!root) return false;
  return root.scrollWidth <= root.clientWidth + 1;
}

// ————————————————————————————————————————— before a card is typed

/** Ready to pay: the amount, an empty card field, the reassurance, and the Pay button. */
export const ReadyToPay: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const inputs = await cardInputs(canvasElement);
    await expect(inputs.number).toHaveValue('');
    await expect(canvas.getByRole('form', { name: 'Payment' })).toBeVisible();
    await expect(canvas.getByText(sentence('Amount to pay: $25.00'))).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Card details' })).toBeVisible();
    await expect(canvas.getByText(enCheckout.securedBy)).toBeVisible();
    await expect(await payButton(canvasElement)).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/**
 * Stripe.js is still on its way: a placeholder says so and nothing can be paid yet. Only a
 * decorative bar pulses (not with reduced motion); the text stays at full contrast, and the Pay
 * button looks unavailable.
 */
export const LoadingStripeJs: Story = {
  parameters: setup({ stripeJs: 'neverLoads' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const loadingText = await canvas.findByText(enCheckout.cardLoading);
    await expect(loadingText).toBeVisible();
    await expect(getComputedStyle(loadingText).animationName).toBe('none');
    await expect(getComputedStyle(loadingText).opacity).toBe('1');
    const bar = loadingText.parentElement?.querySelector('[aria-hidden="true"]');
    await expect(bar).toBeTruthy();
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    await expect(getComputedStyle(bar as Element).animationName === 'none').toBe(still);
    // Drawn as unavailable: no primary fill, a dashed border.
    const pay = canvas.getByRole('button', { name: 'Pay $25.00' });
    const root = canvasElement.querySelector('[data-pelago-root]') as HTMLElement;
    await expect(getComputedStyle(pay).borderTopStyle).toBe('dashed');
    await expect(getComputedStyle(pay).backgroundColor).not.toBe(
      colourOf(root, '--pelago-color-primary'),
    );
    await expect(canvas.getByRole('form', { name: 'Payment' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    await expect(canvas.getByRole('button', { name: 'Pay $25.00' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(canvas.queryByRole('textbox', { name: 'Card number' })).toBeNull();
  },
};

/**
 * The form asks the server for the merchant's publishable key first (`GET /key`), when the host
 * gives neither `stripe` nor `publishableKey`.
 */
export const CheckingPayments: Story = {
  parameters: setup({ stripeJs: 'page', fake: { hang: ['getKey'] } }),
  play: async ({ canvasElement }) => {
    const checking = await within(canvasElement).findByText(enCheckout.checkingPayments);
    await expect(checking.closest('[aria-busy="true"]')).not.toBeNull();
  },
};

/**
 * The host's own Stripe.js (its `stripe` promise) failed to load (an ad blocker): what to do.
 * That promise stays rejected, so no Try again: the attendee is asked to reload the page, and
 * the integrator hears why through `onError`.
 */
export const StripeJsBlocked: Story = {
  parameters: setup({ stripeJs: 'blocked' }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(enCheckout.loadFailedTitle);
    await expect(alert).toHaveTextContent(enCheckout.loadFailedReloadPage);
    await expect(canvas.queryByRole('button')).toBeNull();
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'stripe_unavailable', retryable: false }),
    );
  },
};

/**
 * The form loads Stripe.js itself and the page's ad blocker stops js.stripe.com; the attendee
 * allows it and presses Try again: the card field loads and the payment goes through. (The
 * loader keeps the first Stripe.js it gets for the life of the page: reload the page to see the
 * block again.)
 */
export const StripeJsBlockedThenTryAgain: Story = {
  parameters: setup({ stripeJs: 'pageBlocked' }),
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, { timeout: 4000 });
    await expect(alert).toHaveTextContent(enCheckout.loadFailedTitle);
    const stripeJs = fakeStripeJsOf(context);
    await expect(stripeJs.blockedLoads).toBeGreaterThan(0);
    stripeJs.allowStripeJs();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await payWith(canvasElement);
    await expect(await receipt(canvasElement)).toHaveTextContent(
      'Paid $25.00 with Visa •••• 4242.',
    );
  },
};

/** With no `stripe` prop, the publishable key comes from `GET /key` and Stripe.js from the page. */
export const FromServerStatus: Story = {
  parameters: setup({ stripeJs: 'page' }),
  play: async (context) => {
    await payWith(context.canvasElement, cards.mastercard);
    await expect(await receipt(context.canvasElement)).toHaveTextContent(
      'Paid $25.00 with Mastercard •••• 4444.',
    );
    await expect(fakeCheckoutOf(context).charges).toHaveLength(1);
  },
};

// ————————————————————————————————————————— typing

/** Typing: the number is grouped as on the card, and a wrong number is said inline at once. */
export const TypingInvalidNumber: Story = {
  play: async ({ canvasElement }) => {
    const inputs = await cardInputs(canvasElement);
    await userEvent.type(inputs.number, '4242424242424241');
    await expect(inputs.number).toHaveValue('4242 4242 4242 4241');
    const canvas = within(canvasElement);
    await expect(await fieldError(canvasElement, enCheckout.cardErrorInvalidNumber)).toBeVisible();
    const group = canvas.getByRole('group', { name: 'Card details' });
    await expect(group).toHaveAccessibleDescription(
      expect.stringContaining(enCheckout.cardErrorInvalidNumber),
    );
    await expect(inputs.number).toHaveAttribute('aria-invalid', 'true');
  },
};

/** An unfinished number is called incomplete once the attendee moves on, not while typing. */
export const CardIncomplete: Story = {
  play: async ({ canvasElement }) => {
    const inputs = await cardInputs(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.type(inputs.number, '4242 4242');
    await expect(canvas.queryByText(enCheckout.cardErrorIncompleteNumber)).toBeNull();
    await userEvent.click(inputs.expiry);
    await expect(
      await fieldError(canvasElement, enCheckout.cardErrorIncompleteNumber),
    ).toBeVisible();
    // Screen readers hear it too, once.
    await expect(canvas.getByRole('status')).toHaveTextContent(
      enCheckout.cardErrorIncompleteNumber,
    );
  },
};

/** Pay with the expiry and code missing: Stripe.js says what is missing, nothing is sent. */
export const PayWithIncompleteCard: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const inputs = await cardInputs(canvasElement);
    await userEvent.type(inputs.number, cards.visa);
    await userEvent.click(await payButton(canvasElement));
    const canvas = within(canvasElement);
    await expect(
      await fieldError(canvasElement, enCheckout.cardErrorIncompleteExpiry),
    ).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(fakeCheckoutOf(context).checkoutRequests).toHaveLength(0);
  },
};

// ————————————————————————————————————————— paying and paid

/** While the payment is on its way: the button says so, refuses a second press, and it is announced. */
export const Paying: Story = {
  parameters: setup({ checkout: { hang: true } }),
  play: async ({ canvasElement }) => {
    await payWith(canvasElement);
    const canvas = within(canvasElement);
    const busy = await canvas.findByRole('button', { name: 'Paying $25.00…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('form', { name: 'Payment' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    await waitFor(() =>
      expect(canvasElement).toHaveTextContent('Sending your payment of $25.00. Please wait.'),
    );
    await expect(canvas.getByRole('textbox', { name: 'Card number' })).toBeDisabled();
  },
};

/** Paid: what, with which card, the receipt reference and where the receipt goes; focus on it. */
export const Succeeded: Story = {
  play: async (context) => {
    const { canvasElement, args } = context;
    await payWith(canvasElement);
    const result = await receipt(canvasElement);
    await expect(result).toHaveTextContent('Paid $25.00 with Visa •••• 4242.');
    const charge = fakeCheckoutOf(context).charges[0];
    await expect(result).toHaveTextContent(`Receipt reference ${charge?.id}`);
    await expect(result).toHaveTextContent('A receipt is on its way to jane.doe@example.com.');
    await waitFor(() => expect(result).toHaveFocus());
    await expect(args.onSucceeded).toHaveBeenCalledTimes(1);
    await expect(args.onSucceeded).toHaveBeenCalledWith(expect.objectContaining({ amount: 2500 }));
    const [sent] = fakeCheckoutOf(context).checkoutRequests;
    await expect(sent).toEqual(
      expect.objectContaining({
        amount: 2500,
        currency: 'usd',
        description: 'Spring Conference: 1 ticket',
        metadata: { order: 'ORD-1001' },
        receiptEmail: 'jane.doe@example.com',
        source: expect.stringMatching(/^tok_/),
      }),
    );
  },
};

/** A double click on Pay pays once. */
export const DoubleClick: Story = {
  play: async (context) => {
    await typeCard(context.canvasElement);
    await userEvent.dblClick(await payButton(context.canvasElement));
    await receipt(context.canvasElement);
    await expect(fakeCheckoutOf(context).checkoutRequests).toHaveLength(1);
    await expect(fakeCheckoutOf(context).charges).toHaveLength(1);
  },
};

// ————————————————————————————————————————— refused

/**
 * A card the bank refuses with `number`: the reason in words, nothing charged, and the form
 * still there to pay again.
 */
function declinedWith(number: string, message: string): Story {
  return {
    play: async (context) => {
      const { canvasElement } = context;
      await payWith(canvasElement, number);
      const alert = await failureAlert(canvasElement);
      await expect(alert).toHaveTextContent(message);
      await expect(fakeCheckoutOf(context).charges).toHaveLength(0);
      await expect(within(canvasElement).getByRole('button', { name: 'Pay $25.00' })).toBeVisible();
    },
  };
}

/** Not enough money on the card. */
export const DeclinedInsufficientFunds = declinedWith(
  cards.insufficientFunds,
  enCheckout.declinedInsufficientFunds,
);
/** A plain decline: the bank gave no reason. */
export const DeclinedGeneric = declinedWith(cards.declined, enCheckout.declinedGeneric);
/** The card has expired. */
export const DeclinedExpiredCard = declinedWith(cards.expired, enCheckout.declinedExpiredCard);
/** The security code is wrong. */
export const DeclinedIncorrectCvc = declinedWith(
  cards.incorrectCvc,
  enCheckout.declinedIncorrectCvc,
);
/** The bank could not process the card just now. */
export const DeclinedProcessingError = declinedWith(
  cards.processingError,
  enCheckout.declinedProcessingError,
);
/** Stripe blocks a payment as fraudulent: it reads as a plain decline, telling a fraudster nothing. */
export const DeclinedFraudulent = declinedWith(cards.fraudulent, enCheckout.declinedGeneric);

/** The card needs its bank's extra check (3-D Secure), which this form cannot do: said, no crash. */
export const NeedsAuthentication = declinedWith(
  cards.authentication,
  enCheckout.authenticationRequired,
);

/** After a decline the attendee types another card: the message goes, and the new card pays. */
export const DeclinedThenAnotherCard: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const inputs = await typeCard(canvasElement, cards.insufficientFunds);
    await userEvent.click(await payButton(canvasElement));
    await failureAlert(canvasElement);
    await waitFor(() => expect(inputs.number).toBeEnabled());
    await userEvent.clear(inputs.number);
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
    await userEvent.type(inputs.number, cards.visa);
    await userEvent.click(await payButton(canvasElement));
    await expect(await receipt(canvasElement)).toHaveTextContent('Visa •••• 4242');
    const server = fakeCheckoutOf(context);
    await expect(server.charges).toHaveLength(1);
    const [declined, paid] = server.checkoutRequests;
    // A decline is final under its key: the new card is a new payment with a key of its own.
    await expect(paid?.idempotencyKey).not.toBe(declined?.idempotencyKey);
  },
};

// ————————————————————————————————————————— lost answers and retries

/**
 * The payment was made but its answer was lost on the way back (`code`): the form cannot tell,
 * says so, and its Try again sends the same token with the same idempotency key. One charge.
 */
function lostThenTryAgain(
  failure: NonNullable<FakeCheckoutScript['failFirst']>[number],
  message: string,
): Story {
  return {
    parameters: setup({ checkout: { failFirst: [failure] } }),
    play: async (context) => {
      const { canvasElement, args } = context;
      await payWith(canvasElement);
      const alert = await unconfirmedAlert(canvasElement);
      await expect(alert).toHaveTextContent(message);
      const canvas = within(canvasElement);
      // The card stays as it was sent: the retry must be the very same payment.
      await expect(canvas.getByRole('textbox', { name: 'Card number' })).toBeDisabled();
      await userEvent.click(await payButton(canvasElement, 'Try again'));
      await receipt(canvasElement);
      const server = fakeCheckoutOf(context);
      await expect(server.charges).toHaveLength(1);
      const [first, retry] = server.checkoutRequests;
      await expect(server.checkoutRequests).toHaveLength(2);
      await expect(retry?.idempotencyKey).toBe(first?.idempotencyKey);
      await expect(retry?.source).toBe(first?.source);
      await expect(args.onSucceeded).toHaveBeenCalledTimes(1);
    },
  };
}

/**
 * The answer was lost after Stripe charged: the attendee is told it cannot be known yet, the
 * card is locked as it was sent, and Try again takes the Pay button's place.
 */
export const AnswerLost: Story = {
  parameters: setup({ checkout: { failFirst: [{ code: 'network_error', afterCharging: true }] } }),
  play: async (context) => {
    const { canvasElement, args } = context;
    await payWith(canvasElement);
    // Not "did not go through": Stripe did charge, the form just cannot know it yet.
    const alert = await unconfirmedAlert(canvasElement);
    await expect(alert).toHaveTextContent(enCheckout.retryNetwork);
    await expect(alert).toHaveTextContent('nothing more will be charged');
    const canvas = within(canvasElement);
    await expect(await payButton(canvasElement, 'Try again')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Pay $25.00' })).toBeNull();
    await expect(canvas.getByRole('textbox', { name: 'Card number' })).toBeDisabled();
    // Stripe did charge; the form does not know it yet and says nothing of success.
    await expect(fakeCheckoutOf(context).charges).toHaveLength(1);
    await expect(args.onSucceeded).not.toHaveBeenCalled();
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'network_error' }),
    );
  },
};

/** The connection dropped after Stripe charged: Try again, one charge. */
export const NetworkFailureThenTryAgain = lostThenTryAgain(
  { code: 'network_error', afterCharging: true },
  enCheckout.retryNetwork,
);
/** Stripe took too long (the server gave up waiting) before it charged: Try again, one charge. */
export const TimeoutThenTryAgain = lostThenTryAgain('timeout', enCheckout.retryTimeout);
/** Stripe answered with an error after charging: Try again, one charge. */
export const StripeUnavailableThenTryAgain = lostThenTryAgain(
  { code: 'stripe_unavailable', afterCharging: true },
  enCheckout.retryBusy,
);

// ————————————————————————————————————————— payments not set up

/**
 * The merchant's connection cannot take payments (`status`): the attendee is told payments are
 * not available, nothing loads, and the integrator hears why through `onError` (`code`).
 */
function notAvailable(status: KeyStatus, code: string): Story {
  return {
    parameters: setup({ status, stripeJs: 'page' }),
    play: async ({ canvasElement, args }) => {
      const canvas = within(canvasElement);
      const alert = await canvas.findByRole('alert', {}, { timeout: 4000 });
      await expect(alert).toHaveTextContent(enCheckout.unavailableTitle);
      await expect(alert).toHaveTextContent(enCheckout.unavailableBody);
      await expect(canvas.queryByRole('button')).toBeNull();
      await expect(canvas.queryByRole('textbox', { name: 'Card number' })).toBeNull();
      await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code }));
    },
  };
}

/** The merchant connected a restricted key but no publishable key. */
export const PublishableKeyMissing = notAvailable(
  connectedStatus({ payments: 'publishable_key_missing' }),
  'publishable_key_invalid',
);
/** The publishable key is another Stripe account's. */
export const PublishableKeyMismatch = notAvailable(
  paymentsReadyStatus({
    publishableKey: otherAccountPublishableKey,
    publishableKeyPairing: 'mismatch',
    payments: 'publishable_key_mismatch',
  }),
  'publishable_key_mismatch',
);
/** The restricted key may not create charges. */
export const ChargesNotPermitted = notAvailable(
  paymentsReadyStatus({
    permissions: { charges: 'missing', refunds: 'write' },
    payments: 'charges_not_permitted',
  }),
  'permission_missing',
);
/** No Stripe key is connected at all. */
export const NotConnected = notAvailable({ connected: false }, 'key_not_connected');

/** The server could not be asked about payments: the attendee can try again, and it loads. */
export const StatusCheckFailedThenTryAgain: Story = {
  parameters: setup({ stripeJs: 'page', fake: { failFirst: { getKey: ['network_error'] } } }),
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, { timeout: 4000 });
    await expect(alert).toHaveTextContent(enCheckout.unavailableCheckFailed);
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await payWith(canvasElement);
    await receipt(canvasElement);
  },
};

/**
 * The pair of keys was never confirmed and the publishable key is in fact another account's:
 * Stripe answers "No such token". The attendee is told the form is not set up, nothing was
 * charged, and no button invites a pointless retry.
 */
export const AnotherAccountsPublishableKey: Story = {
  parameters: setup({
    status: paymentsReadyStatus({
      publishableKey: otherAccountPublishableKey,
      publishableKeyPairing: 'unconfirmed',
      payments: 'unconfirmed',
    }),
    stripeJs: 'page',
    checkout: { accountPublishableKey: fakeKeys.publishable },
  }),
  play: async (context) => {
    const { canvasElement, args } = context;
    await payWith(canvasElement);
    const alert = await failureAlert(canvasElement);
    await expect(alert).toHaveTextContent(enCheckout.misconfigured);
    await expect(within(canvasElement).queryByRole('button', { name: /Pay|Try again/ })).toBeNull();
    const focused = alert.parentElement?.parentElement as HTMLElement;
    await waitFor(() => expect(focused).toHaveFocus());
    // The kit's focus ring, not the browser's own outline.
    const root = canvasElement.querySelector('[data-pelago-root]') as HTMLElement;
    await expect(getComputedStyle(focused).outlineStyle).toBe('solid');
    await expect(getComputedStyle(focused).outlineColor).toBe(
      colourOf(root, '--pelago-color-focus'),
    );
    await expect(fakeCheckoutOf(context).charges).toHaveLength(0);
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'invalid_request' }),
    );
  },
};

/** The host gave an amount that cannot be charged: said before anything loads. */
export const InvalidAmount: Story = {
  args: { amount: 0 },
  play: async ({ canvasElement, args }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent(enCheckout.amountInvalid);
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'amount_invalid' }),
    );
  },
};

// ————————————————————————————————————————— currencies, text, theme, layout

/** Yen have no minor unit: 5000 is ¥5,000, and 5000 is what is charged. */
export const Yen: Story = {
  args: { amount: 5000, currency: 'jpy' },
  play: async (context) => {
    const { canvasElement } = context;
    await expect(
      await within(canvasElement).findByText(sentence('Amount to pay: ¥5,000')),
    ).toBeVisible();
    await payWith(canvasElement, cards.visa, 'Pay ¥5,000');
    await expect(await receipt(canvasElement)).toHaveTextContent('Paid ¥5,000 with Visa');
    await expect(fakeCheckoutOf(context).checkoutRequests[0]?.amount).toBe(5000);
  },
};

/** Euros, with two decimals: 8990 is €89.90. */
export const Euro: Story = {
  args: { amount: 8990, currency: 'eur' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(sentence('Amount to pay: €89.90')),
    ).toBeVisible();
    await payButton(canvasElement, 'Pay €89.90');
  },
};

/** A long description and receipt address: the receipt wraps and nothing scrolls sideways. */
export const LongText: Story = {
  args: {
    amount: 123456,
    description:
      'International Symposium on Sustainable Urban Mobility and Regional Transport Planning: 3 full-conference passes with workshops',
    receiptEmail:
      'accounts.payable.international-partnerships@very-long-organisation-name.example.com',
  },
  play: async ({ canvasElement }) => {
    await payWith(canvasElement, cards.visa, 'Pay $1,234.56');
    const result = await receipt(canvasElement);
    await expect(result).toHaveTextContent('very-long-organisation-name.example.com');
    await expect(fitsWidth(canvasElement)).toBe(true);
    await expectCardOnOneLine(result);
  },
};

/** In French, in euros: the amount as French readers write it, and a decline in French. */
export const French: Story = {
  args: { currency: 'eur', description: 'Conférence de printemps : 1 billet' },
  parameters: setup({ kit: { provider: { locale: 'fr', messages: { ...fr, ...frCheckout } } } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('form', { name: frCheckout.formLabel })).toBeVisible();
    await expect(canvas.getByText(sentence(/^Montant à payer : 25,00\s€$/))).toBeVisible();
    await payWith(canvasElement, cards.insufficientFunds, /^Payer 25,00\s€$/);
    const alert = await failureAlert(canvasElement, frCheckout);
    await expect(alert).toHaveTextContent(frCheckout.declinedInsufficientFunds);
  },
};

/** In French, the card field's own errors are French too (Stripe.js's codes, the catalogue's words). */
export const FrenchCardErrors: Story = {
  args: French.args,
  parameters: French.parameters,
  play: async ({ canvasElement }) => {
    const inputs = await cardInputs(canvasElement);
    await userEvent.type(inputs.number, '4242424242424241');
    await expect(await fieldError(canvasElement, frCheckout.cardErrorInvalidNumber)).toBeVisible();
    await userEvent.clear(inputs.number);
    await userEvent.type(inputs.number, cards.visa);
    await userEvent.click(await payButton(canvasElement, /^Payer 25,00\s€$/));
    await expect(
      await fieldError(canvasElement, frCheckout.cardErrorIncompleteExpiry),
    ).toBeVisible();
  },
};

/** In French, paid. */
export const FrenchSucceeded: Story = {
  args: French.args,
  parameters: French.parameters,
  play: async ({ canvasElement }) => {
    await payWith(canvasElement, cards.visa, /^Payer 25,00\s€$/);
    await expect(await receipt(canvasElement, frCheckout)).toHaveTextContent(
      /25,00\s€ payés avec Visa •••• 4242\./,
    );
  },
};

/** In Spanish: the answer is lost, "Volver a intentarlo" pays once. */
export const Spanish: Story = {
  args: { currency: 'eur', description: 'Congreso de primavera: 1 entrada' },
  parameters: setup({
    kit: { provider: { locale: 'es', messages: { ...es, ...esCheckout } } },
    checkout: { failFirst: [{ code: 'network_error', afterCharging: true }] },
  }),
  play: async (context) => {
    const { canvasElement } = context;
    await payWith(canvasElement, cards.visa, /^Pagar 25,00\s€$/);
    const alert = await unconfirmedAlert(canvasElement, esCheckout);
    await expect(alert).toHaveTextContent(esCheckout.retryNetwork);
    await userEvent.click(await payButton(canvasElement, esCheckout.tryAgain));
    await expect(await receipt(canvasElement, esCheckout)).toHaveTextContent(
      /Has pagado 25,00\s€ con Visa •••• 4242\./,
    );
    await expect(fakeCheckoutOf(context).charges).toHaveLength(1);
  },
};

/** The dark theme, ready to pay. */
export const DarkTheme: Story = {
  parameters: setup({
    kit: { provider: { appearance: { theme: 'dark' } }, background: '#0b0f17' },
  }),
  play: async ({ canvasElement }) => {
    await cardInputs(canvasElement);
    await payButton(canvasElement);
  },
};

/** The dark theme with a card error inline and a decline. */
export const DarkThemeDeclined: Story = {
  parameters: DarkTheme.parameters,
  play: async ({ canvasElement }) => {
    await payWith(canvasElement, cards.insufficientFunds);
    await failureAlert(canvasElement);
  },
};

/** The dark theme, paid. */
export const DarkThemeSucceeded: Story = {
  parameters: DarkTheme.parameters,
  play: async ({ canvasElement }) => {
    await payWith(canvasElement);
    await receipt(canvasElement);
  },
};

const narrow = {
  viewport: { defaultViewport: 'narrow' },
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/** A 320 px phone: the card number takes its own line, nothing scrolls sideways. */
export const Narrow: Story = {
  parameters: { ...setup({ kit: { width: 320 } }), viewport: narrow.viewport },
  globals: narrow.globals,
  play: async ({ canvasElement }) => {
    await typeCard(canvasElement);
    await payButton(canvasElement);
    await expect(fitsWidth(canvasElement)).toBe(true);
  },
};

/** A decline at 320 px. */
export const NarrowDeclined: Story = {
  parameters: Narrow.parameters,
  globals: narrow.globals,
  play: async ({ canvasElement }) => {
    await payWith(canvasElement, cards.declined);
    await failureAlert(canvasElement);
    await expect(fitsWidth(canvasElement)).toBe(true);
  },
};

/** The receipt at 320 px. */
export const NarrowSucceeded: Story = {
  parameters: Narrow.parameters,
  globals: narrow.globals,
  play: async ({ canvasElement }) => {
    await payWith(canvasElement);
    const result = await receipt(canvasElement);
    await expect(fitsWidth(canvasElement)).toBe(true);
    await expectCardOnOneLine(result);
  },
};

/** A right-to-left page: the layout mirrors; the amount and the card keep their own order. */
export const RightToLeft: Story = {
  parameters: setup({ kit: { dir: 'rtl' } }),
  play: async ({ canvasElement }) => {
    // The English "Pay $25.00" keeps its words' order: the amount after "Pay".
    const pay = await payButton(canvasElement);
    const amount = pay.querySelector('bdi') as HTMLElement;
    const word = document.createRange();
    word.selectNodeContents(amount.previousSibling as Node);
    await expect(amount.getBoundingClientRect().left).toBeGreaterThan(
      word.getBoundingClientRect().left,
    );
    await payWith(canvasElement, cards.insufficientFunds);
    await failureAlert(canvasElement);
  },
};

/**
 * Right to left, paid: the amount, the card, the receipt reference and the email are each
 * isolated from the sentence, so their own order holds and the full stop ends the sentence.
 */
export const RightToLeftSucceeded: Story = {
  parameters: RightToLeft.parameters,
  play: async (context) => {
    const { canvasElement } = context;
    await payWith(canvasElement);
    const result = await receipt(canvasElement);
    const isolatedTexts = Array.from(result.querySelectorAll('bdi'), (node) =>
      node.textContent?.replace(/\s/g, ' '),
    );
    await expect(isolatedTexts).toEqual([
      '$25.00',
      'Visa •••• 4242',
      fakeCheckoutOf(context).charges[0]?.id,
      'jane.doe@example.com',
    ]);
    await expectCardOnOneLine(result);
    // The English sentence ends with its full stop after the email, at the line's right edge
    // (where a right-to-left page aligns it).
    const line = Array.from(result.querySelectorAll('p')).find((node) =>
      node.textContent?.includes('jane.doe@example.com'),
    ) as HTMLElement;
    const email = line.querySelector('bdi') as HTMLElement;
    const stop = document.createRange();
    stop.selectNodeContents(line.lastChild as Node);
    const stopBox = stop.getBoundingClientRect();
    await expect(stopBox.left).toBeGreaterThanOrEqual(email.getBoundingClientRect().right - 1);
    await expect(Math.abs(stopBox.right - line.getBoundingClientRect().right)).toBeLessThan(2);
  },
};
