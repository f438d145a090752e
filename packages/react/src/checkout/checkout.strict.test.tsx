import { createFakeStripe } from '@pelago/connect-testing/fake-stripe-js';
import type { Stripe } from '@stripe/stripe-js';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bySentence } from '../../test-support/bySentence';
import { fakeChargeServer } from '../../test-support/fakeChargeServer';
import { connectedStatus, fakeKeys, mockConnectClient } from '../../test-support/mockConnectClient';
import { recordCardElements } from '../../test-support/recordCardElements';
import { renderWithKit } from '../../test-support/renderWithKit';
import { ChargeForm } from './ChargeForm';
import '../../test-support/domMatchers';

const loader = vi.hoisted(() => ({ loadStripe: vi.fn() }));
vi.mock('@stripe/stripe-js/pure', () => ({ loadStripe: loader.loadStripe }));
beforeEach(() => loader.loadStripe.mockReset());

/** Stripe.js whose `elements()`, `create`, `mount` and `destroy` calls are counted. */
function countingStripe() {
  const stripe = createFakeStripe()(fakeKeys.publishable()) as unknown as Stripe;
  const record = recordCardElements(stripe);
  const counts = () => ({
    elements: record.groups,
    create: record.created.length,
    mount: record.created.reduce((sum, element) => sum + element.mounts, 0),
    destroy: record.created.reduce((sum, element) => sum + element.destroys, 0),
  });
  return { stripe, counts };
}

describe('ChargeForm under StrictMode', () => {
  it('loads Stripe.js once, creates and mounts one Card Element, and pays once', async () => {
    const { stripe, counts } = countingStripe();
    loader.loadStripe.mockResolvedValue(stripe);
    const server = fakeChargeServer();
    const client = mockConnectClient({
      getKey: async () => ({
        status: connectedStatus({ publishableKey: fakeKeys.publishable(), payments: 'ready' }),
      }),
      createCharge: server.createCharge,
    });
    const user = userEvent.setup();
    const { unmount } = renderWithKit(
      <StrictMode>
        <ChargeForm amount={2500} currency="usd" description="Spring conference, 1 ticket" />
      </StrictMode>,
      client,
    );
    const field = await screen.findByRole('textbox', { name: 'Card number' });
    expect(client.getKey).toHaveBeenCalledTimes(1);
    expect(loader.loadStripe).toHaveBeenCalledTimes(1);
    expect(counts()).toEqual({ elements: 1, create: 1, mount: 1, destroy: 0 });
    expect(screen.getAllByRole('textbox', { name: 'Card number' })).toHaveLength(1);

    await user.type(field, '4242424242424242');
    await user.type(screen.getByRole('textbox', { name: /^Expiration/ }), '1234');
    await user.type(screen.getByRole('textbox', { name: /^Security code/ }), '123');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await screen.findByText(bySentence('Paid $25.00 with Visa •••• 4242.'));
    expect(client.createCharge).toHaveBeenCalledTimes(1);
    expect(server.made).toHaveLength(1);
    // The card field went away with the form: its Element is destroyed, once.
    await waitFor(() => expect(counts().destroy).toBe(1));
    unmount();
    expect(counts()).toEqual({ elements: 1, create: 1, mount: 1, destroy: 1 });
  });

  it('with an injected Stripe.js, mounts one Card Element and destroys it on unmount', async () => {
    const { stripe, counts } = countingStripe();
    const { unmount } = renderWithKit(
      <StrictMode>
        <ChargeForm
          amount={2500}
          currency="usd"
          description="Ticket"
          stripe={Promise.resolve(stripe)}
        />
      </StrictMode>,
      mockConnectClient(),
    );
    await screen.findByRole('textbox', { name: 'Card number' });
    expect(counts()).toEqual({ elements: 1, create: 1, mount: 1, destroy: 0 });
    unmount();
    expect(counts().destroy).toBe(1);
    expect(loader.loadStripe).not.toHaveBeenCalled();
  });
});
