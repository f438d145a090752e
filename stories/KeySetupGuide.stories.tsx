import {
  AnnotatedScreenshot,
  fixPermissionsStepIds,
  type KeySetupFlow,
  KeySetupGuide,
  type KeySetupGuideProps,
  keySetupStepIds,
  useKeySetup,
} from '@pelago/connect-react';
import { es } from '@pelago/connect-react/locales/es';
import { fr } from '@pelago/connect-react/locales/fr';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import apiKeysPage from './assets/api-keys-page.svg';
import { checkPicture, picturesLoaded } from './support/pictureChecks';
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
    defaultStep: { control: { type: 'number', min: 0, max: 8 } },
    flow: { control: 'inline-radio', options: ['create', 'fix-permissions'] },
    finishAction: { control: 'inline-radio', options: ['button', 'none'] },
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

/**
 * A middle step: the suggested key name follows the company name, with a copy button, and the
 * website address the host passes as `websiteUrl`.
 */
export const MiddleStep: Story = {
  args: { defaultStep: 3, websiteUrl: 'https://events.example.com' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/type https:\/\/events\.example\.com/)).toBeVisible();
    // The suggested name never breaks inside the word: it is one line tall.
    const name = canvas.getByText('Acme_Pelago', { selector: 'code' });
    const lineHeight = Number.parseFloat(getComputedStyle(name).lineHeight);
    await expect(name.getBoundingClientRect().height).toBeLessThan(lineHeight * 1.9);
  },
};

/** The last step: its button says "I have my key" and calls `onComplete`. */
export const LastStep: Story = {
  args: { defaultStep: 8 },
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
          `Step ${step + 1} of ${keySetupStepIds.length}: ${heading.textContent}`,
        );
      }
    }
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
  },
};

/** The copy button puts the suggested name on the clipboard and says "Copied". */
export const CopyKeyName: Story = {
  args: { defaultStep: 3 },
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
  args: { defaultStep: 3 },
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
  args: { defaultStep: 4 },
  parameters: kit({ provider: { appearance: { theme: 'dark' } }, background: '#0b0f17' }),
};

/** French: Stripe's French Dashboard calls Charges « Paiements » and Refunds « Remboursements ». */
export const French: Story = {
  args: { defaultStep: 4, companyName: 'Boulangerie Dupont SARL' },
  parameters: kit({ provider: { locale: 'fr', messages: fr } }),
  play: async ({ canvasElement }) => {
    const [figure] = await picturesLoaded(canvasElement);
    await expect(figure).toHaveTextContent('Paiements');
    await expect(figure).toHaveTextContent('Remboursements');
    await expect(figure).not.toHaveTextContent('Refunds');
  },
};

/** Spanish: Stripe's Spanish Dashboard says Cargos and Reembolsos. */
export const Spanish: Story = {
  args: { defaultStep: 6, mode: 'live', companyName: 'Eventos Pérez S.L.' },
  parameters: kit({ provider: { locale: 'es', messages: es } }),
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent(
      'Una clave del modo activo se muestra una sola vez',
    );
  },
};

/** On a phone, a long French or Spanish label never pushes Back to the wrong side of Next. */
async function checkFooter(canvasElement: HTMLElement, back: string, primary: string) {
  const canvas = within(canvasElement);
  const backRect = canvas.getByRole('button', { name: back }).getBoundingClientRect();
  const nextRect = canvas.getByRole('button', { name: primary }).getBoundingClientRect();
  const sameRow = Math.abs(backRect.top - nextRect.top) < 4;
  if (sameRow) await expect(backRect.right).toBeLessThanOrEqual(nextRect.left);
  // Stacked: the primary action on top, Back under it.
  else await expect(nextRect.bottom).toBeLessThanOrEqual(backRect.top);
}

/** French at 320 px on the last step of the fixing flow, the longest footer there is. */
export const FrenchNarrowFooter: Story = {
  args: { defaultStep: 3, flow: 'fix-permissions', onExit: fn() },
  parameters: kit({ provider: { locale: 'fr', messages: fr }, width: 320 }),
  play: async ({ canvasElement }) => {
    await checkFooter(canvasElement, 'Retour', 'J’ai mis à jour les autorisations');
  },
};

/** Spanish at 320 px, a middle step with a way out. */
export const SpanishNarrowFooter: Story = {
  args: { defaultStep: 2, onExit: fn() },
  parameters: kit({ provider: { locale: 'es', messages: es }, width: 320 }),
  play: async ({ canvasElement }) => {
    await checkFooter(canvasElement, 'Atrás', 'Siguiente');
  },
};

/** A long company name wraps without breaking the layout. */
export const LongCompanyName: Story = {
  args: {
    defaultStep: 3,
    companyName:
      'Internationale Vereinigung der Veranstalter von Konferenzen und Fachmessen Gesellschaft mbH',
  },
};

/** A right-to-left host page: the layout mirrors, the Dashboard pictures do not. */
export const RightToLeft: Story = {
  args: { defaultStep: 3 },
  parameters: kit({ dir: 'rtl' }),
};

/** A 320 px wide container: the step list turns into "Step 4 of 9" and a progress bar. */
export const Narrow320: Story = {
  args: { defaultStep: 3 },
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
    defaultStep: 8,
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

/**
 * `finishAction="none"`: the host's form in the last step is its only primary action; the
 * guide keeps Back.
 */
export const FinishActionNone: Story = {
  args: {
    defaultStep: 8,
    finishAction: 'none',
    renderHandOver: () => (
      <form aria-label="Key form" onSubmit={(event) => event.preventDefault()}>
        <button type="submit" data-variant="primary">
          Verify and connect
        </button>
      </form>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'I have my key' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Back' })).toBeVisible();
    await expect(canvasElement.querySelectorAll('[data-variant="primary"]')).toHaveLength(1);
  },
};

/**
 * `flow="fix-permissions"`: editing the permissions of the key the merchant already has. The
 * key stays the same, nothing is copied, and the last button says the permissions are updated.
 */
export const FixPermissions: Story = {
  args: { flow: 'fix-permissions', mode: 'live' },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    for (let step = 1; step < fixPermissionsStepIds.length; step += 1) {
      await expect(canvasElement).not.toHaveTextContent(/Create the key|Copy the key now/);
      await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    }
    await expect(canvas.getByRole('heading', { level: 3 })).toHaveTextContent(
      'Check your key again',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'I’ve updated the permissions' }));
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
  },
};

/** The step of the fixing flow that opens the existing key, with its picture. */
export const EditKeyStep: Story = {
  args: { flow: 'fix-permissions', defaultStep: 1 },
  play: async ({ canvasElement }) => {
    for (const figure of await picturesLoaded(canvasElement)) checkPicture(figure);
  },
};

/** Live mode, the copy step: a live key is shown once, so copy it before pressing Done. */
export const LiveCopyNow: Story = {
  args: { mode: 'live', defaultStep: 6 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/A live key is shown only this once/)).toBeVisible();
    for (const figure of await picturesLoaded(canvasElement)) checkPicture(figure);
  },
};

function EveryPicture({ flow }: { flow: KeySetupFlow }) {
  const setup = useKeySetup({
    flow,
    mode: 'live',
    companyName: 'Internationale Vereinigung',
    websiteUrl: 'https://events.example.com',
  });
  return (
    <div style={{ display: 'grid', gap: 32 }}>
      {setup.steps.map(({ id, title, illustration }) =>
        illustration ? (
          <AnnotatedScreenshot
            key={id}
            {...illustration}
            annotations={illustration.annotations ?? []}
            caption={title}
            zoomable
          />
        ) : null,
      )}
    </div>
  );
}

function AllPictures() {
  return (
    <div style={{ display: 'grid', gap: 32 }}>
      <EveryPicture flow="create" />
      <EveryPicture flow="fix-permissions" />
    </div>
  );
}

/**
 * Every picture of both flows, measured as drawn: no text under 11 px, markers inside the
 * frame, apart from each other and off the controls they point at, the Enlarge button off the
 * picture. The story tests run it at 1280 and at 320 px.
 */
export const EveryPictureMeasured: Story = {
  render: () => <AllPictures />,
  play: async ({ canvasElement }) => {
    const figures = await picturesLoaded(canvasElement);
    // Eight pictures for creating a key, three for fixing one.
    await expect(figures).toHaveLength(11);
    for (const figure of figures) checkPicture(figure);
  },
};

/** The same in French, whose labels are the longest. */
export const EveryPictureMeasuredFrench: Story = {
  ...EveryPictureMeasured,
  parameters: kit({ provider: { locale: 'fr', messages: fr } }),
};

/** The same in Spanish. */
export const EveryPictureMeasuredSpanish: Story = {
  ...EveryPictureMeasured,
  parameters: kit({ provider: { locale: 'es', messages: es } }),
};

/**
 * Back on the API keys page: where the publishable key is (Standard keys, the Publishable key
 * row), in the mode the merchant is in. Measured like every picture.
 */
export const PublishableKeyStep: Story = {
  args: { defaultStep: 7 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3 })).toHaveTextContent(
      'Copy your publishable key',
    );
    await expect(canvas.getByText(/It starts with pk_test_/)).toBeVisible();
    const [figure] = await picturesLoaded(canvasElement);
    if (!figure) throw new Error('no picture');
    await expect(figure).toHaveTextContent('pk_test_51Hx…');
    await expect(figure).toHaveTextContent('Copy the publishable key.');
    checkPicture(figure);
  },
};

/** The same step in live mode, in French, at 320 px. */
export const PublishableKeyStepFrenchNarrow: Story = {
  args: { defaultStep: 7, mode: 'live' },
  parameters: {
    ...kit({ width: 320, provider: { locale: 'fr', messages: fr } }),
    viewport: { defaultViewport: 'narrow' },
  },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const [figure] = await picturesLoaded(canvasElement);
    if (!figure) throw new Error('no picture');
    await expect(figure).toHaveTextContent('pk_live_51Hx…');
    await expect(figure).toHaveTextContent('Copiez la clé publiable.');
    checkPicture(figure);
  },
};

/** The enlarged picture is at least twice the size of the one in the step, or fills the screen. */
export const ZoomEnlarges: Story = {
  args: { defaultStep: 4 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [figure] = await picturesLoaded(canvasElement);
    const inline = figure?.querySelector('svg')?.getBoundingClientRect().width ?? 0;
    await userEvent.click(canvas.getByRole('button', { name: 'Enlarge picture' }));
    const dialog = await waitFor(() => {
      const open = canvasElement.ownerDocument.querySelector('dialog[open]');
      if (!open) throw new Error('no dialog yet');
      return open;
    });
    const zoomed = dialog.querySelector('svg')?.getBoundingClientRect().width ?? 0;
    const fillsScreen = dialog.getBoundingClientRect().width >= window.innerWidth - 1;
    await expect(zoomed >= 2 * inline || fillsScreen).toBe(true);
    await expect(zoomed).toBeGreaterThanOrEqual(2 * inline);
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('button', { name: 'Enlarge picture' })).toHaveFocus();
  },
};

/**
 * Every step's picture as the guide itself frames it (narrower than the picture stories on a
 * phone), measured like `EveryPictureMeasured`, in French, whose labels are the longest.
 */
export const EveryStepPictureInTheGuide: Story = {
  args: { mode: 'live', websiteUrl: 'https://events.example.com' },
  parameters: kit({ provider: { locale: 'fr', messages: fr } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (let step = 1; step < keySetupStepIds.length; step += 1) {
      for (const figure of await picturesLoaded(canvasElement)) checkPicture(figure);
      await userEvent.click(canvas.getByRole('button', { name: 'Suivant' }));
    }
  },
};
