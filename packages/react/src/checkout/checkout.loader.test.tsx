import { installFakeStripe } from '@pelago/connect-testing/fake-stripe-js';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { bySentence } from '../../test-support/bySentence';
import { failOnConsoleOutput } from '../../test-support/failOnConsoleOutput';
import { fakeChargeServer } from '../../test-support/fakeChargeServer';
import { connectedStatus, fakeKeys, mockConnectClient } from '../../test-support/mockConnectClient';
import { renderWithKit } from '../../test-support/renderWithKit';
import { ChargeForm } from './ChargeForm';

failOnConsoleOutput();

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

// The real `@stripe/stripe-js/pure` loader, finding the fake that the page set as window.Stripe.
describe('ChargeForm with the real Stripe.js loader', () => {
  it('loads Stripe.js through @stripe/stripe-js/pure with the publishable key and pays', async () => {
    uninstall = installFakeStripe();
    const server = fakeChargeServer();
    const client = mockConnectClient({
      getKey: async () => ({
        status: connectedStatus({ publishableKey: fakeKeys.publishable(), payments: 'ready' }),
      }),
      createCharge: server.createCharge,
    });
    renderWithKit(<ChargeForm amount={2500} currency="usd" description="Ticket" />, client);
    const user = userEvent.setup();
    await user.type(
      await screen.findByRole('textbox', { name: 'Card number' }),
      '4242424242424242',
    );
    await user.type(screen.getByRole('textbox', { name: /^Expiration/ }), '1234');
    await user.type(screen.getByRole('textbox', { name: /^Security code/ }), '123');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(await screen.findByText(bySentence('Paid $25.00 with Visa •••• 4242.'))).toBeTruthy();
    expect(server.made).toHaveLength(1);
    // Nothing was injected from js.stripe.com: the fake already on the page was used.
    expect(document.querySelector('script[src*="js.stripe.com"]')).toBeNull();
  });
});
