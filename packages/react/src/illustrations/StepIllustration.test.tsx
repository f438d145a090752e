import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixPermissionsStepIds, type IllustratedStepId, keySetupStepIds } from '../guide/stepIds';
import { en } from '../i18n/en';
import { es } from '../locales/es';
import { fr } from '../locales/fr';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { loadDefaultIllustrations } from './defaultIllustrations';
import { StepIllustration } from './StepIllustration';

const illustrated = [...new Set([...keySetupStepIds, ...fixPermissionsStepIds])].filter(
  (id): id is IllustratedStepId => id !== 'hand-over',
);

async function draw(id: IllustratedStepId, locale?: 'fr' | 'es') {
  const messages = locale === 'fr' ? fr : locale === 'es' ? es : undefined;
  const view = render(
    <PelagoConnectProvider {...(locale && messages ? { locale, messages } : {})}>
      <StepIllustration
        id={id}
        keyName="Acme_Pelago"
        mode="live"
        websiteUrl="https://events.example.com"
      />
    </PelagoConnectProvider>,
  );
  await waitFor(() => expect(view.container.querySelector('[data-placeholder]')).toBeNull());
  return view;
}

describe('StepIllustration', () => {
  it.each(illustrated)('loads the %s picture on demand, in the same-size frame', async (id) => {
    const { container } = await draw(id, 'fr');
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 640 400');
    // Every picture is a Dashboard screen with its side menu, Developers near the bottom.
    expect(svg?.textContent).toContain('Développeurs');
  });

  it('draws translated labels, the typed key name and the website address', async () => {
    await draw('name-key', 'es');
    expect(screen.getByText('Nombre')).toBeTruthy();
    expect(screen.getByText('Acme_Pelago')).toBeTruthy();
    expect(screen.getByText('https://events.example.com')).toBeTruthy();
    // Long labels wrap onto lines of their own inside the picture.
    expect(screen.getAllByText(/^(Personalizar|permisos|para|esta|clave)/).length).toBeGreaterThan(
      1,
    );
  });

  it('asks the question Stripe asks today and picks "another website"', async () => {
    const { container } = await draw('choose-usage');
    expect(container.textContent).toContain('How will you use');
    expect(container.textContent).toContain('another website');
    expect(screen.getByText('Continue')).toBeTruthy();
  });

  it('shows Charges and Refunds at Write, the other rows at None', async () => {
    const { container } = await draw('set-permissions');
    expect(screen.getByText('Charges')).toBeTruthy();
    expect(screen.getByText('Refunds')).toBeTruthy();
    // A chosen radio is drawn with a thick ring; per row, the chosen column is the one.
    const radios = [...container.querySelectorAll('circle')].filter(
      (circle) => circle.getAttribute('r') === '8',
    );
    const chosen = radios.map((circle) => circle.getAttribute('stroke-width') === '5');
    const rows = [0, 1, 2, 3, 4].map((row) => chosen.slice(row * 3, row * 3 + 3).indexOf(true));
    expect(rows).toEqual([2, 2, 0, 0, 0]);
  });

  it('shows the key-created window with an obviously fake key, Copy and Done', async () => {
    await draw('reveal-key');
    expect(screen.getByText('rk_live_••••••')).toBeTruthy();
    expect(screen.getByText('Copy')).toBeTruthy();
    expect(screen.getByText('Done')).toBeTruthy();
  });

  it('paints Stripe’s controls in fixed neutral colours, never in the kit’s accent', async () => {
    for (const id of illustrated) {
      const { container, unmount } = await draw(id);
      expect(container.querySelector('svg')?.outerHTML).not.toContain('--pelago');
      unmount();
    }
  });

  it('keeps every note and its box inside the picture and inside the narrow crop', async () => {
    const illustrations = await loadDefaultIllustrations();
    for (const id of illustrated) {
      const { focus, annotations } = illustrations[id];
      for (const note of annotations(en, { keyName: 'Internationale_Pelago' })) {
        expect(note.x, `${id} ${note.id}`).toBeGreaterThanOrEqual(focus.x);
        expect(note.x, `${id} ${note.id}`).toBeLessThanOrEqual(focus.x + focus.width);
        expect(note.y, `${id} ${note.id}`).toBeGreaterThanOrEqual(focus.y);
        expect(note.y, `${id} ${note.id}`).toBeLessThanOrEqual(focus.y + focus.height);
        expect(focus.x + focus.width).toBeLessThanOrEqual(100);
        expect(focus.y + focus.height).toBeLessThanOrEqual(100);
      }
    }
  });
});
