import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Messages } from '../i18n/en';
import { es } from '../locales/es';
import { fr } from '../locales/fr';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { KeySetupGuide, type KeySetupGuideProps } from './KeySetupGuide';
import { keySetupStepIds } from './stepIds';

function renderGuide(
  props: KeySetupGuideProps = {},
  provider: { locale?: string; messages?: Partial<Messages> } = {},
) {
  const user = userEvent.setup();
  const view = render(
    <PelagoConnectProvider {...provider}>
      <KeySetupGuide {...props} />
    </PelagoConnectProvider>,
  );
  return { user, ...view };
}

const stepHeading = () => screen.getByRole('heading', { level: 3 });
const nextButton = () => screen.getByRole('button', { name: 'Next' });
const liveRegionText = () =>
  screen
    .getAllByRole('status')
    .map((region) => region.textContent)
    .join('|');

function Controlled() {
  const [step, setStep] = useState(0);
  return (
    <PelagoConnectProvider>
      <p data-testid="outside">{step}</p>
      <KeySetupGuide step={step} onStepChange={setStep} />
    </PelagoConnectProvider>
  );
}

describe('KeySetupGuide stepping', () => {
  it('walks forward and back through the seven steps', async () => {
    const { user } = renderGuide();
    expect(stepHeading().textContent).toBe('Open your API keys');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();

    await user.click(nextButton());
    expect(stepHeading().textContent).toBe('Start a restricted key');
    await user.click(nextButton());
    expect(stepHeading().textContent).toBe('Name your key');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(stepHeading().textContent).toBe('Start a restricted key');
  });

  it('turns Next into "I have my key" on the last step, which calls onComplete', async () => {
    const onComplete = vi.fn();
    const { user } = renderGuide({ defaultStep: 6, onComplete });
    expect(stepHeading().textContent).toBe('Hand the key to Pelago');
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'I have my key' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('reports each move to onStepChange with the index and the step', async () => {
    const onStepChange = vi.fn();
    const { user } = renderGuide({ onStepChange });
    await user.click(nextButton());
    expect(onStepChange).toHaveBeenLastCalledWith(
      1,
      expect.objectContaining({ id: 'create-restricted-key' }),
    );
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onStepChange).toHaveBeenLastCalledWith(
      0,
      expect.objectContaining({ id: 'open-api-keys' }),
    );
  });

  it('follows the step prop when controlled and only asks to move', async () => {
    const onStepChange = vi.fn();
    const { user, rerender } = renderGuide({ step: 1, onStepChange });
    await user.click(nextButton());
    expect(onStepChange).toHaveBeenCalledWith(2, expect.objectContaining({ id: 'name-key' }));
    // The parent did not accept the move yet.
    expect(stepHeading().textContent).toBe('Start a restricted key');
    rerender(
      <PelagoConnectProvider>
        <KeySetupGuide step={4} onStepChange={onStepChange} />
      </PelagoConnectProvider>,
    );
    expect(stepHeading().textContent).toBe('Create the key');
  });

  it('moves as a controlled guide driven by state', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    await user.click(nextButton());
    await user.click(nextButton());
    expect(screen.getByTestId('outside').textContent).toBe('2');
    expect(stepHeading().textContent).toBe('Name your key');
  });

  it('clamps a step out of range', () => {
    renderGuide({ step: 42 });
    expect(stepHeading().textContent).toBe('Hand the key to Pelago');
  });

  it('shows a leave button only with onExit, and calls it', async () => {
    renderGuide();
    expect(screen.queryByRole('button', { name: 'Leave the guide' })).toBeNull();
    const onExit = vi.fn();
    const { user } = renderGuide({ onExit });
    await user.click(screen.getByRole('button', { name: 'Leave the guide' }));
    expect(onExit).toHaveBeenCalledTimes(1);
  });
});

describe('KeySetupGuide accessibility', () => {
  it('marks the current step in the step list and says each state', async () => {
    const { user } = renderGuide();
    const nav = screen.getByRole('navigation', { name: 'Key setup steps' });
    const items = within(nav).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items[0]!.getAttribute('aria-current')).toBe('step');
    expect(items[0]!.hasAttribute('data-current')).toBe(true);
    expect(items[0]!.textContent).toContain('current');
    expect(items[1]!.textContent).toContain('not started');

    await user.click(nextButton());
    expect(items[0]!.getAttribute('aria-current')).toBeNull();
    expect(items[0]!.hasAttribute('data-completed')).toBe(true);
    expect(items[0]!.textContent).toContain('completed');
    expect(items[1]!.getAttribute('aria-current')).toBe('step');
  });

  it('lets the merchant go back to a visited step from the list, not ahead', async () => {
    const { user } = renderGuide();
    const nav = screen.getByRole('navigation');
    expect(within(nav).queryAllByRole('button')).toHaveLength(0);
    await user.click(nextButton());
    await user.click(nextButton());
    await user.click(within(nav).getByRole('button', { name: /Open your API keys/ }));
    expect(stepHeading().textContent).toBe('Open your API keys');
    // Steps 2 and 3 were visited and stay reachable; step 4 was not.
    expect(within(nav).getByRole('button', { name: /Name your key/ })).toBeTruthy();
    expect(within(nav).queryByRole('button', { name: /Allow charges/ })).toBeNull();
  });

  it('moves focus to the new heading on a move, not on the first render', async () => {
    const { user } = renderGuide();
    expect(document.activeElement).toBe(document.body);
    await user.click(nextButton());
    expect(document.activeElement).toBe(stepHeading());
    expect(stepHeading().getAttribute('tabindex')).toBe('-1');
  });

  it('announces the new step politely, and nothing on the first render', async () => {
    const { user } = renderGuide();
    const region = screen
      .getAllByRole('status')
      .find((element) => element.getAttribute('aria-live') === 'polite');
    expect(region?.textContent).toBe('');
    await user.click(nextButton());
    await user.click(nextButton());
    expect(liveRegionText()).toContain('Step 3 of 7: Name your key');
  });

  it('completes a keyboard-only walk through every step', async () => {
    const onComplete = vi.fn();
    const { user } = renderGuide({ onComplete, companyName: 'Acme' });
    for (let step = 1; step <= 7; step += 1) {
      expect(screen.getAllByText(`Step ${step} of 7`).length).toBeGreaterThan(0);
      // Tab from wherever focus is to the primary button and press it.
      const primary = screen.getByRole('button', { name: step === 7 ? 'I have my key' : 'Next' });
      for (let tabs = 0; document.activeElement !== primary && tabs < 40; tabs += 1) {
        await user.tab();
      }
      expect(document.activeElement).toBe(primary);
      await user.keyboard('{Enter}');
    }
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});

describe('KeySetupGuide links', () => {
  it('opens the test API keys page in test mode, in a new tab, and says so', () => {
    renderGuide({ mode: 'test' });
    const link = screen.getByRole('link', { name: /Open API keys in Stripe/ });
    expect(link.getAttribute('href')).toBe('https://dashboard.stripe.com/test/apikeys');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('(opens in a new tab)');
    expect(screen.getByText(/You are in test mode/)).toBeTruthy();
    expect(screen.getByText('Test mode')).toBeTruthy();
  });

  it('opens the live API keys page in live mode with live wording', () => {
    renderGuide({ mode: 'live' });
    const link = screen.getByRole('link', { name: /Open API keys in Stripe/ });
    expect(link.getAttribute('href')).toBe('https://dashboard.stripe.com/apikeys');
    expect(screen.getByText(/You are in live mode/)).toBeTruthy();
    expect(screen.getByText('Live mode')).toBeTruthy();
  });

  it('prefills the create form with the encoded name and both permissions', () => {
    renderGuide({ mode: 'live', companyName: 'Café & Co', defaultStep: 1 });
    const link = screen.getByRole('link', { name: /prefilled restricted key form/ });
    expect(link.getAttribute('href')).toBe(
      'https://dashboard.stripe.com/apikeys/create?name=Cafe_Pelago&permissions%5B%5D=rak_charge_write&permissions%5B%5D=rak_refund_write',
    );
  });

  it('uses the test side for the prefilled form in test mode', () => {
    renderGuide({ mode: 'test', companyName: 'Acme Manufacturing Company', defaultStep: 1 });
    const href = screen.getByRole('link', { name: /prefilled/ }).getAttribute('href') ?? '';
    expect(
      href.startsWith('https://dashboard.stripe.com/test/apikeys/create?name=Acme_Pelago&'),
    ).toBe(true);
  });
});

describe('KeySetupGuide key name', () => {
  it('suggests the key name from the company name and follows typing', async () => {
    const { user } = renderGuide({ companyName: 'Acme Manufacturing Company', defaultStep: 2 });
    expect(screen.getByText('Acme_Pelago', { selector: 'code' })).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'Your company name' });
    await user.clear(field);
    expect(screen.getByText('Type your company name to get a suggestion.')).toBeTruthy();
    await user.type(field, 'Globex Corporation');
    expect(screen.getByText('Globex_Pelago', { selector: 'code' })).toBeTruthy();
  });

  it('copies the name and announces it', async () => {
    const { user } = renderGuide({ companyName: 'Acme Manufacturing Company', defaultStep: 2 });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy name' }));
    expect(writeText).toHaveBeenCalledWith('Acme_Pelago');
    expect(await navigator.clipboard.readText()).toBe('Acme_Pelago');
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(liveRegionText()).toContain('Acme_Pelago copied to the clipboard.');
  });

  it('explains the manual way and selects the name when there is no clipboard', async () => {
    const { user } = renderGuide({ companyName: 'Acme', defaultStep: 2 });
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      await user.click(screen.getByRole('button', { name: 'Copy name' }));
      expect(
        screen.getByText(/Select the name and copy it yourself/, { selector: 'p' }),
      ).toBeTruthy();
      expect(liveRegionText()).toContain('Copying is not available here.');
      expect(window.getSelection()?.toString()).toBe('Acme_Pelago');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
    }
  });
});

describe('KeySetupGuide languages and content', () => {
  it('speaks French', async () => {
    const { user } = renderGuide({}, { locale: 'fr', messages: fr });
    expect(stepHeading().textContent).toBe('Ouvrir vos clés API');
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(liveRegionText()).toContain('Étape 2 sur 7 : Commencer une clé restreinte');
    expect(screen.getByRole('navigation', { name: 'Étapes de création de la clé' })).toBeTruthy();
  });

  it('speaks Spanish, also for a regional locale', () => {
    renderGuide({ defaultStep: 6 }, { locale: 'es-MX', messages: es });
    expect(stepHeading().textContent).toBe('Entrega la clave a Pelago');
    expect(screen.getByRole('button', { name: 'Ya tengo mi clave' })).toBeTruthy();
    expect(screen.getByText('Guarda bien esta clave')).toBeTruthy();
  });

  it('lets the host override any message', () => {
    renderGuide({ defaultStep: 6 }, { messages: { finish: 'Continue to the key form' } });
    expect(screen.getByRole('button', { name: 'Continue to the key form' })).toBeTruthy();
    expect(screen.getByText(/Press “Continue to the key form”/)).toBeTruthy();
  });

  it('puts the host content into the hand-over step and keeps the safety advice', () => {
    renderGuide({
      defaultStep: 6,
      mode: 'live',
      renderHandOver: (context) => <p>Key form for {context.mode} mode</p>,
    });
    expect(screen.getByText('Key form for live mode')).toBeTruthy();
    expect(screen.getByRole('note', { name: 'Keep this key safe' })).toBeTruthy();
  });

  it('names the key prefix for the mode on the reveal step', () => {
    renderGuide({ defaultStep: 5, mode: 'live', companyName: 'Acme' });
    expect(screen.getByText(/Find Acme_Pelago among your restricted keys/).textContent).toContain(
      'rk_live_',
    );
  });

  it('accepts custom steps through a function of the defaults', async () => {
    const { user } = renderGuide({
      steps: (defaults) => [
        { id: 'welcome', title: 'Welcome', content: <p>Hello merchant</p> },
        ...defaults.filter((step) => step.id !== 'set-permissions'),
      ],
    });
    expect(stepHeading().textContent).toBe('Welcome');
    expect(screen.getByText('Hello merchant')).toBeTruthy();
    expect(screen.getByText('Step 1 of 7', { selector: 'p' })).toBeTruthy();
    await user.click(nextButton());
    expect(stepHeading().textContent).toBe('Open your API keys');
  });

  it('replaces a step picture by camelCase or step id, and removes one with null', () => {
    const annotations = [{ id: 'button', x: 50, y: 50, label: 'Press here.' }];
    const { unmount } = renderGuide({
      defaultStep: 4,
      illustrations: {
        createKey: { src: 'data:image/png;base64,AA==', alt: 'Our shot', annotations },
      },
    });
    expect(screen.getByRole('img', { name: 'Our shot' }).getAttribute('src')).toBe(
      'data:image/png;base64,AA==',
    );
    expect(screen.getByText('Press here.')).toBeTruthy();
    unmount();
    renderGuide({ defaultStep: 3, illustrations: { 'set-permissions': null } });
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('shows the default sketch with its notes for each illustrated step', async () => {
    const { user } = renderGuide();
    for (const id of keySetupStepIds.slice(0, 6)) {
      const figure = screen.getByRole('figure');
      expect(within(figure).getAllByRole('listitem').length).toBeGreaterThan(0);
      expect(within(figure).getByRole('img').getAttribute('aria-label')).toMatch(/^Sketch of/);
      expect(document.querySelector(`[data-step-id="${id}"]`)).not.toBeNull();
      await user.click(nextButton());
    }
    expect(screen.queryByRole('figure')).toBeNull();
  });
});

describe('KeySetupGuide under StrictMode', () => {
  it('renders, moves and focuses the same way', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    render(
      <StrictMode>
        <PelagoConnectProvider>
          <KeySetupGuide onStepChange={onStepChange} />
        </PelagoConnectProvider>
      </StrictMode>,
    );
    expect(document.activeElement).toBe(document.body);
    await user.click(nextButton());
    expect(onStepChange).toHaveBeenCalledTimes(1);
    expect(stepHeading().textContent).toBe('Start a restricted key');
    expect(document.activeElement).toBe(stepHeading());
  });
});
