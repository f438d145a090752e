import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keySetupStepIds } from '../guide/stepIds';
import { es } from '../locales/es';
import { fr } from '../locales/fr';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { defaultIllustrations } from './defaultIllustrations';
import { StepIllustration } from './StepIllustration';

const illustrated = keySetupStepIds.filter((id) => id !== 'hand-over');

describe('StepIllustration', () => {
  it.each(illustrated)('loads the %s sketch on demand, in the same-size frame', async (id) => {
    const { container } = render(
      <PelagoConnectProvider locale="fr" messages={fr}>
        <StepIllustration id={id} keyName="Acme_Pelago" mode="live" />
      </PelagoConnectProvider>,
    );
    await waitFor(() => expect(container.querySelector('[data-placeholder]')).toBeNull());
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 320 200');
    expect(svg?.textContent).toContain('Développeurs');
  });

  it('draws translated labels and the typed key name', async () => {
    render(
      <PelagoConnectProvider locale="es" messages={es}>
        <StepIllustration id="name-key" keyName="Globex_Pelago" mode="test" />
      </PelagoConnectProvider>,
    );
    expect(await screen.findByText('Nombre de la clave')).toBeTruthy();
    expect(screen.getByText('Globex_Pelago')).toBeTruthy();
  });

  it('shows Charges and Refunds at Write', async () => {
    const { container } = render(
      <PelagoConnectProvider>
        <StepIllustration id="set-permissions" keyName="" mode="test" />
      </PelagoConnectProvider>,
    );
    await screen.findByText('Charges');
    expect(screen.getByText('Refunds')).toBeTruthy();
    // The highlighted choice of each named row is Write.
    const chosen = [...container.querySelectorAll('g')].filter(
      (group) => group.querySelector('rect') && group.querySelector('text'),
    );
    expect(chosen.slice(0, 2).map((group) => group.textContent)).toEqual(['Write', 'Write']);
  });

  it('shows an obviously fake token for the mode', async () => {
    render(
      <PelagoConnectProvider>
        <StepIllustration id="reveal-key" keyName="Acme_Pelago" mode="live" />
      </PelagoConnectProvider>,
    );
    expect(await screen.findByText('rk_live_••••••••••')).toBeTruthy();
  });

  it('keeps every note inside the picture', () => {
    const messages = new Proxy({}, { get: (_target, key) => String(key) });
    for (const id of illustrated) {
      for (const note of defaultIllustrations[id].annotations(messages as never)) {
        for (const value of [note.x, note.y]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }
    }
  });
});
