import { ConnectError, type ConnectErrorCode } from '@pelago/connect-core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeRefundServer } from '../../test-support/fakeRefundServer';
import { errorOf, mockConnectClient } from '../../test-support/mockConnectClient';
import { chargeOf, refundOf } from '../../test-support/refundFixtures';
import { renderWithKit } from '../../test-support/renderWithKit';
import { fr, frRefunds } from '../locales/fr';
import { enRefunds } from './enRefunds';
import { RefundPanel, type RefundPanelProps } from './RefundPanel';
import { refundErrorKey } from './refundErrorKeys';
import '../../test-support/domMatchers';

// user-event walks radio groups with CSS.escape, which jsdom lacks.
globalThis.CSS ??= { escape: (value: string) => value.replace(/["\\]/g, '\\$&') } as typeof CSS;

let chargeNumber = 0;

function setup(
  overrides: Parameters<typeof chargeOf>[0] = {},
  refunds: ReturnType<typeof refundOf>[] = [],
  props: Partial<RefundPanelProps> = {},
) {
  chargeNumber += 1;
  const charge = chargeOf({ id: `ch_panel_${chargeNumber}`, ...overrides });
  const server = fakeRefundServer(charge, refunds);
  const client = mockConnectClient({
    getCharge: server.getCharge,
    createRefund: server.createRefund,
  });
  const onRefunded = vi.fn();
  const user = userEvent.setup();
  const view = renderWithKit(
    <RefundPanel chargeId={charge.id} onRefunded={onRefunded} {...props} />,
    client,
  );
  return { charge, server, client, onRefunded, user, view };
}

const liveRegion = () => screen.getByRole('status');
const left = () => screen.getByText('Left to refund').nextElementSibling?.textContent;

/** Picks a partial refund of `amount` for `reason` with the keyboard alone, and reviews it. */
async function fillPartial(
  user: ReturnType<typeof userEvent.setup>,
  amount: string,
  reason = 'Requested by customer',
) {
  const full = await screen.findByRole('radio', { name: /Full refund/ });
  full.focus();
  await user.keyboard('{ArrowDown}');
  expect(screen.getByRole('radio', { name: 'Partial refund' })).toHaveProperty('checked', true);
  await user.tab();
  expect(screen.getByRole('textbox', { name: 'Amount' })).toBe(document.activeElement);
  await user.keyboard(amount);
  await user.tab();
  expect(screen.getByRole('combobox', { name: 'Reason' })).toBe(document.activeElement);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), reason);
  screen.getByRole('textbox', { name: 'Amount' }).focus();
  await user.keyboard('{Enter}');
}

describe('RefundPanel', () => {
  it('shows the charge, what was refunded and what is left', async () => {
    setup({ amountRefunded: 1500 }, [refundOf({ amount: 1500 })]);
    expect(screen.getByText('Loading the payment…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Payment of $50.00' })).toBeTruthy();
    const details = screen.getByText('Card').closest('dl') as HTMLElement;
    expect(within(details).getByText('Visa •••• 4242')).toBeTruthy();
    expect(within(details).getByText('Spring conference, 1 ticket')).toBeTruthy();
    expect(within(details).getByText('ada@example.com')).toBeTruthy();
    expect(within(details).getByText('Mar 12, 2026', { exact: false })).toBeTruthy();
    expect(screen.getByText('Refunded so far').nextElementSibling).toHaveTextContent('$15.00');
    expect(left()).toBe('$35.00');
    expect(screen.getByRole('radio', { name: 'Full refund, $35.00' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('makes a partial refund with the keyboard, announces it and shows what is left', async () => {
    const { user, server, onRefunded } = setup();
    await fillPartial(user, '20');
    const confirmTitle = screen.getByRole('heading', { name: 'Confirm the refund' });
    expect(confirmTitle).toBe(document.activeElement);
    expect(
      screen.getByText(
        'Refund $20.00 of $50.00 to Visa •••• 4242 — refunds take 5–10 business days to reach the customer.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Reason: Requested by customer')).toBeTruthy();
    expect(screen.getByText('After this refund, $30.00 will be left to refund.')).toBeTruthy();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Confirm refund' })).toBe(document.activeElement);
    await user.keyboard('{Enter}');

    const result = await screen.findByRole('heading', { name: 'Refund of $20.00 made' });
    await waitFor(() => expect(result).toBe(document.activeElement));
    expect(liveRegion()).toHaveTextContent('Refund of $20.00 made. $30.00 is left to refund.');
    await waitFor(() => expect(left()).toBe('$30.00'));
    expect(server.made.map((refund) => refund.amount)).toEqual([2000]);
    expect(onRefunded).toHaveBeenCalledTimes(1);
    const history = screen.getByRole('region', { name: 'Refunds' });
    expect(within(history).getByText('Refunded')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Make another refund' }));
    expect(screen.getByRole('heading', { name: 'Refund this payment' })).toBe(
      document.activeElement,
    );
    expect(screen.getByRole('radio', { name: 'Full refund, $30.00' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('refuses more than what is left before anything is sent', async () => {
    const { user, client } = setup({ amountRefunded: 2000 });
    await fillPartial(user, '40');
    const amount = screen.getByRole('textbox', { name: 'Amount' });
    expect(amount).toBe(document.activeElement);
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(
      'In USD, at most $30.00. That is more than what is left to refund: at most $30.00 can be refunded. Enter $30.00 or less.',
    );
    expect(client.createRefund).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: 'Confirm the refund' })).toBeNull();
  });

  it('asks for a note with "Other" and sends it as the note', async () => {
    const { user, client } = setup();
    await screen.findByRole('radio', { name: /Full refund/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'Other');
    await user.click(screen.getByRole('button', { name: 'Review refund' }));
    const note = screen.getByRole('textbox', { name: 'Note' });
    expect(note).toBe(document.activeElement);
    expect(note).toHaveAccessibleDescription(
      'Why you are refunding. It is kept with the refund in Stripe. Say why you are refunding, in a few words.',
    );
    await user.type(note, 'Event moved');
    await user.click(screen.getByRole('button', { name: 'Review refund' }));
    expect(screen.getByText('Reason: Event moved')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Confirm refund' }));
    await screen.findByRole('heading', { name: 'Refund of $50.00 made' });
    expect(client.createRefund.mock.calls[0]?.[0]).toMatchObject({
      amount: 5000,
      note: 'Event moved',
    });
    expect(client.createRefund.mock.calls[0]?.[0]).not.toHaveProperty('reason');
  });

  it('retries a refund whose answer was lost without refunding twice', async () => {
    const { user, server, client } = setup({ amountRefunded: 2000 });
    server.answer('refund-then-lose-answer');
    await fillPartial(user, '10');
    await user.click(screen.getByRole('button', { name: 'Confirm refund' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The server could not be reached, so we cannot tell whether the refund went through. Try again: it will not be refunded twice.',
    );
    expect(alert).toHaveTextContent('$30.00 is left to refund.');
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(retry).toBe(document.activeElement);
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Refund of $10.00 made' });
    expect(server.made.map((refund) => refund.amount)).toEqual([1000]);
    const keys = client.createRefund.mock.calls.map((call) => call[0].idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    await waitFor(() => expect(left()).toBe('$20.00'));
  });

  it('refunds once on a double click', async () => {
    const { user, server, client } = setup();
    await fillPartial(user, '5');
    await user.dblClick(screen.getByRole('button', { name: 'Confirm refund' }));
    await screen.findByRole('heading', { name: 'Refund of $5.00 made' });
    expect(client.createRefund).toHaveBeenCalledTimes(1);
    expect(server.made).toHaveLength(1);
  });

  it('says a refund still being processed should be tried again, and keeps its key', async () => {
    const { user, server, client } = setup();
    server.answer({ fail: errorOf('request_in_progress') });
    await fillPartial(user, '5');
    await user.click(screen.getByRole('button', { name: 'Confirm refund' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This refund is still being processed. Wait a few seconds and try again: it will not be refunded twice.',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Refund of $5.00 made' });
    const keys = client.createRefund.mock.calls.map((call) => call[0].idempotencyKey);
    expect(new Set(keys).size).toBe(1);
  });

  it('offers only Back after a refusal that trying again cannot change, and reloads the charge', async () => {
    const { user, server, client } = setup();
    server.answer({ fail: errorOf('charge_disputed') });
    await fillPartial(user, '5');
    await user.click(screen.getByRole('button', { name: 'Confirm refund' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The customer disputed this payment, so it cannot be refunded.',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Back' })).toBe(document.activeElement);
    await waitFor(() => expect(client.getCharge).toHaveBeenCalledTimes(2));
  });

  it.each([
    [
      'refund_exceeds_charge',
      'more than what is left on this payment. Nothing was refunded. Enter $50.00 or less.',
    ],
    ['charge_already_refunded', 'This payment has been refunded in full'],
    ['charge_not_refundable', 'Stripe cannot refund this payment'],
    ['charge_uncaptured', 'never captured'],
    ['timeout', 'Stripe took too long to answer'],
    ['rate_limited', 'Too many requests to Stripe right now'],
    ['forbidden', 'Ask an administrator to make this refund.'],
    ['key_expired', 'Connect a new restricted key'],
    ['permission_missing', 'set Refunds to Write'],
    ['unauthenticated', 'Sign in again'],
  ] as [ConnectErrorCode, string][])(
    'words %s for an admin, with what is left',
    async (code, words) => {
      const { user, server } = setup();
      server.answer({ fail: new ConnectError(code) });
      await fillPartial(user, '5');
      await user.click(screen.getByRole('button', { name: 'Confirm refund' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(words);
      expect(alert).toHaveTextContent(enRefunds[refundErrorKey(code)].replace('{left}', '$50.00'));
      expect(alert).toHaveTextContent('$50.00 is left to refund.');
    },
  );

  it.each([
    [{ disputed: true }, 'The customer disputed this payment'],
    [{ captured: false }, 'authorised but never captured'],
    [{ amountRefunded: 5000, refunded: true }, 'refunded in full: nothing is left'],
    [{ status: 'failed' as const }, 'This payment failed'],
  ])('explains why %o cannot be refunded instead of offering the form', async (charge, words) => {
    setup(charge);
    expect(await screen.findByRole('heading', { name: 'This payment cannot be refunded' }));
    expect(screen.getByText(words, { exact: false })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Review refund' })).toBeNull();
  });

  it('shows each refund with its status in words', async () => {
    setup({ amountRefunded: 3000 }, [
      refundOf({ amount: 500, status: 'pending', pendingReason: 'insufficient_funds' }),
      refundOf({ amount: 600, status: 'failed', failureReason: 'lost_or_stolen_card' }),
      refundOf({ amount: 700, status: 'canceled' }),
      refundOf({ amount: 800, status: 'requires_action' }),
      refundOf({ amount: 900, status: 'unknown', reason: null, note: 'Moved date' }),
    ]);
    const history = await screen.findByRole('region', { name: 'Refunds' });
    const items = within(history).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Refund pending');
    expect(items[0]).toHaveTextContent('Waiting for your Stripe balance to cover it');
    expect(items[1]).toHaveTextContent('Refund failed');
    expect(items[1]).toHaveTextContent('The card was reported lost or stolen.');
    expect(items[2]).toHaveTextContent('Refund canceled');
    expect(items[3]).toHaveTextContent('Action needed');
    expect(items[4]).toHaveTextContent('Status unknown');
    expect(items[4]).toHaveTextContent('Moved date');
    expect(items[0]?.querySelector('[aria-hidden]')?.textContent).toBe('◷');
  });

  it('says a pending refund is pending after it is made', async () => {
    const { user, server } = setup();
    server.answer('refund-pending');
    await fillPartial(user, '5');
    await user.click(screen.getByRole('button', { name: 'Confirm refund' }));
    expect(await screen.findByRole('heading', { name: 'Refund of $5.00 is pending' })).toBeTruthy();
  });

  it('goes back from the confirmation to the form', async () => {
    const { user } = setup();
    await fillPartial(user, '5');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { name: 'Refund this payment' })).toBe(
      document.activeElement,
    );
    expect(screen.getByRole('textbox', { name: 'Amount' })).toHaveProperty('value', '5');
  });

  it('shows a load failure with a retry, and a Close button', async () => {
    let fail = true;
    const onClose = vi.fn();
    const charge = chargeOf({ id: 'ch_load_failure' });
    const client = mockConnectClient({
      getCharge: async () => {
        if (fail) throw errorOf('network_error');
        return { charge, refunds: [] };
      },
    });
    const user = userEvent.setup();
    renderWithKit(<RefundPanel chargeId={charge.id} onClose={onClose} />, client);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server could not be reached. Check your connection and try again.',
    );
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const title = await screen.findByRole('heading', { name: 'Payment of $50.00' });
    await waitFor(() => expect(title).toBe(document.activeElement));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('speaks French with the French refund catalogue', async () => {
    const charge = chargeOf({ id: 'ch_french' });
    const client = mockConnectClient({ getCharge: async () => ({ charge, refunds: [] }) });
    const { container } = renderWithKit(<RefundPanel chargeId={charge.id} />, client, {
      locale: 'fr',
      messages: { ...fr, ...frRefunds },
    });
    expect(await screen.findByRole('button', { name: 'Vérifier le remboursement' })).toBeTruthy();
    expect(screen.getByText('Reste à rembourser').nextElementSibling).toHaveTextContent(
      /50,00\s\$US/,
    );
    expect(container.querySelector('[lang="en"]')).toBeNull();
  });

  it('falls back to English, marked as English, without the French refund catalogue', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const charge = chargeOf({ id: 'ch_no_french' });
    const client = mockConnectClient({ getCharge: async () => ({ charge, refunds: [] }) });
    renderWithKit(<RefundPanel chargeId={charge.id} />, client, { locale: 'fr', messages: fr });
    const button = await screen.findByRole('button', { name: 'Review refund' });
    expect(button.closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('frRefunds'));
    warn.mockRestore();
  });
});
