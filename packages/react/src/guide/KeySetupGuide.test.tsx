import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { en, type Messages } from '../i18n/en';
import { loadDefaultIllustrations } from '../illustrations/defaultIllustrations';
import { es } from '../locales/es';
import { fr } from '../locales/fr';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { KeySetupGuide, type KeySetupGuideProps } from './KeySetupGuide';
import { type IllustratedStepId, keySetupStepIds } from './stepIds';

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
  // Walks several steps, each loading its picture: slow in jsdom on a busy machine.
  it('walks forward and back through the eight steps', { timeout: 30_000 }, async () => {
    const { user } = renderGuide();
    expect(stepHeading().textContent).toBe('Open your API keys');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();

    await user.click(nextButton());
    expect(stepHeading().textContent).toBe('Create a restricted key');
    await user.click(nextButton());
    expect(stepHeading().textContent).toBe('Say who will use the key');
    await user.click(nextButton());
    expect(stepHeading().textContent).toBe('Name your key');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(stepHeading().textContent).toBe('Say who will use the key');
  });

  it('turns Next into "I have my key" on the last step, which calls onComplete', async () => {
    const onComplete = vi.fn();
    const { user } = renderGuide({ defaultStep: 8, onComplete });
    expect(stepHeading().textContent).toBe('Connect your key');
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
    expect(onStepChange).toHaveBeenCalledWith(2, expect.objectContaining({ id: 'choose-usage' }));
    // The parent did not accept the move yet.
    expect(stepHeading().textContent).toBe('Create a restricted key');
    rerender(
      <PelagoConnectProvider>
        <KeySetupGuide step={5} onStepChange={onStepChange} />
      </PelagoConnectProvider>,
    );
    expect(stepHeading().textContent).toBe('Create the key');
  });

  it('moves as a controlled guide driven by state', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    await user.click(nextButton());
    await user.click(nextButton());
    await user.click(nextButton());
    expect(screen.getByTestId('outside').textContent).toBe('3');
    expect(stepHeading().textContent).toBe('Name your key');
  });

  it('clamps a step out of range', () => {
    renderGuide({ step: 42 });
    expect(stepHeading().textContent).toBe('Connect your key');
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
    expect(items).toHaveLength(9);
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

  // Walks several steps, each loading its picture: slow in jsdom on a busy machine.
  it('lets the merchant go back to a visited step from the list, not ahead', {
    timeout: 30_000,
  }, async () => {
    const { user } = renderGuide();
    const nav = screen.getByRole('navigation');
    expect(within(nav).queryAllByRole('button')).toHaveLength(0);
    await user.click(nextButton());
    await user.click(nextButton());
    await user.click(nextButton());
    await user.click(within(nav).getByRole('button', { name: /Open your API keys/ }));
    expect(stepHeading().textContent).toBe('Open your API keys');
    // Steps 2 to 4 were visited and stay reachable; step 5 was not.
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

  // Walks several steps, each loading its picture: slow in jsdom on a busy machine.
  it('announces the new step politely, and nothing on the first render', {
    timeout: 30_000,
  }, async () => {
    const { user } = renderGuide();
    const region = screen
      .getAllByRole('status')
      .find((element) => element.getAttribute('aria-live') === 'polite');
    expect(region?.textContent).toBe('');
    await user.click(nextButton());
    await user.click(nextButton());
    await user.click(nextButton());
    expect(liveRegionText()).toContain('Step 4 of 9: Name your key');
  });

  // Walks several steps, each loading its picture: slow in jsdom on a busy machine.
  it('completes a keyboard-only walk through every step', { timeout: 30_000 }, async () => {
    const onComplete = vi.fn();
    const { user } = renderGuide({ onComplete, companyName: 'Acme' });
    for (let step = 1; step <= 9; step += 1) {
      expect(screen.getAllByText(`Step ${step} of 9`).length).toBeGreaterThan(0);
      // Tab from wherever focus is to the primary button and press it.
      const primary = screen.getByRole('button', { name: step === 9 ? 'I have my key' : 'Next' });
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
    const { user } = renderGuide({ companyName: 'Acme Manufacturing Company', defaultStep: 3 });
    expect(screen.getByText('Acme_Pelago', { selector: 'code' })).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'Your company name' });
    await user.clear(field);
    expect(screen.getByText('Type your company name to get a suggestion.')).toBeTruthy();
    await user.type(field, 'Globex Corporation');
    expect(screen.getByText('Globex_Pelago', { selector: 'code' })).toBeTruthy();
  });

  it('copies the name and announces it', async () => {
    const { user } = renderGuide({ companyName: 'Acme Manufacturing Company', defaultStep: 3 });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy name' }));
    expect(writeText).toHaveBeenCalledWith('Acme_Pelago');
    expect(await navigator.clipboard.readText()).toBe('Acme_Pelago');
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(liveRegionText()).toContain('Acme_Pelago copied to the clipboard.');
  });

  it('explains the manual way and selects the name when there is no clipboard', async () => {
    const { user } = renderGuide({ companyName: 'Acme', defaultStep: 3 });
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
    expect(liveRegionText()).toContain('Étape 2 sur 9 : Créer une clé restreinte');
    expect(screen.getByRole('navigation', { name: 'Étapes de création de la clé' })).toBeTruthy();
  });

  it('speaks Spanish, also for a regional locale', () => {
    renderGuide({ defaultStep: 8 }, { locale: 'es-MX', messages: es });
    expect(stepHeading().textContent).toBe('Conecta tu clave');
    expect(screen.getByRole('button', { name: 'Ya tengo mi clave' })).toBeTruthy();
    expect(screen.getByText('Guarda esta clave en un lugar seguro')).toBeTruthy();
  });

  it('lets the host override any message', () => {
    renderGuide({ defaultStep: 8 }, { messages: { finish: 'Continue to the key form' } });
    expect(screen.getByRole('button', { name: 'Continue to the key form' })).toBeTruthy();
    expect(screen.getByText(/Press “Continue to the key form”/)).toBeTruthy();
  });

  it('puts the host content into the hand-over step and keeps the safety advice', () => {
    renderGuide({
      defaultStep: 8,
      mode: 'live',
      renderHandOver: (context) => <p>Key form for {context.mode} mode</p>,
    });
    expect(screen.getByText('Key form for live mode')).toBeTruthy();
    expect(screen.getByRole('note', { name: 'Keep this key safe' })).toBeTruthy();
  });

  it('says to copy a live key now, as it is shown once, and keeps the older reveal path', () => {
    renderGuide({ defaultStep: 6, mode: 'live', companyName: 'Acme' });
    expect(stepHeading().textContent).toBe('Copy the key now');
    expect(screen.getByText(/Stripe shows your new key/).textContent).toContain('rk_live_');
    expect(screen.getByText(/A live key is shown only this once/)).toBeTruthy();
    expect(screen.getByText(/Find Acme_Pelago under Restricted keys/).textContent).toContain(
      'Reveal key token',
    );
  });

  it('says a test key can be shown again later', () => {
    renderGuide({ defaultStep: 6, mode: 'test' });
    expect(screen.getByText(/Stripe shows your new key/).textContent).toContain('rk_test_');
    expect(screen.getByText(/A test key can be shown again later/)).toBeTruthy();
    expect(screen.queryByText(/shown only this once/)).toBeNull();
    expect(screen.getByText(/Find your new key under Restricted keys/)).toBeTruthy();
  });

  // Walks several steps, each loading its picture: slow in jsdom on a busy machine.
  it('asks for the Administrator role and walks today’s question, name and website', {
    timeout: 30_000,
  }, async () => {
    const { user } = renderGuide({
      companyName: 'Acme',
      websiteUrl: 'https://events.example.com',
    });
    expect(screen.getByText(/Administrator role/)).toBeTruthy();
    await user.click(nextButton());
    await user.click(nextButton());
    expect(screen.getByText(/How will you use this API key\?/).textContent).toContain(
      'Providing this key to another website',
    );
    expect(screen.getByText(/older form/)).toBeTruthy();
    await user.click(nextButton());
    expect(screen.getByText(/type https:\/\/events\.example\.com\./)).toBeTruthy();
    expect(screen.getByText(/Then choose “Customize permissions for this key”/)).toBeTruthy();
  });

  it('says "the address of this site" when the host gives no website', () => {
    renderGuide({ defaultStep: 3 });
    expect(screen.getByText(/type the address of this site/)).toBeTruthy();
  });

  // Walks several steps, each loading its picture: slow in jsdom on a busy machine.
  it('uses plain words: no roll, no token but the quoted button, nothing about handing over', {
    timeout: 30_000,
  }, async () => {
    const { user, container } = renderGuide({ mode: 'live', companyName: 'Acme' });
    for (let step = 0; step < 9; step += 1) {
      const text = (container.textContent ?? '').replace(/Reveal key token/g, '');
      expect(text).not.toMatch(/\broll|\btoken|Start a restricted key|Hand the key/i);
      if (step < 8) await user.click(nextButton());
    }
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
    expect(screen.getByText('Step 1 of 9', { selector: 'p' })).toBeTruthy();
    await user.click(nextButton());
    expect(stepHeading().textContent).toBe('Open your API keys');
  });

  it('replaces a step picture by camelCase or step id, and removes one with null', () => {
    const annotations = [{ id: 'button', x: 50, y: 50, label: 'Press here.' }];
    const { unmount } = renderGuide({
      defaultStep: 5,
      illustrations: {
        createKey: { src: 'data:image/png;base64,AA==', alt: 'Our shot', annotations },
      },
    });
    expect(screen.getByRole('img', { name: 'Our shot' }).getAttribute('src')).toBe(
      'data:image/png;base64,AA==',
    );
    expect(screen.getByText('Press here.')).toBeTruthy();
    unmount();
    renderGuide({ defaultStep: 4, illustrations: { 'set-permissions': null } });
    expect(screen.queryByRole('figure')).toBeNull();
  });

  // Walks several steps, each loading its picture: slow in jsdom on a busy machine.
  it('shows the default picture with its notes for each illustrated step', {
    timeout: 30_000,
  }, async () => {
    const illustrations = await loadDefaultIllustrations();
    const { user } = renderGuide();
    for (const id of keySetupStepIds.slice(0, 8)) {
      const figure = screen.getByRole('figure');
      expect(within(figure).getByRole('img').getAttribute('aria-label')).toBe(
        illustrations[id as IllustratedStepId].alt(en),
      );
      // The notes arrive with the step's picture, in the order of its markers.
      const notes = illustrations[id as IllustratedStepId].annotations(en);
      await waitFor(() =>
        expect(
          within(figure)
            .getAllByRole('listitem')
            .map((item) => item.textContent),
        ).toEqual(notes.map((note, index) => `${index + 1}${note.label}`)),
      );
      await waitFor(() => expect(figure.querySelector('[data-placeholder]')).toBeNull());
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
    expect(stepHeading().textContent).toBe('Create a restricted key');
    expect(document.activeElement).toBe(stepHeading());
  });
});

describe('KeySetupGuide finishAction', () => {
  it('hides the guide’s own finish button with "none" and keeps Back', () => {
    const onComplete = vi.fn();
    renderGuide({
      defaultStep: 8,
      finishAction: 'none',
      onComplete,
      renderHandOver: () => (
        <button type="button" data-variant="primary">
          Verify and connect
        </button>
      ),
    });
    expect(screen.queryByRole('button', { name: 'I have my key' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Back' })).toBeTruthy();
    // The host's form is the one primary action left.
    expect(document.querySelectorAll('[data-variant="primary"]')).toHaveLength(1);
  });

  it('keeps Next on earlier steps with "none"', () => {
    renderGuide({ defaultStep: 2, finishAction: 'none' });
    expect(nextButton()).toBeTruthy();
  });

  it('shows the finish button by default', () => {
    renderGuide({ defaultStep: 8, finishAction: 'button' });
    expect(screen.getByRole('button', { name: 'I have my key' })).toBeTruthy();
  });
});

describe('KeySetupGuide fix-permissions flow', () => {
  // Walks several steps, each loading its picture: slow in jsdom on a busy machine.
  it('explains editing the existing key and never says to create one', {
    timeout: 30_000,
  }, async () => {
    const onComplete = vi.fn();
    const { user, container } = renderGuide({
      flow: 'fix-permissions',
      mode: 'live',
      companyName: 'Acme',
      onComplete,
    });
    const titles: string[] = [];
    for (let step = 0; step < 4; step += 1) {
      titles.push(stepHeading().textContent ?? '');
      expect(container.textContent).not.toMatch(/Create the key|Create key|Copy the key now/);
      if (step < 3) await user.click(nextButton());
      if (step === 0) {
        expect(screen.getByText(/find Acme_Pelago/).textContent).toContain('Edit key');
        expect(screen.getByText(/keeps the same value/)).toBeTruthy();
      }
      if (step === 1) expect(screen.getByText(/save your changes/)).toBeTruthy();
    }
    expect(titles).toEqual([
      'Open your API keys',
      'Find your key and edit it',
      'Allow charges and refunds',
      'Check your key again',
    ]);
    expect(screen.getByText(/nothing to paste/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Give your Stripe key the permissions it needs',
    );
    expect(container.textContent).not.toMatch(/Create a Stripe key/);
    await user.click(screen.getByRole('button', { name: 'I’ve updated the permissions' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('has the edit-key picture and the steps of fixPermissionsStepIds', () => {
    const onStepChange = vi.fn();
    renderGuide({ flow: 'fix-permissions', defaultStep: 1, onStepChange });
    expect(document.querySelector('[data-step-id="edit-key"]')).not.toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/Edit key/);
    expect(screen.getAllByText('Step 2 of 4').length).toBeGreaterThan(0);
  });

  it('with finishAction "none" leaves the re-check to the host', () => {
    renderGuide({ flow: 'fix-permissions', defaultStep: 3, finishAction: 'none' });
    expect(screen.queryByRole('button', { name: 'I’ve updated the permissions' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Next/ })).toBeNull();
  });

  it('speaks French and Spanish in the fixing flow', () => {
    renderGuide({ flow: 'fix-permissions', defaultStep: 3 }, { locale: 'fr', messages: fr });
    expect(screen.getByRole('button', { name: 'J’ai mis à jour les autorisations' })).toBeTruthy();
  });
});

describe('KeySetupGuide publishable key step', () => {
  it.each(['test', 'live'] as const)(
    'shows where the %s publishable key is, just before the hand-over',
    async (mode) => {
      renderGuide({ defaultStep: keySetupStepIds.indexOf('publishable-key'), mode });
      expect(stepHeading().textContent).toBe('Copy your publishable key');
      expect(
        screen.getByText(
          `Back on API keys, under Standard keys, copy the Publishable key too. It starts with pk_${mode}_; attendees’ cards need it.`,
        ),
      ).toBeTruthy();
      expect(screen.getByText(en.stepPublishableKeySafe)).toBeTruthy();
      const figure = screen.getByRole('figure');
      expect(within(figure).getByRole('img').getAttribute('aria-label')).toBe(en.altPublishableKey);
      await waitFor(() =>
        expect(
          within(figure)
            .getAllByRole('listitem')
            .map((item) => item.textContent),
        ).toEqual(['1Copy the publishable key.']),
      );
      // The picture draws the key of the mode in use, in the Standard keys card.
      await waitFor(() => expect(figure.querySelector('[data-placeholder]')).toBeNull());
      expect(figure.textContent).toContain(`pk_${mode}_51Hx…`);
      expect(figure.textContent).toContain(mode === 'live' ? 'Live mode' : 'Test mode');
      expect(keySetupStepIds.indexOf('publishable-key')).toBe(
        keySetupStepIds.indexOf('hand-over') - 1,
      );
    },
  );

  it('is not part of the fix-permissions flow', () => {
    renderGuide({ flow: 'fix-permissions' });
    const nav = screen.getByRole('navigation', { name: 'Key setup steps' });
    expect(nav.textContent).not.toContain('Copy your publishable key');
  });

  it('speaks French and Spanish', () => {
    const { unmount } = renderGuide(
      { defaultStep: keySetupStepIds.indexOf('publishable-key') },
      { locale: 'fr', messages: fr },
    );
    expect(stepHeading().textContent).toBe(fr.stepPublishableKeyTitle);
    unmount();
    renderGuide(
      { defaultStep: keySetupStepIds.indexOf('publishable-key') },
      { locale: 'es', messages: es },
    );
    expect(stepHeading().textContent).toBe(es.stepPublishableKeyTitle);
  });
});
