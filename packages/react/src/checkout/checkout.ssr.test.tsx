// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { failOnConsoleOutput } from '../../test-support/failOnConsoleOutput';
import { connectedStatus, mockConnectClient } from '../../test-support/mockConnectClient';
import { fr, frCheckout } from '../locales/fr';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { ChargeForm } from './ChargeForm';

// Records whether the loader module is ever evaluated, and every call to it.
const loader = vi.hoisted(() => ({ evaluated: false, loadStripe: vi.fn() }));
vi.mock('@stripe/stripe-js/pure', () => {
  loader.evaluated = true;
  return { loadStripe: loader.loadStripe };
});

failOnConsoleOutput();

describe('ChargeForm on the server', () => {
  it('renders its waiting state without a card field, Stripe.js or a request', () => {
    const client = mockConnectClient({ getKey: async () => ({ status: connectedStatus() }) });
    const html = renderToString(
      <PelagoConnectProvider client={client} appearance={{ theme: 'dark' }}>
        <ChargeForm amount={2500} currency="usd" description="Spring conference, 1 ticket" />
      </PelagoConnectProvider>,
    );
    expect(html).toContain('Getting the payment form ready…');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('data-theme="dark"');
    expect(html).not.toContain('<input');
    expect(html).not.toContain('<iframe');
    expect(client.getKey).not.toHaveBeenCalled();
    expect(loader.loadStripe).not.toHaveBeenCalled();
    expect(loader.evaluated).toBe(false);
  });

  it('with an injected Stripe.js, renders the loading field and the amount, in French', () => {
    const stripe = new Promise<never>(() => {});
    const html = renderToString(
      <PelagoConnectProvider
        client={mockConnectClient()}
        locale="fr"
        messages={{ ...fr, ...frCheckout }}
      >
        <ChargeForm amount={2500} currency="eur" description="Billet" stripe={stripe} />
      </PelagoConnectProvider>,
    );
    expect(html).toContain('lang="fr"');
    expect(html).toContain('Chargement du formulaire de carte sécurisé…');
    // The amount is isolated from the sentence, for right-to-left pages.
    expect(html).toMatch(/Payer <bdi>25,00\s€<\/bdi>/);
    expect(html).not.toContain('<input');
    expect(loader.loadStripe).not.toHaveBeenCalled();
    expect(loader.evaluated).toBe(false);
  });
});
