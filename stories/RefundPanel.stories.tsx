import type { ConnectErrorCode } from '@pelago/connect-core';
import { es, esRefunds } from '@pelago/connect-react/locales/es';
import { fr, frRefunds } from '@pelago/connect-react/locales/fr';
import { RefundPanel } from '@pelago/connect-react/refunds';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { sampleChargeIds } from './support/fakeRefundsServer';
import {
  fakeClientLoader,
  fakeClientOf,
  refundsServer,
  withFakeClient,
} from './support/withFakeClient';

const meta = {
  title: 'Refunds/RefundPanel',
  component: RefundPanel,
  decorators: [withFakeClient],
  loaders: [fakeClientLoader],
  tags: ['!autodocs'],
  parameters: refundsServer({}),
  args: { chargeId: sampleChargeIds.order, onRefunded: fn(), onClose: fn() },
  argTypes: {
    chargeId: { control: 'select', options: Object.values(sampleChargeIds) },
  },
} satisfies Meta<typeof RefundPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The `<dd>` next to a `<dt>`. */
function detail(canvasElement: HTMLElement, term: string): string {
  const dt = [...canvasElement.querySelectorAll('dt')].find((el) => el.textContent === term);
  return dt?.nextElementSibling?.textContent ?? '';
}

/** Waits for the charge to be shown: its title names the amount. */
async function loaded(canvasElement: HTMLElement, amount = '$50.00') {
  const canvas = within(canvasElement);
  await canvas.findByRole('heading', { name: `Payment of ${amount}` }, { timeout: 3000 });
  return canvas;
}

/** Fills the form for a partial refund and reviews it. */
async function reviewPartial(canvasElement: HTMLElement, amount: string, reason = 'duplicate') {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('radio', { name: 'Partial refund' }));
  await userEvent.type(canvas.getByLabelText('Amount'), amount);
  await userEvent.selectOptions(canvas.getByLabelText('Reason'), reason);
  await userEvent.click(canvas.getByRole('button', { name: 'Review refund' }));
}

/** Reviews and confirms a partial refund of `amount`. */
async function refundPartial(canvasElement: HTMLElement, amount: string) {
  await reviewPartial(canvasElement, amount);
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Confirm refund' }));
}

/** A $50 payment nothing was refunded from: the details, an empty history and the form. */
export const Untouched: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement);
    await expect(detail(canvasElement, 'Amount')).toBe('$50.00');
    await expect(detail(canvasElement, 'Card')).toBe('Visa •••• 4242');
    await expect(detail(canvasElement, 'Customer')).toBe('jane.doe@example.com');
    await expect(detail(canvasElement, 'Description')).toBe('Autumn Summit: 1 ticket');
    await expect(detail(canvasElement, 'Refunded so far')).toBe('$0.00');
    await expect(detail(canvasElement, 'Left to refund')).toBe('$50.00');
    await expect(canvas.getByText('No refunds yet.')).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'Full refund, $50.00' })).toBeChecked();
    await expect(canvas.getByRole('button', { name: 'Review refund' })).toBeVisible();
  },
};

/** While the payment loads. */
export const Loading: Story = {
  parameters: refundsServer({ hang: ['getCharge'] }),
  play: async ({ canvasElement }) => {
    const loading = within(canvasElement).getByText('Loading the payment…');
    await expect(loading.closest('[aria-busy="true"]')).not.toBeNull();
  },
};

/** The payment could not be loaded: an alert and "Try again". */
export const LoadFailed: Story = {
  parameters: refundsServer({ fail: { getCharge: 'network_error' } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'The server could not be reached. Check your connection and try again.',
    );
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** An id the connected Stripe account does not know. */
export const NotFound: Story = {
  args: { chargeId: 'ch_unknown' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      'This payment was not found in the connected Stripe account.',
    );
  },
};

/** Two refunds already made: the history, newest first, and what is left. */
export const PartialHistory: Story = {
  args: { chargeId: sampleChargeIds.partial },
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement, '$120.00');
    await expect(detail(canvasElement, 'Refunded so far')).toBe('$30.00');
    await expect(detail(canvasElement, 'Left to refund')).toBe('$90.00');
    await expect(detail(canvasElement, 'Card')).toBe('Mastercard •••• 4444');
    const history = canvas.getByRole('region', { name: 'Refunds' });
    const items = within(history).getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    await expect(items[0]).toHaveTextContent('$10.00');
    await expect(items[0]).toHaveTextContent('Duplicate');
    await expect(items[1]).toHaveTextContent('$20.00');
    await expect(within(history).getAllByText('Refunded')).toHaveLength(2);
    await expect(canvas.getByRole('radio', { name: 'Full refund, $90.00' })).toBeChecked();
  },
};

/** A refund still pending because the Stripe balance is short: the reason, in words. */
export const PendingRefund: Story = {
  args: { chargeId: sampleChargeIds.pending },
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement, '$45.00');
    const item = within(canvas.getByRole('region', { name: 'Refunds' })).getByRole('listitem');
    await expect(item).toHaveTextContent('Refund pending');
    await expect(item).toHaveTextContent('Waiting for your Stripe balance to cover it');
    // The badge has an icon besides its words, hidden from screen readers.
    await expect(item.querySelector('[aria-hidden="true"]')).not.toBeNull();
  },
};

/** A refund that failed: why, and that the money is back in the balance. */
export const FailedRefund: Story = {
  args: { chargeId: sampleChargeIds.failed },
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement, '$25.00');
    const item = within(canvas.getByRole('region', { name: 'Refunds' })).getByRole('listitem');
    await expect(item).toHaveTextContent('Refund failed');
    await expect(item).toHaveTextContent('The card has expired or was cancelled.');
    await expect(item).toHaveTextContent('The money is back in your Stripe balance');
    // A failed refund gives its amount back: all of it can be refunded again.
    await expect(detail(canvasElement, 'Left to refund')).toBe('$25.00');
  },
};

/** A disputed payment: why it cannot be refunded here, and no form. */
export const Disputed: Story = {
  args: { chargeId: sampleChargeIds.disputed },
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement, '$75.00');
    await expect(canvas.getByText('This payment cannot be refunded')).toBeVisible();
    await expect(canvas.getByText(/The customer disputed this payment/)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Review refund' })).toBeNull();
  },
};

/** Authorised but never captured: it is released, not refunded. */
export const Uncaptured: Story = {
  args: { chargeId: sampleChargeIds.uncaptured },
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement, '$40.00');
    await expect(canvas.getByText(/never captured/)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Review refund' })).toBeNull();
  },
};

/** Refunded in full, with an admin's note: nothing left, no form. */
export const FullyRefunded: Story = {
  args: { chargeId: sampleChargeIds.refunded },
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement, '$30.00');
    await expect(canvas.getByText(/refunded in full/)).toBeVisible();
    await expect(canvas.getByText(/Event moved to a date/)).toBeVisible();
    await expect(detail(canvasElement, 'Left to refund')).toBe('$0.00');
    await expect(canvas.queryByRole('button', { name: 'Review refund' })).toBeNull();
  },
};

/** More than what is left is refused on the spot, saying how much can be; nothing is sent. */
export const AmountTooLarge: Story = {
  play: async (context) => {
    await loaded(context.canvasElement);
    await reviewPartial(context.canvasElement, '80');
    const canvas = within(context.canvasElement);
    await expect(canvas.getByText(/at most \$50\.00 can be refunded/)).toBeVisible();
    await expect(canvas.getByLabelText('Amount')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(canvas.getByLabelText('Amount')).toHaveFocus());
    await expect(canvas.queryByRole('button', { name: 'Confirm refund' })).toBeNull();
    await expect(fakeClientOf(context).chargeRequests.map((r) => r.method)).toEqual(['getCharge']);
  },
};

/** No reason chosen: the form asks for one before anything is sent. */
export const ReasonMissing: Story = {
  play: async (context) => {
    const canvas = await loaded(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Review refund' }));
    await expect(canvas.getByText('Choose why you are refunding this payment.')).toBeVisible();
    await waitFor(() => expect(canvas.getByLabelText('Reason')).toHaveFocus());
  },
};

/** The confirmation restates the refund: amount, total, card and how long it takes. */
export const Confirmation: Story = {
  play: async (context) => {
    await loaded(context.canvasElement);
    await reviewPartial(context.canvasElement, '20');
    const canvas = within(context.canvasElement);
    await expect(
      canvas.getByText(
        'Refund $20.00 of $50.00 to Visa •••• 4242 — refunds take 5–10 business days to reach the customer.',
      ),
    ).toBeVisible();
    await expect(canvas.getByText('Reason: Duplicate')).toBeVisible();
    await expect(
      canvas.getByText('After this refund, $30.00 will be left to refund.'),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Confirm refund' })).toBeVisible();
    // Nothing is sent before the admin confirms.
    await expect(fakeClientOf(context).chargeRequests.map((r) => r.method)).toEqual(['getCharge']);
  },
};

/** "Back" returns to the form with what was typed. */
export const ConfirmationBack: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await reviewPartial(canvasElement, '20');
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
    await expect(canvas.getByLabelText('Amount')).toHaveValue('20');
  },
};

/** A partial refund made: announced, with the new amount left; one request, one callback. */
export const PartialRefundMade: Story = {
  play: async (context) => {
    await loaded(context.canvasElement);
    await refundPartial(context.canvasElement, '20');
    const canvas = within(context.canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Refund of $20.00 made' }),
    ).toBeVisible();
    await waitFor(() => expect(detail(context.canvasElement, 'Left to refund')).toBe('$30.00'));
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Refund of $20.00 made. $30.00 is left to refund.',
    );
    // Focus moves to the result, so a screen reader reads it next.
    await waitFor(() =>
      expect(canvas.getByRole('heading', { name: 'Refund of $20.00 made' })).toHaveFocus(),
    );
    const fake = fakeClientOf(context);
    await expect(fake.chargeRequests.filter((r) => r.method === 'createRefund')).toEqual([
      expect.objectContaining({
        chargeId: sampleChargeIds.order,
        amount: 2000,
        reason: 'duplicate',
      }),
    ]);
    await expect(context.args.onRefunded).toHaveBeenCalledTimes(1);
  },
};

/** The whole amount: afterwards nothing is left and the form is gone. */
export const FullRefundMade: Story = {
  play: async (context) => {
    const canvas = await loaded(context.canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('Reason'), 'requested_by_customer');
    await userEvent.click(canvas.getByRole('button', { name: 'Review refund' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm refund' }));
    await expect(
      await canvas.findByText(/The payment is now refunded in full\./, { selector: 'p' }),
    ).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Refund of $50.00 made. The payment is now refunded in full.',
    );
    await waitFor(() => expect(detail(context.canvasElement, 'Left to refund')).toBe('$0.00'));
    await expect(canvas.queryByRole('button', { name: 'Make another refund' })).toBeNull();
    await expect(fakeClientOf(context).refundCount(sampleChargeIds.order)).toBe(1);
  },
};

/** A refund Stripe keeps pending: the result says so. */
export const NewRefundPending: Story = {
  parameters: refundsServer({
    newRefunds: { status: 'pending', pendingReason: 'insufficient_funds' },
  }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await refundPartial(canvasElement, '20');
    await expect(
      await within(canvasElement).findByRole('heading', { name: 'Refund of $20.00 is pending' }),
    ).toBeVisible();
  },
};

/** "Other" needs a note in the admin's words; it travels as `note`, kept in metadata. */
export const OtherReasonWithNote: Story = {
  play: async (context) => {
    const canvas = await loaded(context.canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('Reason'), 'other');
    await userEvent.click(canvas.getByRole('button', { name: 'Review refund' }));
    await expect(canvas.getByText('Say why you are refunding, in a few words.')).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Note'), 'Event cancelled');
    await userEvent.click(canvas.getByRole('button', { name: 'Review refund' }));
    await expect(canvas.getByText('Reason: Event cancelled')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm refund' }));
    await canvas.findByRole('heading', { name: 'Refund of $50.00 made' });
    const sent = fakeClientOf(context).chargeRequests.find((r) => r.method === 'createRefund');
    await expect(sent).toEqual(expect.objectContaining({ note: 'Event cancelled' }));
    await expect(sent?.reason).toBeUndefined();
  },
};

/** The answer is lost after the refund was made; "Try again" sends the same key: one refund. */
export const AnswerLostThenRetry: Story = {
  parameters: refundsServer({ refundOutcomes: ['answerLost'] }),
  play: async (context) => {
    await loaded(context.canvasElement);
    await refundPartial(context.canvasElement, '20');
    const canvas = within(context.canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'we cannot tell whether the refund went through',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await canvas.findByRole('heading', { name: 'Refund of $20.00 made' });
    const fake = fakeClientOf(context);
    const sent = fake.chargeRequests.filter((r) => r.method === 'createRefund');
    await expect(sent).toHaveLength(2);
    await expect(sent[1]?.idempotencyKey).toBe(sent[0]?.idempotencyKey);
    await expect(fake.refundCount(sampleChargeIds.order)).toBe(1);
    await expect(context.args.onRefunded).toHaveBeenCalledTimes(1);
  },
};

/** A double click on "Confirm refund" sends one refund. */
export const DoubleClick: Story = {
  play: async (context) => {
    await loaded(context.canvasElement);
    await reviewPartial(context.canvasElement, '5');
    const canvas = within(context.canvasElement);
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Confirm refund' }));
    await canvas.findByRole('heading', { name: 'Refund of $5.00 made' });
    const fake = fakeClientOf(context);
    await expect(fake.chargeRequests.filter((r) => r.method === 'createRefund')).toHaveLength(1);
    await expect(fake.refundCount(sampleChargeIds.order)).toBe(1);
  },
};

/** While the refund is being sent: the button says so and refuses a second press. */
export const Refunding: Story = {
  parameters: refundsServer({ hang: ['createRefund'] }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await refundPartial(canvasElement, '20');
    const busy = within(canvasElement).getByRole('button', { name: 'Refunding…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
  },
};

/**
 * A refund the server refuses with `code`: the message says what happened, what is left (`left`,
 * once the panel has loaded the charge again) and what to do.
 */
function refusedWith(code: ConnectErrorCode, message: string | RegExp, left = '$50.00'): Story {
  return {
    parameters: refundsServer({ refundOutcomes: [code] }),
    play: async ({ canvasElement }) => {
      await loaded(canvasElement);
      await refundPartial(canvasElement, '20');
      const alert = await within(canvasElement).findByRole('alert');
      await expect(alert).toHaveTextContent(message);
      await waitFor(() => expect(alert).toHaveTextContent(`${left} is left to refund.`));
    },
  };
}

/** Stripe refuses an amount over what is left (a refund made elsewhere meanwhile). */
export const ErrorRefundExceedsCharge = refusedWith(
  'refund_exceeds_charge',
  /more than what is left on this payment\. Nothing was refunded/,
  '$10.00',
);
/** Stripe says the payment was refunded in full already. */
export const ErrorChargeAlreadyRefunded = refusedWith(
  'charge_already_refunded',
  'refunded in full',
  '$0.00',
);
/** The payment was disputed after the panel opened. */
export const ErrorChargeDisputed = refusedWith(
  'charge_disputed',
  'The customer disputed this',
  '$0.00',
);
/** Stripe cannot refund this payment. */
export const ErrorChargeNotRefundable = refusedWith(
  'charge_not_refundable',
  'Stripe cannot refund this payment',
);
/** Stripe says the payment was never captured. */
export const ErrorChargeUncaptured = refusedWith('charge_uncaptured', 'never captured');
/** The same refund is still being processed (409): wait, not "failed". */
export const ErrorRequestInProgress = refusedWith(
  'request_in_progress',
  'This refund is still being processed. Wait a few seconds and try again',
);
/** The same idempotency key came with other details. */
export const ErrorIdempotencyConflict = refusedWith(
  'idempotency_conflict',
  'already sent with other details',
);
/** Stripe does not accept the reason. */
export const ErrorReasonInvalid = refusedWith(
  'refund_reason_invalid',
  'did not accept this reason',
);
/** Stripe does not accept the amount. */
export const ErrorAmountInvalid = refusedWith('amount_invalid', 'did not accept this amount');
/** The charge is not on the connected account. */
export const ErrorChargeNotFound = refusedWith('charge_not_found', 'was not found');
/** The key lost its Refunds permission in the Dashboard. */
export const ErrorPermissionMissing = refusedWith('permission_missing', 'cannot make refunds');
/** The key was rolled in the Dashboard. */
export const ErrorKeyExpired = refusedWith('key_expired', 'no longer works');
/** The key was disconnected meanwhile. */
export const ErrorKeyNotConnected = refusedWith('key_not_connected', 'No Stripe key is connected');
/** A signed-in viewer may see payments but not refund them. */
export const ErrorForbidden = refusedWith('forbidden', 'can see payments but not refund them');
/** The session ended. */
export const ErrorUnauthenticated = refusedWith('unauthenticated', 'Your session has ended');
/** Stripe rate limits the account. */
export const ErrorRateLimited = refusedWith('rate_limited', 'Too many requests to Stripe');
/** Stripe answers with a 5xx. */
export const ErrorStripeUnavailable = refusedWith(
  'stripe_unavailable',
  'Stripe is not responding properly',
);
/** Stripe took too long: the refund may have been made, so "try again" is safe and says so. */
export const ErrorTimeout = refusedWith('timeout', 'it will not be refunded twice');
/** The server could not be reached. */
export const ErrorNetwork = refusedWith('network_error', 'The server could not be reached');
/** Something unexpected on the server. */
export const ErrorInternal = refusedWith('internal_error', /^Something went wrong/);

/** A euro payment: amounts with the euro's two decimals. */
export const Euro: Story = {
  args: { chargeId: sampleChargeIds.euro },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, '€89.90');
    await userEvent.click(within(canvasElement).getByRole('radio', { name: 'Partial refund' }));
    await expect(within(canvasElement).getByText('In EUR, at most €89.90.')).toBeVisible();
  },
};

/** A yen payment: the yen has no minor unit, so "2500" is ¥2,500. */
export const Yen: Story = {
  args: { chargeId: sampleChargeIds.yen },
  play: async (context) => {
    await loaded(context.canvasElement, '¥5,000');
    await refundPartial(context.canvasElement, '2500');
    await within(context.canvasElement).findByRole('heading', { name: 'Refund of ¥2,500 made' });
    await expect(
      fakeClientOf(context).chargeRequests.find((r) => r.method === 'createRefund')?.amount,
    ).toBe(2500);
  },
};

/** "Close" calls `onClose`. */
export const Close: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await loaded(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Close' }));
    await expect(args.onClose).toHaveBeenCalledTimes(1);
  },
};

/** The dark theme, with the history of a partly refunded payment. */
export const DarkTheme: Story = {
  args: { chargeId: sampleChargeIds.partial },
  parameters: refundsServer(
    {},
    { kit: { provider: { appearance: { theme: 'dark' } }, background: '#0b0f17' } },
  ),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, '$120.00');
  },
};

/** The dark theme with the confirmation open. */
export const DarkThemeConfirmation: Story = {
  parameters: DarkTheme.parameters,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await reviewPartial(canvasElement, '20');
  },
};

/** In French: words, amounts and dates. */
export const French: Story = {
  args: { chargeId: sampleChargeIds.partial },
  parameters: refundsServer(
    {},
    { kit: { provider: { locale: 'fr', messages: { ...fr, ...frRefunds } } } },
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: /120,00\s€|120,00\s\$US/ });
    await expect(canvas.getByRole('button', { name: frRefunds.reviewRefund })).toBeVisible();
  },
};

/** In Spanish. */
export const Spanish: Story = {
  args: { chargeId: sampleChargeIds.pending },
  parameters: refundsServer(
    {},
    { kit: { provider: { locale: 'es', messages: { ...es, ...esRefunds } } } },
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: esRefunds.reviewRefund })).toBeVisible();
  },
};

/** A 320 px wide phone: details, history and form stack, nothing scrolls sideways. */
export const Narrow: Story = {
  args: { chargeId: sampleChargeIds.partial },
  parameters: {
    ...refundsServer({}, { kit: { width: 320 } }),
    viewport: { defaultViewport: 'narrow' },
  },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, '$120.00');
    const root = canvasElement.querySelector<HTMLElement>('[data-pelago-root]');
    await expect(root?.scrollWidth).toBeLessThanOrEqual((root?.clientWidth ?? 0) + 1);
  },
};

/** The confirmation at 320 px. */
export const NarrowConfirmation: Story = {
  parameters: Narrow.parameters,
  globals: Narrow.globals,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await reviewPartial(canvasElement, '20');
    const root = canvasElement.querySelector<HTMLElement>('[data-pelago-root]');
    await expect(root?.scrollWidth).toBeLessThanOrEqual((root?.clientWidth ?? 0) + 1);
  },
};

/** A right-to-left host page: the layout mirrors, amounts keep their own direction. */
export const RightToLeft: Story = {
  args: { chargeId: sampleChargeIds.partial },
  parameters: refundsServer({}, { kit: { dir: 'rtl' } }),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, '$120.00');
  },
};
