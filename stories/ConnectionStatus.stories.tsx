import { ConnectionStatus } from '@pelago/connect-react';
import { es } from '@pelago/connect-react/locales/es';
import { fr } from '@pelago/connect-react/locales/fr';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { connectedStatus } from './support/fakeConnectClient';
import {
  type FakeClientParameters,
  fakeClientLoader,
  fakeClientOf,
  withFakeClient,
} from './support/withFakeClient';

const meta = {
  title: 'Components/ConnectionStatus',
  component: ConnectionStatus,
  decorators: [withFakeClient],
  loaders: [fakeClientLoader],
  tags: ['!autodocs'],
  // The fake server holds the same key the `status` arg shows.
  parameters: { fake: { status: connectedStatus() } },
  args: {
    status: connectedStatus(),
    onReplace: fn(),
    onDisconnected: fn(),
    onVerified: fn(),
    onError: fn(),
    onFixPermissions: fn(),
  },
  argTypes: {
    status: { control: 'object' },
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
  },
} satisfies Meta<typeof ConnectionStatus>;

export default meta;
type Story = StoryObj<typeof meta>;
const setup = (parameters: FakeClientParameters) => parameters;

/** The `<dd>` next to a `<dt>`. */
function detail(canvasElement: HTMLElement, term: string): string {
  const dt = [...canvasElement.querySelectorAll('dt')].find((el) => el.textContent === term);
  return dt?.nextElementSibling?.textContent ?? '';
}

/** A connected key: mode, name, redacted key, when Stripe last verified it, permissions. */
export const Connected: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Stripe is connected' })).toBeVisible();
    await expect(detail(canvasElement, 'Mode')).toBe('Test mode');
    await expect(detail(canvasElement, 'Key name')).toBe('Acme_Pelago');
    await expect(detail(canvasElement, 'Key')).toBe('rk_test_…a1B2');
    await expect(detail(canvasElement, 'Verified')).toBe('3 hours ago');
    await expect(detail(canvasElement, 'Permissions')).toContain('Refunds: write access');
    // The actions look like buttons: the kit root's element reset must not strip their border.
    const verifyAgain = canvas.getByRole('button', { name: 'Verify again' });
    await expect(getComputedStyle(verifyAgain).borderTopWidth).toBe('1px');
    await expect(getComputedStyle(verifyAgain).minHeight).not.toBe('0px');
  },
};

/** Without a `status` prop the component asks the server. */
export const LoadsFromServer: Story = {
  args: { status: undefined },
  parameters: setup({
    fake: { status: connectedStatus({ mode: 'live', name: 'Tickets_Pelago' }) },
  }),
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expect(canvas.getByText('Checking your Stripe connection…')).toBeVisible();
    await expect(await canvas.findByRole('heading', { name: 'Stripe is connected' })).toBeVisible();
    await expect(detail(context.canvasElement, 'Mode')).toBe('Live mode');
  },
};

/** While the server has not answered. */
export const Loading: Story = {
  args: { status: undefined },
  parameters: setup({ fake: { hang: ['getKey'] } }),
  play: async ({ canvasElement }) => {
    const loading = within(canvasElement).getByText('Checking your Stripe connection…');
    await expect(loading.closest('[aria-busy="true"]')).not.toBeNull();
  },
};

/** The server could not be reached. */
export const LoadFailed: Story = {
  args: { status: undefined },
  parameters: setup({ fake: { fail: { getKey: 'network_error' } } }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The connection dropped');
    await expect(alert).toHaveTextContent('The connection to Stripe failed.');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(args.onError).toHaveBeenCalledTimes(1);
  },
};

/** Nothing connected: one button to connect a key. */
export const NotConnected: Story = {
  args: { status: { connected: false } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Stripe is not connected' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Connect a key' }));
    await expect(args.onReplace).toHaveBeenCalledTimes(1);
  },
};

/** Green for connected and working only. */
function dotColour(canvasElement: HTMLElement): string {
  const dot = canvasElement.querySelector('[data-state] [aria-hidden="true"]');
  return dot ? getComputedStyle(dot).backgroundColor : '';
}

/**
 * Connected, but a permission is missing: the card needs attention, nothing green, and the
 * fix is the one main action.
 */
export const NeedsAttention: Story = {
  args: { status: connectedStatus({ permissions: { charges: 'write', refunds: 'missing' } }) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: 'Stripe needs your attention' });
    await expect(detail(canvasElement, 'Permissions')).toContain('Refunds: missing');
    await expect(canvas.getByText(/^Payments or refunds fail until/)).toBeVisible();
    await expect(dotColour(canvasElement)).not.toBe('rgb(6, 118, 71)');
    const primaries = region.querySelectorAll('[data-variant="primary"]');
    await expect([...primaries].map((button) => button.textContent)).toEqual([
      'Show me how to fix it',
    ]);
    await userEvent.click(primaries[0] as HTMLElement);
    await expect(args.onFixPermissions).toHaveBeenCalledTimes(1);
  },
};

/** A live key: marked "Live mode", filled, never in the success colour. */
export const LiveMode: Story = {
  args: { status: connectedStatus({ mode: 'live', redactedKey: 'rk_live_…m1N2' }) },
  play: async ({ canvasElement }) => {
    await expect(detail(canvasElement, 'Mode')).toBe('Live mode');
    const badge = canvasElement.querySelector('[data-mode="live"]') as HTMLElement;
    await expect(getComputedStyle(badge).color).not.toBe('rgb(6, 118, 71)');
    await expect(getComputedStyle(badge).borderTopStyle).toBe('solid');
  },
};

/** "Verify again" asks Stripe about the stored key; the verified time becomes "now". */
export const VerifyAgain: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify again' }));
    await expect(canvas.getByRole('button', { name: 'Verifying…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await waitFor(() => expect(detail(context.canvasElement, 'Verified')).toBe('now'));
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Key verified. Stripe is connected.',
    );
    await expect(context.args.onVerified).toHaveBeenCalledTimes(1);
    await expect(fakeClientOf(context).requests).toEqual([{ method: 'verifyStoredKey' }]);
  },
};

/**
 * Verifying again finds the key expired: the card needs attention, "Replace key" is the main
 * action, and no permission list of question marks is shown.
 */
export const VerifyAgainExpired: Story = {
  parameters: setup({ fake: { status: connectedStatus(), reverify: 'expired' } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify again' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('This key has expired');
    await expect(alert).toHaveTextContent('Stripe says this key has expired or was replaced.');
    await expect(
      canvas.getByRole('heading', { name: 'Stripe needs your attention' }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Replace key' })).toHaveAttribute(
      'data-variant',
      'primary',
    );
    await expect(canvas.queryByText(/could not be checked/)).toBeNull();
    await expect(detail(canvasElement, 'Permissions')).toBe('');
  },
};

/** Signed out while loading: the host's sign-in page is offered next to "Try again". */
export const SignedOut: Story = {
  args: { status: undefined, signInHref: '#sign-in', helpHref: '#help' },
  parameters: setup({ fake: { fail: { getKey: 'unauthenticated' } } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You’re signed out');
    await expect(canvas.getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      '#sign-in',
    );
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The confirmation before disconnecting, open; focus starts on "Cancel". */
export const DisconnectConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Disconnect' }));
    const dialog = await canvas.findByRole('alertdialog', { name: 'Disconnect Stripe?' });
    await expect(dialog).toHaveTextContent('stop taking payments');
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Disconnect' })).toHaveFocus();
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};

/** Escape closes the confirmation and puts focus back on "Disconnect". */
export const DisconnectCancelled: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const disconnect = canvas.getByRole('button', { name: 'Disconnect' });
    await userEvent.click(disconnect);
    await canvas.findByRole('alertdialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(disconnect).toHaveFocus());
    await expect(fakeClientOf(context).requests).toHaveLength(0);
  },
};

/** Confirmed: the server forgets the key. */
export const Disconnected: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Disconnect' }));
    const dialog = await canvas.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    const heading = await canvas.findByRole('heading', { name: 'Stripe is not connected' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(context.args.onDisconnected).toHaveBeenCalledTimes(1);
    await expect(fakeClientOf(context).current).toEqual({ connected: false });
  },
};

/** The dark theme. */
export const DarkTheme: Story = {
  parameters: setup({
    kit: { provider: { appearance: { theme: 'dark' } }, background: '#0b0f17' },
  }),
};

/** The dark theme with the confirmation open. */
export const DarkThemeConfirmation: Story = {
  parameters: DarkTheme.parameters,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Disconnect' }));
  },
};

/** In French, the verified time too. */
export const French: Story = {
  parameters: setup({ kit: { provider: { locale: 'fr', messages: fr } } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Stripe est connecté' })).toBeVisible();
    await expect(detail(canvasElement, 'Vérifiée')).toBe('il y a 3 heures');
    await userEvent.click(canvas.getByRole('button', { name: 'Déconnecter' }));
    await expect(
      await canvas.findByRole('alertdialog', { name: 'Déconnecter Stripe ?' }),
    ).toBeVisible();
  },
};

/** In Spanish. */
export const Spanish: Story = {
  parameters: setup({ kit: { provider: { locale: 'es', messages: es } } }),
  play: async ({ canvasElement }) => {
    await expect(detail(canvasElement, 'Verificada')).toBe('hace 3 horas');
  },
};

/** Needs attention, in French. */
export const FrenchNeedsAttention: Story = {
  ...NeedsAttention,
  parameters: setup({ kit: { provider: { locale: 'fr', messages: fr } } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: 'Stripe demande votre attention' }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Me montrer comment corriger' })).toBeVisible();
  },
};

/** Needs attention, in Spanish, on a 320 px phone. */
export const SpanishNeedsAttentionNarrow: Story = {
  ...NeedsAttention,
  parameters: {
    ...setup({ kit: { provider: { locale: 'es', messages: es }, width: 320 } }),
    viewport: { defaultViewport: 'narrow' },
  },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', {
      name: 'Stripe necesita tu atención',
    });
    await expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth + 1);
  },
};

/** A 320 px wide phone: terms sit above their details. */
export const Narrow: Story = {
  parameters: { ...setup({ kit: { width: 320 } }), viewport: { defaultViewport: 'narrow' } },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region');
    await expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth + 1);
  },
};

const publishableKey = `pk_test_${'r5S6'.repeat(24)}`;
const otherAccountKey = `pk_test_${'w9X0'.repeat(24)}`;

/** Both keys, paired: the publishable key in full (it is public), and attendees can pay. */
export const PaymentsReady: Story = {
  args: {
    status: connectedStatus({
      publishableKey,
      publishableKeyPairing: 'confirmed',
      payments: 'ready',
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(detail(canvasElement, 'Publishable key')).toBe(
      `${publishableKey}✓Matches your key’s account`,
    );
    await expect(detail(canvasElement, 'Payments')).toBe('✓Attendees can pay');
    await expect(
      within(canvasElement).queryByRole('button', { name: /publishable key/ }),
    ).toBeNull();
  },
};

/** Live mode: Stripe cannot tell the pair apart until the first payment confirms it. */
export const PaymentsUnconfirmed: Story = {
  args: {
    status: connectedStatus({
      mode: 'live',
      redactedKey: 'rk_live_…m1N2',
      publishableKey: `pk_live_${'y1Z2'.repeat(24)}`,
      publishableKeyPairing: 'unconfirmed',
      payments: 'unconfirmed',
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(detail(canvasElement, 'Publishable key')).toContain(
      'We’ll confirm it with the first payment',
    );
    await expect(detail(canvasElement, 'Payments')).toBe('…Attendees can pay (not confirmed yet)');
  },
};

/** Only the restricted key is connected: attendees cannot pay until the publishable key is added. */
export const PublishableKeyMissing: Story = {
  args: { status: connectedStatus({ payments: 'publishable_key_missing' }) },
  parameters: setup({ fake: { status: connectedStatus({ payments: 'publishable_key_missing' }) } }),
  play: async ({ canvasElement }) => {
    await expect(detail(canvasElement, 'Publishable key')).toBe('Not added yet');
    await expect(detail(canvasElement, 'Payments')).toBe('✕Not ready: add your publishable key');
    await expect(
      within(canvasElement).getByRole('button', { name: 'Add publishable key' }),
    ).toHaveAttribute('aria-expanded', 'false');
  },
};

/** "Add publishable key" opens a small form; a saved key shows at once in the status. */
export const AddPublishableKey: Story = {
  args: PublishableKeyMissing.args,
  parameters: PublishableKeyMissing.parameters,
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add publishable key' }));
    const form = await canvas.findByRole('form', { name: 'Add publishable key' });
    const input = within(form).getByLabelText('Publishable key');
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.paste(publishableKey);
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(canvas.queryByRole('form')).toBeNull());
    await expect(detail(context.canvasElement, 'Payments')).toBe('✓Attendees can pay');
    await expect(fakeClientOf(context).requests.at(-1)).toEqual({
      method: 'putPublishableKey',
      publishableKey: 'pk_test_…r5S6',
    });
  },
};

/** The publishable key is another Stripe account's: the status says so and offers to replace it. */
export const PublishableKeyMismatch: Story = {
  args: {
    status: connectedStatus({
      publishableKey: otherAccountKey,
      publishableKeyPairing: 'mismatch',
      payments: 'publishable_key_mismatch',
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(detail(canvasElement, 'Publishable key')).toContain('From another Stripe account');
    await expect(detail(canvasElement, 'Payments')).toBe('✕Not ready: replace the publishable key');
    await expect(
      within(canvasElement).getByRole('button', { name: 'Replace publishable key' }),
    ).toBeVisible();
  },
};

/** Replacing it with another account's key again: the server's refusal shows under the field. */
export const ReplacePublishableKeyRefused: Story = {
  args: PublishableKeyMismatch.args,
  parameters: setup({ fake: { status: PublishableKeyMismatch.args?.status } }),
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Replace publishable key' }));
    const form = await canvas.findByRole('form', { name: 'Replace publishable key' });
    await waitFor(() => expect(within(form).getByLabelText('Publishable key')).toHaveFocus());
    await userEvent.paste(otherAccountKey);
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = await within(form).findByRole('alert');
    await expect(alert).toHaveTextContent('This publishable key can’t be used');
    await expect(alert).toHaveTextContent(
      'Paste the one from the account your restricted key belongs to.',
    );
  },
};
