import { ConnectOnboarding } from '@pelago/connect-react';
import { es } from '@pelago/connect-react/locales/es';
import { fr } from '@pelago/connect-react/locales/fr';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { connectedStatus, fakeKeys } from './support/fakeConnectClient';
import {
  type FakeClientParameters,
  fakeClientLoader,
  fakeClientOf,
  pasteInto,
  withFakeClient,
} from './support/withFakeClient';

const meta = {
  title: 'Components/ConnectOnboarding',
  component: ConnectOnboarding,
  decorators: [withFakeClient],
  loaders: [fakeClientLoader],
  tags: ['!autodocs'],
  args: {
    mode: 'test',
    companyName: 'Acme Manufacturing Company',
    onConnected: fn(),
    onError: fn(),
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['test', 'live'] },
    publishableKey: { control: 'inline-radio', options: ['optional', 'required', 'hidden'] },
    steps: { control: false },
    illustrations: { control: false },
  },
} satisfies Meta<typeof ConnectOnboarding>;

export default meta;
type Story = StoryObj<typeof meta>;
const setup = (parameters: FakeClientParameters) => parameters;
const connected = setup({ fake: { status: connectedStatus() } });

/** Nothing connected yet: the guide opens at its first step. */
export const NotConnected: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Open your API keys' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'I already have a key' })).toBeVisible();
  },
};

/** Asking the server whether a key is connected. */
export const Loading: Story = {
  parameters: setup({ fake: { hang: ['getKey'] } }),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Checking your Stripe connection…')).toBeVisible();
  },
};

/** Signed out of the host site: guidance, "Try again" and the host's sign-in page. */
export const LoadFailed: Story = {
  args: { signInHref: '#sign-in' },
  parameters: setup({ fake: { fail: { getKey: 'unauthenticated' } } }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('You’re signed out');
    await expect(alert).toHaveTextContent('Sign in again in another tab');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Sign in again' })).toBeVisible();
    await expect(args.onError).toHaveBeenCalledTimes(1);
  },
};

/** A merchant with a key skips the guide, connects and lands on the status. */
export const AlreadyHaveAKey: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'I already have a key' }));
    const input = canvas.getByLabelText('Restricted key');
    await waitFor(() => expect(input).toHaveFocus());
    await pasteInto(input, fakeKeys.full);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify and connect' }));
    const heading = await canvas.findByRole('heading', { name: 'Stripe is connected' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(context.args.onConnected).toHaveBeenCalledTimes(1);
    await expect(canvas.queryByLabelText('Restricted key')).toBeNull();
    await expect(context.canvasElement.innerHTML).not.toContain(fakeKeys.full.slice(8));
  },
};

/** The one main action of the step in view. */
function primaries(canvasElement: HTMLElement): string[] {
  return [...canvasElement.querySelectorAll('[data-variant="primary"]')].map(
    (button) => button.textContent ?? '',
  );
}

/** The form sits in the last step, and has that step's one main action. */
export const OnePrimaryAction: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'I already have a key' }));
    await canvas.findByLabelText('Restricted key');
    await expect(primaries(canvasElement)).toEqual(['Verify and connect']);
    await expect(canvas.queryByRole('button', { name: 'I have my key' })).toBeNull();
  },
};

/**
 * A charges-only key: "Show me how to set permissions" opens the steps for editing that key
 * (never the creating ones); they end at the form, which checks the kept key again.
 */
export const PermissionMissing: Story = {
  parameters: setup({ fake: { fixedAfterFirstCheck: true } }),
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'I already have a key' }));
    const input = canvas.getByLabelText('Restricted key');
    await pasteInto(input, fakeKeys.chargesOnly);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify and connect' }));
    await expect(await canvas.findByText('Refunds: missing')).toBeVisible();
    await expect(input).toHaveValue('');
    await userEvent.click(canvas.getByRole('button', { name: 'Show me how to set permissions' }));
    for (let step = 0; step < 6; step += 1) {
      const next = canvas.queryByRole('button', { name: 'Next' });
      if (!next) break;
      await expect(canvas.queryByRole('button', { name: 'Create the key' })).toBeNull();
      await userEvent.click(next);
    }
    const checkAgain = await canvas.findByRole('button', {
      name: 'I’ve updated the permissions — check again',
    });
    await expect(primaries(context.canvasElement)).toEqual([checkAgain.textContent]);
    await expect(context.canvasElement.innerHTML).not.toContain(fakeKeys.chargesOnly.slice(8));
    await userEvent.click(checkAgain);
    await expect(await canvas.findByRole('heading', { name: 'Stripe is connected' })).toBeVisible();
    await expect(fakeClientOf(context).requests).toHaveLength(2);
  },
};

/** Connected, but the stored key lacks a permission: the fix leads the status card. */
export const NeedsAttention: Story = {
  parameters: setup({
    fake: { status: connectedStatus({ permissions: { charges: 'write', refunds: 'missing' } }) },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Stripe needs your attention' }),
    ).toBeVisible();
    await expect(primaries(canvasElement)).toEqual(['Show me how to fix it']);
  },
};

/** A key is connected: the onboarding opens on the status. */
export const Connected: Story = {
  parameters: connected,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Stripe is connected' })).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Open your API keys' })).toBeNull();
  },
};

/** "Replace key" goes back to the form; "Cancel" returns to the status. */
export const ReplaceKey: Story = {
  parameters: connected,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Replace key' }));
    await waitFor(() => expect(canvas.getByLabelText('Restricted key')).toHaveFocus());
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeVisible();
  },
};

/** Disconnecting (confirmed) goes back to the start of the guide. */
export const Disconnect: Story = {
  parameters: connected,
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Disconnect' }));
    const dialog = await canvas.findByRole('alertdialog', { name: 'Disconnect Stripe?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    const step = await canvas.findByRole('heading', { name: 'Open your API keys' });
    await waitFor(() => expect(step).toHaveFocus());
    await expect(fakeClientOf(context).current).toEqual({ connected: false });
  },
};

/** The dark theme, on the status. */
export const DarkTheme: Story = {
  parameters: {
    ...connected,
    kit: { provider: { appearance: { theme: 'dark' } }, background: '#0b0f17' },
  },
  play: Connected.play,
};

/** The dark theme, on the form. */
export const DarkThemeForm: Story = {
  parameters: setup({
    kit: { provider: { appearance: { theme: 'dark' } }, background: '#0b0f17' },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'I already have a key' }));
    await pasteInto(canvas.getByLabelText('Restricted key'), fakeKeys.secret);
  },
};

/** In French. */
export const French: Story = {
  parameters: setup({ kit: { provider: { locale: 'fr', messages: fr } } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'J’ai déjà une clé' }));
    await expect(canvas.getByRole('form', { name: 'Collez votre clé restreinte' })).toBeVisible();
  },
};

/** In Spanish. */
export const Spanish: Story = {
  parameters: setup({ kit: { provider: { locale: 'es', messages: es } } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Ya tengo una clave' }));
    await expect(canvas.getByRole('form', { name: 'Pega tu clave restringida' })).toBeVisible();
  },
};

/** A 320 px wide phone, on the form. */
export const Narrow: Story = {
  parameters: { ...setup({ kit: { width: 320 } }), viewport: { defaultViewport: 'narrow' } },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'I already have a key' }));
    const form = canvas.getByRole('form');
    await expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth + 1);
    const input = form.querySelector('[data-key-input]') as HTMLElement;
    await expect(input.getBoundingClientRect().width).toBeGreaterThan(form.clientWidth * 0.85);
  },
};

/** French on a 320 px phone, after a dropped connection. */
export const FrenchNarrowTryAgain: Story = {
  parameters: {
    ...setup({
      kit: { provider: { locale: 'fr', messages: fr }, width: 320 },
      fake: { failFirst: { putKey: ['network_error'] } },
    }),
    viewport: { defaultViewport: 'narrow' },
  },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'J’ai déjà une clé' }));
    await pasteInto(canvas.getByLabelText('Clé restreinte'), fakeKeys.full);
    await userEvent.click(canvas.getByRole('button', { name: 'Vérifier et connecter' }));
    await expect(await canvas.findByRole('button', { name: 'Réessayer' })).toBeVisible();
    const form = canvas.getByRole('form');
    await expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth + 1);
  },
};

/** Spanish on a 320 px phone: the set-up of the stories below that check that. */
const spanishOnPhone = {
  parameters: {
    ...setup({ kit: { provider: { locale: 'es', messages: es }, width: 320 } }),
    viewport: { defaultViewport: 'narrow' },
  },
  globals: { viewport: { value: 'narrow', isRotated: false } },
} satisfies Story;

/** Spanish on a 320 px phone, on the form. */
export const SpanishNarrow: Story = {
  ...spanishOnPhone,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Ya tengo una clave' }));
    const form = canvas.getByRole('form');
    await expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth + 1);
  },
};

/**
 * Both keys from the hand-over step, the natural path: the status then shows the publishable
 * key and that attendees can pay.
 */
export const ConnectBothKeys: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'I already have a key' }));
    await pasteInto(canvas.getByLabelText('Restricted key'), fakeKeys.full);
    await pasteInto(canvas.getByLabelText('Publishable key'), fakeKeys.publishable);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify and connect' }));
    await canvas.findByRole('heading', { name: 'Stripe is connected' });
    await expect(canvas.getByText(fakeKeys.publishable)).toBeVisible();
    await expect(canvas.getByText('Attendees can pay')).toBeVisible();
  },
};

/** Another account's publishable key: said on that field; the restricted key is kept. */
export const PublishableKeyOfAnotherAccount: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'I already have a key' }));
    await pasteInto(canvas.getByLabelText('Restricted key'), fakeKeys.full);
    await pasteInto(canvas.getByLabelText('Publishable key'), fakeKeys.publishableOtherAccount);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify and connect' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('from another Stripe account');
    await expect(canvas.getByText(/no need to paste it again/)).toBeVisible();
    await expect(context.canvasElement.innerHTML).not.toContain(fakeKeys.full.slice(8));
  },
};

/** The guide's step for the publishable key, on a 320 px phone in Spanish. */
export const PublishableKeyStepSpanishNarrow: Story = {
  ...spanishOnPhone,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 3 });
    for (let step = 0; step < 7; step += 1) {
      await userEvent.click(canvas.getByRole('button', { name: 'Siguiente' }));
    }
    await expect(canvas.getByRole('heading', { level: 3 })).toHaveTextContent(
      es.stepPublishableKeyTitle,
    );
  },
};

/** Pages that take no payments: no publishable key field, no step for it in the guide. */
export const WithoutPublishableKey: Story = {
  args: { publishableKey: 'hidden' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'I already have a key' }));
    await canvas.findByLabelText('Restricted key');
    await expect(canvas.queryByLabelText('Publishable key')).toBeNull();
    await expect(canvasElement).not.toHaveTextContent('Copy your publishable key');
  },
};
