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

/** The server could not be reached. */
export const LoadFailed: Story = {
  parameters: setup({ fake: { fail: { getKey: 'unauthenticated' } } }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You are not signed in.');
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

/** A charges-only key: the form offers the way back to the permission step. */
export const PermissionMissing: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'I already have a key' }));
    const input = canvas.getByLabelText('Restricted key');
    await pasteInto(input, fakeKeys.chargesOnly);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify and connect' }));
    await expect(await canvas.findByText('Refunds: missing')).toBeVisible();
    await expect(input).toHaveValue('');
    await userEvent.click(canvas.getByRole('button', { name: 'Show me how to set permissions' }));
    const step = canvas.getByRole('heading', { name: 'Allow charges and refunds' });
    await waitFor(() => expect(step).toHaveFocus());
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
    const dialog = canvas.getByRole('alertdialog', { name: 'Disconnect Stripe?' });
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
  },
};
