import { createFakeStripe } from '@pelago/connect-testing/fake-stripe-js';
import type { Stripe } from '@stripe/stripe-js';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { bySentence } from '../../test-support/bySentence';
import { fakeChargeServer } from '../../test-support/fakeChargeServer';
import {
  connectedStatus,
  errorOf,
  fakeKeys,
  mockConnectClient,
} from '../../test-support/mockConnectClient';
import { renderWithKit } from '../../test-support/renderWithKit';
import { ChargeForm } from './ChargeForm';
import { enCheckout } from './enCheckout';

// jsdom has no layout, so colour contrast is checked in the browser story tests instead.
async function violations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

const stripe = () =>
  Promise.resolve(createFakeStripe()(fakeKeys.publishable()) as unknown as Stripe);

async function typeCard(user: ReturnType<typeof userEvent.setup>, number: string) {
  const field = await screen.findByRole('textbox', { name: 'Card number' });
  await user.clear(field);
  await user.type(field, number);
  const expiry = screen.getByRole('textbox', { name: /^Expiration/ }) as HTMLInputElement;
  if (expiry.value === '') await user.type(expiry, '1234');
  const cvc = screen.getByRole('textbox', { name: /^Security code/ }) as HTMLInputElement;
  if (cvc.value === '') await user.type(cvc, '123');
}

// A payment left unconfirmed stays in the tab's storage, as it would across a reload.
beforeEach(() => sessionStorage.clear());

describe('axe on the payment form', () => {
  it('finds no violation at each step of a payment', { timeout: 60_000 }, async () => {
    const server = fakeChargeServer();
    server.answer({ fail: errorOf('network_error') });
    const client = mockConnectClient({ createCharge: server.createCharge });
    const user = userEvent.setup();
    const { container } = renderWithKit(
      <ChargeForm amount={2500} currency="usd" description="Ticket" stripe={stripe()} />,
      client,
    );
    expect(await violations(container)).toEqual([]);

    await typeCard(user, '1234567812345678');
    await screen.findByText(enCheckout.cardErrorInvalidNumber, { selector: 'p' });
    expect(await violations(container)).toEqual([]);

    await typeCard(user, '4000000000009995');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await screen.findByRole('button', { name: 'Try again' });
    expect(await violations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('alert');
    expect(await violations(container)).toEqual([]);

    await typeCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await screen.findByText(bySentence('Paid $25.00 with Visa •••• 4242.'));
    expect(await violations(container)).toEqual([]);
  });

  it('finds no violation when payments are unavailable, Stripe.js is blocked, or the form is stopped', async () => {
    const client = mockConnectClient({
      getKey: async () => ({ status: connectedStatus({ payments: 'charges_not_permitted' }) }),
    });
    const server = fakeChargeServer();
    server.answer({ fail: errorOf('charge_not_found') });
    const other = mockConnectClient({ createCharge: server.createCharge });
    const user = userEvent.setup();
    const { container, unmount } = renderWithKit(
      <>
        <ChargeForm amount={2500} currency="usd" description="Ticket" />
        <ChargeForm
          amount={2500}
          currency="usd"
          description="Ticket"
          stripe={Promise.reject(new Error('Failed to load Stripe.js'))}
        />
      </>,
      client,
    );
    await screen.findByText('Payments aren’t available right now');
    await screen.findByText('We couldn’t load the secure card form');
    expect(await violations(container)).toEqual([]);
    unmount();

    const stopped = renderWithKit(
      <ChargeForm amount={2500} currency="usd" description="Ticket" stripe={stripe()} />,
      other,
    );
    await typeCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await screen.findByText(/isn’t set up correctly/);
    expect(await violations(stopped.container)).toEqual([]);
  });
});
