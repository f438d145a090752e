import { KeyEntryForm } from '@pelago/connect-react';
import { es } from '@pelago/connect-react/locales/es';
import { fr } from '@pelago/connect-react/locales/fr';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { fakeKeys } from './support/fakeConnectClient';
import {
  type FakeClientParameters,
  fakeClientLoader,
  fakeClientOf,
  pasteInto,
  withFakeClient,
} from './support/withFakeClient';

const meta = {
  title: 'Components/KeyEntryForm',
  component: KeyEntryForm,
  decorators: [withFakeClient],
  loaders: [fakeClientLoader],
  tags: ['!autodocs'],
  args: {
    mode: 'test',
    companyName: 'Acme Manufacturing Company',
    onVerified: fn(),
    onError: fn(),
    onShowPermissionsStep: fn(),
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['test', 'live'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    publishableKey: { control: 'inline-radio', options: ['optional', 'required', 'hidden'] },
  },
} satisfies Meta<typeof KeyEntryForm>;

export default meta;
type Story = StoryObj<typeof meta>;
const setup = (parameters: FakeClientParameters) => parameters;

/** The parts of the form a play function works with. */
function formParts(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const input = canvas.getByLabelText<HTMLInputElement>('Restricted key');
  return {
    canvas,
    input,
    submit: () =>
      canvas.getByRole('button', {
        name: /^(Verify and connect|Verifying…|Try again|I’ve updated the permissions — check again)$/,
      }),
    /** The refusal under the field, found the way a screen reader does: by the description. */
    problem: () => {
      const [, id] = input.getAttribute('aria-describedby')?.split(' ') ?? [];
      return id ? (canvasElement.ownerDocument.getElementById(id)?.textContent ?? '') : '';
    },
  };
}

/** A paste the form refuses on the spot: explained under the field, and never sent. */
function refusedPaste(paste: string, words: RegExp): Story['play'] {
  return async (context) => {
    const { input, submit, problem } = formParts(context.canvasElement);
    await pasteInto(input, paste);
    await expect(problem()).toMatch(words);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    // In the same titled box as the server's errors.
    await expect(within(context.canvasElement).getByText('This key can’t be used')).toBeVisible();
    await userEvent.click(submit());
    await expect(input).toHaveValue('');
    await expect(problem()).toMatch(words);
    await expect(fakeClientOf(context).requests).toHaveLength(0);
  };
}

/** Nothing typed yet: the key name is prefilled from the company name. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const { canvas, input } = formParts(canvasElement);
    await expect(input).toHaveAttribute('type', 'password');
    await expect(input).toHaveAttribute('autocomplete', 'off');
    await expect(input).not.toHaveAttribute('name');
    await expect(canvas.getByLabelText('Key name (optional)')).toHaveValue('Acme_Pelago');
    await expect(canvas.getByRole('form', { name: 'Paste your restricted key' })).toBeVisible();
  },
};

/** Typing a restricted key by hand: no complaint until the merchant leaves the field. */
export const Typing: Story = {
  play: async ({ canvasElement }) => {
    const { input, problem } = formParts(canvasElement);
    await userEvent.type(input, 'rk_test_a1B2c3');
    await expect(input).toHaveAttribute('aria-invalid', 'false');
    await expect(problem()).toBe('');
    await expect(within(canvasElement).getByText('Test mode')).toBeVisible();
    await userEvent.tab();
    await expect(problem()).toMatch(/^This key is too short/);
  },
};

/** A secret key is refused with the reason a restricted key is safer; it is never sent. */
export const SecretKey: Story = {
  play: refusedPaste(fakeKeys.secret, /^This is a secret key .* can do anything/),
};

/** The publishable key sits on the same page; the form says where the right one is. */
export const PublishableKey: Story = {
  play: refusedPaste(fakeKeys.publishable, /^This is your publishable key/),
};

/** A webhook signing secret is not an API key at all. */
export const WebhookSecret: Story = {
  play: refusedPaste(fakeKeys.webhookSecret, /^This is a webhook signing secret/),
};

/** A live key while the connection is in test mode. */
export const LiveKeyInTestMode: Story = {
  play: refusedPaste(fakeKeys.live, /^This is a live key .* this connection is in test mode/),
};

/** A key damaged on the way (a stray character inside). */
export const MalformedKey: Story = {
  play: refusedPaste(
    `${fakeKeys.full.slice(0, 40)}-${fakeKeys.full.slice(40)}`,
    /^This key contains characters a Stripe key never has/,
  ),
};

/** The masked form the Dashboard's key list shows, copied instead of the revealed key. */
export const HiddenDashboardForm: Story = {
  play: refusedPaste(fakeKeys.hidden, /^This is the hidden form of the key/),
};

/** Waiting for Stripe: the button says so and ignores presses, the field is already empty. */
export const Pending: Story = {
  parameters: setup({ fake: { hang: ['putKey'] } }),
  play: async (context) => {
    const { canvas, input, submit } = formParts(context.canvasElement);
    await pasteInto(input, fakeKeys.full);
    await userEvent.click(submit());
    await expect(submit()).toHaveTextContent('Verifying…');
    await expect(submit()).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('form')).toHaveAttribute('aria-busy', 'true');
    await expect(input).toHaveValue('');
    await userEvent.click(submit());
    await expect(fakeClientOf(context).requests).toHaveLength(1);
  },
};

/** Stripe confirmed both permissions; the key is gone from the page. */
export const Verified: Story = {
  play: async (context) => {
    const { canvas, input, submit } = formParts(context.canvasElement);
    await pasteInto(input, `  ${fakeKeys.full}\n`);
    await userEvent.click(submit());
    const checklist = await canvas.findByRole('list', { name: 'What Stripe confirmed' });
    await expect(checklist).toHaveTextContent('Charges: write access');
    await expect(checklist).toHaveTextContent('Refunds: write access');
    await expect(
      canvas.getByText('Key verified. Stripe is connected.', { selector: 'p' }),
    ).toBeVisible();
    await expect(input).toHaveValue('');
    await expect(context.canvasElement.innerHTML).not.toContain(fakeKeys.full.slice(8));
    await expect(context.args.onVerified).toHaveBeenCalledTimes(1);
    await expect(fakeClientOf(context).requests[0]).toEqual({
      method: 'putKey',
      key: 'rk_test_…a1B2',
      name: 'Acme_Pelago',
    });
  },
};

/** A key with write access to Charges only: the checklist shows what to fix, and where. */
export const PermissionMissing: Story = {
  play: async (context) => {
    const { canvas, input, submit } = formParts(context.canvasElement);
    await pasteInto(input, fakeKeys.chargesOnly);
    await userEvent.click(submit());
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'This key cannot create refunds.',
    );
    await expect(canvas.getByText('Charges: write access')).toBeVisible();
    await expect(canvas.getByText('Refunds: missing')).toBeVisible();
    await expect(input).toHaveValue('');
    await expect(submit()).toHaveTextContent('I’ve updated the permissions — check again');
    await userEvent.click(canvas.getByRole('button', { name: 'Show me how to set permissions' }));
    await expect(context.args.onShowPermissionsStep).toHaveBeenCalledTimes(1);
  },
};

/**
 * A dropped connection: the key is kept in memory (never on the page), and "Try again" sends
 * it again without a new paste.
 */
export const TryAgainKeepsTheKey: Story = {
  parameters: setup({ fake: { failFirst: { putKey: ['network_error'] } } }),
  play: async (context) => {
    const { canvas, input, submit } = formParts(context.canvasElement);
    await pasteInto(input, fakeKeys.full);
    await userEvent.click(submit());
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The connection dropped');
    await expect(alert).toHaveTextContent('no need to paste it again');
    await expect(input).toHaveValue('');
    await expect(context.canvasElement.ownerDocument.body.innerHTML).not.toContain(
      fakeKeys.full.slice(8),
    );
    const retry = canvas.getByRole('button', { name: 'Try again' });
    await expect(retry).toHaveAttribute('data-variant', 'primary');
    retry.focus();
    await userEvent.keyboard('{Enter}');
    await expect(
      await canvas.findByText('Key verified. Stripe is connected.', { selector: 'p' }),
    ).toBeVisible();
    await expect(fakeClientOf(context).requests.map((r) => r.key)).toEqual([
      'rk_test_…a1B2',
      'rk_test_…a1B2',
    ]);
  },
};

/** The merchant set Refunds to Write on the same key in Stripe, then checks it again. */
export const CheckAgainAfterPermissionFix: Story = {
  parameters: setup({ fake: { fixedAfterFirstCheck: true } }),
  play: async (context) => {
    const { canvas, input, submit } = formParts(context.canvasElement);
    await pasteInto(input, fakeKeys.chargesOnly);
    await userEvent.click(submit());
    await expect(await canvas.findByText('Refunds: missing')).toBeVisible();
    await userEvent.click(
      canvas.getByRole('button', { name: 'I’ve updated the permissions — check again' }),
    );
    await expect(
      await canvas.findByText('Key verified. Stripe is connected.', { selector: 'p' }),
    ).toBeVisible();
    await expect(canvas.getByText('Refunds: write access')).toBeVisible();
    await expect(fakeClientOf(context).requests).toHaveLength(2);
  },
};

/** Pasting a good key after a failed check clears the old verdict at once. */
export const NewPasteClearsVerdict: Story = {
  play: async (context) => {
    const { canvas, input, submit } = formParts(context.canvasElement);
    await pasteInto(input, fakeKeys.chargesOnly);
    await userEvent.click(submit());
    await expect(await canvas.findByText('Refunds: missing')).toBeVisible();
    await pasteInto(input, fakeKeys.full);
    await expect(canvas.queryByText('Refunds: missing')).toBeNull();
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(submit()).toHaveTextContent('Verify and connect');
  },
};

/** Server answers, each with its own message; the key is cleared after every one. */
function serverError(
  key: string,
  words: string,
  extra?: (canvas: ReturnType<typeof within>) => Promise<void>,
): Story['play'] {
  return async (context) => {
    const { canvas, input, submit } = formParts(context.canvasElement);
    await pasteInto(input, key);
    await userEvent.click(submit());
    await expect(await canvas.findByRole('alert')).toHaveTextContent(words);
    await expect(input).toHaveValue('');
    await expect(context.args.onError).toHaveBeenCalledTimes(1);
    await extra?.(canvas);
  };
}

/** Stripe does not know the key (deleted, or mistyped). */
export const InvalidKey: Story = {
  play: serverError(fakeKeys.invalid, 'Stripe does not recognise this key.'),
};

/** The key expired in the Dashboard: a definitive refusal, the key is forgotten. */
export const ExpiredKey: Story = {
  play: serverError(
    fakeKeys.expired,
    'Stripe says this key has expired or was replaced.',
    async (canvas) => {
      await expect(canvas.queryByText(/could not be checked/)).toBeNull();
      await expect(canvas.getByRole('button', { name: 'Verify and connect' })).toBeVisible();
    },
  ),
};

/** Stripe answered with errors: nothing could be checked, so no permission list; try again. */
export const StripeUnavailable: Story = {
  parameters: setup({ fake: { fail: { putKey: 'stripe_unavailable' } } }),
  play: serverError(
    fakeKeys.full,
    'Stripe is not responding properly right now.',
    async (canvas) => {
      await expect(canvas.queryByText(/could not be checked/)).toBeNull();
      await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    },
  ),
};

/** This site failed: "Try again", and the host's help page. */
export const SiteProblem: Story = {
  args: { helpHref: '#help' },
  parameters: setup({ fake: { fail: { putKey: 'internal_error' } } }),
  play: serverError(fakeKeys.full, 'This site had a problem', async (canvas) => {
    await expect(canvas.getByRole('link', { name: 'Get help' })).toHaveAttribute('href', '#help');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  }),
};

/** Too many requests to Stripe. */
export const RateLimited: Story = {
  parameters: setup({ fake: { fail: { putKey: 'rate_limited' } } }),
  play: serverError(fakeKeys.full, 'Too many requests to Stripe right now.'),
};

/** The request never reached the server. */
export const NetworkError: Story = {
  parameters: setup({ fake: { fail: { putKey: 'network_error' } } }),
  play: serverError(fakeKeys.full, 'The connection to Stripe failed.'),
};

/** Live mode: the hint asks for rk_live_ and the badge says "Live mode". */
export const LiveMode: Story = {
  args: { mode: 'live' },
  parameters: setup({ fake: { mode: 'live' } }),
  play: async ({ canvasElement }) => {
    const { canvas, input } = formParts(canvasElement);
    await expect(canvas.getByText(/^It starts with rk_live_\./)).toBeVisible();
    await pasteInto(input, fakeKeys.live);
    const badge = canvas.getByText('Live mode');
    await expect(badge).toBeVisible();
    // Real money, not a success: never drawn in the success colour.
    await expect(getComputedStyle(badge).color).not.toBe('rgb(6, 118, 71)');
    await expect(input).toHaveAttribute('aria-invalid', 'false');
  },
};

/** The key can be shown to check it, and is masked again on submit. */
export const ShowAndHide: Story = {
  parameters: setup({ fake: { hang: ['putKey'] } }),
  play: async ({ canvasElement }) => {
    const { canvas, input, submit } = formParts(canvasElement);
    await pasteInto(input, fakeKeys.full);
    const show = canvas.getByRole('button', { name: 'Show key' });
    await expect(show).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(show);
    await expect(input).toHaveAttribute('type', 'text');
    await expect(canvas.getByRole('button', { name: 'Hide key' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.click(submit());
    await expect(input).toHaveAttribute('type', 'password');
    await expect(input).toHaveValue('');
  },
};

/** The dark theme, with a refusal on screen. */
export const DarkTheme: Story = {
  parameters: setup({
    kit: { provider: { appearance: { theme: 'dark' } }, background: '#0b0f17' },
  }),
  play: refusedPaste(fakeKeys.secret, /^This is a secret key/),
};

/** In French, refusals and server answers included. */
export const French: Story = {
  parameters: setup({
    kit: { provider: { locale: 'fr', messages: fr } },
    fake: { fail: { putKey: 'rate_limited' } },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('Clé restreinte');
    await pasteInto(input, fakeKeys.secret);
    await expect(canvas.getByText(/^C’est une clé secrète/, { selector: 'div' })).toBeVisible();
    await userEvent.clear(input);
    await pasteInto(input, fakeKeys.full);
    await userEvent.click(canvas.getByRole('button', { name: 'Vérifier et connecter' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Trop de demandes envoyées à Stripe en ce moment.',
    );
  },
};

/** In Spanish. */
export const Spanish: Story = {
  parameters: setup({ kit: { provider: { locale: 'es', messages: es } } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await pasteInto(canvas.getByLabelText('Clave restringida'), fakeKeys.publishable);
    await expect(
      canvas.getByText(/^Esta es tu clave publicable/, { selector: 'div' }),
    ).toBeVisible();
    await expect(canvas.getByLabelText('Nombre de la clave (opcional)')).toHaveValue('Acme_Pelago');
  },
};

/** At 320 px the key field keeps the whole width; "Show key" goes under it. */
async function fitsAPhone(canvasElement: HTMLElement) {
  const form = within(canvasElement).getByRole('form');
  const input = form.querySelector('[data-key-input]') as HTMLElement;
  await expect(form.clientWidth).toBeLessThanOrEqual(320);
  await expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth + 1);
  await expect(input.getBoundingClientRect().width).toBeGreaterThan(form.clientWidth * 0.85);
}

const narrow = {
  viewport: { defaultViewport: 'narrow' },
} as const;

/** A 320 px wide phone, with the longest refusal. */
export const Narrow: Story = {
  parameters: { ...setup({ kit: { width: 320 } }), ...narrow },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const { input, problem } = formParts(canvasElement);
    await pasteInto(input, fakeKeys.secret);
    await expect(problem()).toMatch(/^This is a secret key/);
    await fitsAPhone(canvasElement);
  },
};

/** A 320 px phone after a failed check: the kept key and "Try again". */
export const NarrowTryAgain: Story = {
  parameters: {
    ...setup({ kit: { width: 320 }, fake: { failFirst: { putKey: ['rate_limited'] } } }),
    ...narrow,
  },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const { canvas, input, submit } = formParts(canvasElement);
    await pasteInto(input, fakeKeys.full);
    await userEvent.click(submit());
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
    await fitsAPhone(canvasElement);
  },
};

/** French on a 320 px phone, a missing permission to check again. */
export const FrenchNarrow: Story = {
  parameters: {
    ...setup({ kit: { provider: { locale: 'fr', messages: fr }, width: 320 } }),
    ...narrow,
  },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await pasteInto(canvas.getByLabelText('Clé restreinte'), fakeKeys.chargesOnly);
    await userEvent.click(canvas.getByRole('button', { name: 'Vérifier et connecter' }));
    await expect(
      await canvas.findByRole('button', {
        name: 'J’ai modifié les autorisations — vérifier à nouveau',
      }),
    ).toBeVisible();
    await expect(canvas.getByText('Remboursements : manquant')).toBeVisible();
    await fitsAPhone(canvasElement);
  },
};

/** Spanish on a 320 px phone, Stripe busy. */
export const SpanishNarrow: Story = {
  parameters: {
    ...setup({
      kit: { provider: { locale: 'es', messages: es }, width: 320 },
      fake: { fail: { putKey: 'rate_limited' } },
    }),
    ...narrow,
  },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await pasteInto(canvas.getByLabelText('Clave restringida'), fakeKeys.full);
    await userEvent.click(canvas.getByRole('button', { name: 'Verificar y conectar' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Stripe está ocupado ahora');
    await expect(canvas.getByRole('button', { name: 'Reintentar' })).toBeVisible();
    await fitsAPhone(canvasElement);
  },
};

/** The publishable-key field, found by its label, and the refusal its description points at. */
function publishableParts(canvasElement: HTMLElement) {
  const input = within(canvasElement).getByLabelText<HTMLInputElement>('Publishable key');
  return {
    input,
    problem: () => {
      const [, id] = input.getAttribute('aria-describedby')?.split(' ') ?? [];
      return id ? (canvasElement.ownerDocument.getElementById(id)?.textContent ?? '') : '';
    },
  };
}

/** Both keys at once, the natural path: one request carries them, and attendees can pay. */
export const BothKeys: Story = {
  play: async (context) => {
    const { canvas, input, submit } = formParts(context.canvasElement);
    const publishable = publishableParts(context.canvasElement);
    await expect(publishable.input).toHaveAttribute('type', 'text');
    await pasteInto(input, fakeKeys.full);
    await pasteInto(publishable.input, fakeKeys.publishable);
    await expect(publishable.input).toHaveValue(fakeKeys.publishable);
    await userEvent.click(submit());
    await expect(
      await canvas.findByText('Key verified. Stripe is connected.', { selector: 'p' }),
    ).toBeVisible();
    await expect(fakeClientOf(context).requests[0]).toEqual({
      method: 'putKey',
      key: 'rk_test_…a1B2',
      name: 'Acme_Pelago',
      publishableKey: 'pk_test_…r5S6',
    });
    await expect(fakeClientOf(context).current.payments).toBe('ready');
  },
};

/** A secret key pasted where the publishable key goes: refused, cleared at once, never sent. */
export const PublishableFieldGetsSecretKey: Story = {
  play: async (context) => {
    const { input, submit } = formParts(context.canvasElement);
    const publishable = publishableParts(context.canvasElement);
    await pasteInto(publishable.input, fakeKeys.secret);
    await expect(publishable.input).toHaveValue('');
    await expect(publishable.problem()).toMatch(
      /^This is a secret key .*: it was cleared, not sent/,
    );
    await expect(publishable.input).toHaveAttribute('aria-invalid', 'true');
    await expect(context.canvasElement.ownerDocument.body.innerHTML).not.toContain(
      fakeKeys.secret.slice(8),
    );
    await pasteInto(input, fakeKeys.full);
    await userEvent.click(submit());
    await waitFor(() => expect(fakeClientOf(context).requests).toHaveLength(1));
    await expect(fakeClientOf(context).requests[0]?.publishableKey).toBeUndefined();
  },
};

/**
 * A live publishable key beside a test restricted key: refused before anything is sent, and
 * the restricted key waits in memory for the right one.
 */
export const PublishableKeyOfTheOtherMode: Story = {
  play: async (context) => {
    const { canvas, input, submit } = formParts(context.canvasElement);
    const publishable = publishableParts(context.canvasElement);
    await pasteInto(input, fakeKeys.full);
    await pasteInto(publishable.input, fakeKeys.publishableLive);
    await expect(publishable.problem()).toMatch(/^This publishable key is for the other mode/);
    await userEvent.click(submit());
    await expect(fakeClientOf(context).requests).toHaveLength(0);
    await expect(input).toHaveValue('');
    await expect(canvas.getByText(/no need to paste it again/)).toBeVisible();
    await expect(publishable.input).toHaveFocus();
  },
};

/**
 * The server finds the publishable key belongs to another Stripe account: said on that field,
 * with what to paste instead; the restricted key is kept, so only the publishable key changes.
 */
export const PublishableKeyOfAnotherAccount: Story = {
  play: async (context) => {
    const { canvas, input, submit } = formParts(context.canvasElement);
    const publishable = publishableParts(context.canvasElement);
    await pasteInto(input, fakeKeys.full);
    await pasteInto(publishable.input, fakeKeys.publishableOtherAccount);
    await userEvent.click(submit());
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('This publishable key can’t be used');
    await expect(alert).toHaveTextContent('from another Stripe account');
    await expect(publishable.input).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText(/no need to paste it again/)).toBeVisible();
    await expect(input).toHaveValue('');
    await expect(canvas.getByText('Charges: write access')).toBeVisible();
  },
};

/** After the refusal above, the right publishable key goes with the kept restricted key. */
export const PublishableKeyFixedAfterMismatch: Story = {
  play: async (context) => {
    await PublishableKeyOfAnotherAccount.play?.(context);
    const { canvas, submit } = formParts(context.canvasElement);
    const publishable = publishableParts(context.canvasElement);
    await userEvent.paste(fakeKeys.publishable);
    await expect(publishable.input).toHaveValue(fakeKeys.publishable);
    await userEvent.click(submit());
    await expect(
      await canvas.findByText('Key verified. Stripe is connected.', { selector: 'p' }),
    ).toBeVisible();
    await expect(fakeClientOf(context).requests.map((r) => r.key)).toEqual([
      'rk_test_…a1B2',
      'rk_test_…a1B2',
    ]);
  },
};

/** A page that needs payments can make the publishable key required. */
export const PublishableKeyRequired: Story = {
  args: { publishableKey: 'required' },
  play: async (context) => {
    const { input, submit } = formParts(context.canvasElement);
    const publishable = publishableParts(context.canvasElement);
    await pasteInto(input, fakeKeys.full);
    await userEvent.click(submit());
    await expect(publishable.problem()).toMatch(/^Paste your publishable key too/);
    await expect(fakeClientOf(context).requests).toHaveLength(0);
  },
};

/** Pages that take no payments can leave the publishable key out. */
export const PublishableKeyHidden: Story = {
  args: { publishableKey: 'hidden' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByLabelText('Publishable key')).toBeNull();
  },
};
