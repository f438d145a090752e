// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { failOnConsoleOutput } from '../../test-support/failOnConsoleOutput';
import { mockConnectClient } from '../../test-support/mockConnectClient';
import { fr, frRefunds } from '../locales/fr';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { ChargeList } from './ChargeList';
import { RefundPanel } from './RefundPanel';

failOnConsoleOutput();

describe('refunds on the server', () => {
  it('renders the panel and the list in their loading state, asking the server for nothing', () => {
    const client = mockConnectClient();
    const html = renderToString(
      <PelagoConnectProvider client={client} appearance={{ theme: 'dark' }}>
        <ChargeList onSelectCharge={() => {}} />
        <RefundPanel chargeId="ch_1" onClose={() => {}} />
      </PelagoConnectProvider>,
    );
    expect(html).toContain('Loading payments…');
    expect(html).toContain('Loading the payment…');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('data-theme="dark"');
    expect(html).toContain('Find a payment');
    expect(client.getCharge).not.toHaveBeenCalled();
    expect(client.listCharges).not.toHaveBeenCalled();
  });

  it('renders in French with the French refund text', () => {
    const html = renderToString(
      <PelagoConnectProvider
        client={mockConnectClient()}
        locale="fr"
        messages={{ ...fr, ...frRefunds }}
      >
        <RefundPanel chargeId="ch_1" />
      </PelagoConnectProvider>,
    );
    expect(html).toContain('lang="fr"');
    expect(html).toContain('Chargement du paiement…');
  });
});
