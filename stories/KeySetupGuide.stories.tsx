import { KeySetupGuide, type KeySetupGuideProps, keySetupStepIds } from '@pelago/connect-react';
import { es } from '@pelago/connect-react/locales/es';
import { fr } from '@pelago/connect-react/locales/fr';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import apiKeysPage from './assets/api-keys-page.svg';
import { type KitParameters, tabTo, withKit } from './support/withKit';

const meta = {
  title: 'Components/KeySetupGuide',
  component: KeySetupGuide,
  decorators: [withKit],
  tags: ['!autodocs'],
  args: {
    mode: 'test',
    companyName: 'Acme Manufacturing Company',
    onComplete: fn(),
    onStepChange: fn(),
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['test', 'live'] },
    defaultStep: { control: { type: 'number', min: 0, max: 6 } },
    step: { control: false },
    steps: { control: false },
    illustrations: { control: false },
    renderHandOver: { control: false },
  },
} satisfies Meta<typeof KeySetupGuide>;

export default meta;
type Story = StoryObj<typeof meta>;
const kit = (parameters: KitParameters) => ({ kit: parameters });

/** The first step: open the API keys page of the Stripe Dashboard. */
export const FirstStep: Story = {};

/** A middle step: the suggested key name follows the company name, with a copy button. */
export const MiddleStep: Story = { args: { defaultStep: 2 } };

/** The last step: its button says "I have my key" and calls `onComplete`. */
export const LastStep: Story = {
  args: { defaultStep: 6 },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'I have my key' }));
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
  },
};

/** Test mode: links open the test side of the Dashboard. */
export const TestMode: Story = {
  args: { mode: 'test' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const link = canvas.getByRole('link', { name: /Open API keys in Stripe/ });
    await expect(link).toHaveAttribute('href', 'https://dashboard.stripe.com/test/apikeys');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveTextContent('(opens in a new tab)');

    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    const prefilled = canvas.getByRole('link', { name: /prefilled restricted key form/ });
    await expect(prefilled).toHaveAttribute(
      'href',
      'https://dashboard.stripe.com/test/apikeys/create?name=Acme_Pelago&permissions%5B%5D=rak_charge_write&permissions%5B%5D=rak_refund_write',
    );
    await expect(prefilled).toHaveAttribute('target', '_blank');
  },
};

/** Live mode: links open the live Dashboard and the wording warns that charges are real. */
export const LiveMode: Story = {
  args: { mode: 'live' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Live mode')).toBeVisible();
    await expect(canvas.getByRole('link', { name: /Open API keys in Stripe/ })).toHaveAttribute(
      'href',
      'https://dashboard.stripe.com/apikeys',
    );
  },
};

/** Every step can be reached and finished with the keyboard alone. */
export const KeyboardWalkthrough: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    for (let step = 1; step <= keySetupStepIds.length; step += 1) {
      const last = step === keySetupStepIds.length;
      const primary = canvas.getByRole('button', { name: last ? 'I have my key' : 'Next' });
      await tabTo(primary, userEvent);
      await userEvent.keyboard('{Enter}');
      if (!last) {
        const heading = canvas.getByRole('heading', { level: 3 });
        await expect(heading).toHaveFocus();
        // The polite live region announces the new step.
        await expect(canvasElement).toHaveTextContent(
          `Step ${step + 1} of 7: ${heading.textContent}`,
        );
      }
    }
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
  },
};

/** The copy button puts the suggested name on the clipboard and says "Copied". */
export const CopyKeyName: Story = {
  args: { defaultStep: 2 },
  beforeEach: () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: fn(async (_text: string) => {}) },
    });
    return () => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    };
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy name' }));
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith('Acme_Pelago');
    await expect(canvas.getByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(canvasElement).toHaveTextContent('Acme_Pelago copied to the clipboard.');

    const field = canvas.getByRole('textbox', { name: 'Your company name' });
    await userEvent.clear(field);
    await userEvent.type(field, 'Globex Corporation');
    await expect(canvas.getByText('Globex_Pelago', { selector: 'code' })).toBeVisible();
  },
};

/** Without a clipboard the guide selects the name and explains how to copy it by hand. */
export const CopyWithoutClipboard: Story = {
  args: { defaultStep: 2 },
  beforeEach: () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    return () => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    };
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy name' }));
    await expect(
      canvas.getByText(/Select the name and copy it yourself/, { selector: 'p' }),
    ).toBeVisible();
  },
};

/** Host screenshots replace the kit's sketches, by step id or its camelCase form. */
export const CustomScreenshots: Story = {
  args: {
    defaultStep: 1,
    illustrations: {
      createRestrictedKey: {
        src: apiKeysPage,
        alt: 'Our own screenshot of the API keys page',
        width: 640,
        height: 400,
        caption: 'A screenshot supplied by the host app.',
        annotations: [
          {
            id: 'create',
            x: 64,
            y: 57,
            box: { x: 65, y: 52, width: 32, height: 10 },
            label: 'Press Create restricted key.',
          },
        ],
      },
      'create-key': {
        src: `data:image/svg+xml,${encodeURIComponent(
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 120"><rect width="320" height="120" fill="#eef1f6"/><rect x="200" y="70" width="100" height="30" rx="6" fill="#0f766e"/></svg>',
        )}`,
        alt: 'The bottom of the form with the Create key button',
        annotations: [{ id: 'create', x: 58, y: 71, label: 'Press Create key.' }],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('img', { name: 'Our own screenshot of the API keys page' }),
    ).toBeVisible();
  },
};

/** The dark theme, on a dark host page. */
export const DarkTheme: Story = {
  args: { defaultStep: 2 },
  parameters: kit({ provider: { appearance: { theme: 'dark' } }, background: '#0b0f17' }),
};

/** French. */
export const French: Story = {
  args: { defaultStep: 2, companyName: 'Boulangerie Dupont SARL' },
  parameters: kit({ provider: { locale: 'fr', messages: fr } }),
};

/** Spanish. */
export const Spanish: Story = {
  args: { defaultStep: 5, companyName: 'Eventos Pérez S.L.' },
  parameters: kit({ provider: { locale: 'es', messages: es } }),
};

/** A long company name wraps without breaking the layout. */
export const LongCompanyName: Story = {
  args: {
    defaultStep: 2,
    companyName:
      'Internationale Vereinigung der Veranstalter von Konferenzen und Fachmessen Gesellschaft mbH',
  },
};

/** A right-to-left host page: the layout mirrors, the Dashboard pictures do not. */
export const RightToLeft: Story = {
  args: { defaultStep: 2 },
  parameters: kit({ dir: 'rtl' }),
};

/** A 320 px wide container: the step list turns into "Step 3 of 7" and a progress bar. */
export const Narrow320: Story = {
  args: { defaultStep: 2 },
  parameters: { ...kit({ width: 320 }), viewport: { defaultViewport: 'narrow' } },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('progressbar', { name: 'Key setup progress' })).toBeVisible();
    await expect(canvas.queryByRole('navigation')).toBeNull();
  },
};

/** The last step hosts the key-entry form through `renderHandOver`. */
export const HandOverSlot: Story = {
  args: {
    defaultStep: 6,
    renderHandOver: (context) => (
      <p style={{ padding: 12, border: '1px dashed currentColor' }}>
        The key entry form goes here ({context.mode} mode, key named {context.keyName}).
      </p>
    ),
  },
};

/** Custom steps: a welcome step added before the defaults. */
export const CustomSteps: Story = {
  args: {
    steps: (defaults) => [
      {
        id: 'welcome',
        title: 'Before you start',
        content: <p>You need to be an administrator of your Stripe account.</p>,
      },
      ...defaults,
    ],
  },
};

function ControlledGuide(props: KeySetupGuideProps) {
  const [step, setStep] = useState(0);
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <p>
        The host page keeps the step: <strong>{step}</strong>{' '}
        <button type="button" onClick={() => setStep(0)}>
          Start over
        </button>
      </p>
      <KeySetupGuide {...props} step={step} onStepChange={setStep} />
    </div>
  );
}

/** A controlled guide: the host owns the step index. */
export const Controlled: Story = {
  render: (args) => <ControlledGuide {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await expect(canvasElement).toHaveTextContent('The host page keeps the step: 1');
    await userEvent.click(canvas.getByRole('button', { name: 'Start over' }));
    await expect(canvas.getByRole('heading', { level: 3 })).toHaveTextContent('Open your API keys');
  },
};

/** With `onExit`, a "Leave the guide" button appears. */
export const WithExit: Story = {
  args: { onExit: fn() },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Leave the guide' }));
    await expect(args.onExit).toHaveBeenCalledTimes(1);
  },
};
