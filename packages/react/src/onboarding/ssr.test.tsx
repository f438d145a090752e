// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { failOnConsoleOutput } from '../../test-support/failOnConsoleOutput';
import { connectedStatus, mockConnectClient } from '../../test-support/mockConnectClient';
import { KeyEntryForm } from '../form/KeyEntryForm';
import { es } from '../locales/es';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { ConnectionStatus } from '../status/ConnectionStatus';
import { ConnectOnboarding } from './ConnectOnboarding';

failOnConsoleOutput();

describe('server rendering', () => {
  it('renders the onboarding as loading, without asking the server', () => {
    const client = mockConnectClient();
    const html = renderToString(
      <PelagoConnectProvider client={client}>
        <ConnectOnboarding companyName="Acme" persistStep />
      </PelagoConnectProvider>,
    );
    expect(html).toContain('Checking your Stripe connection…');
    expect(html).toContain('aria-busy="true"');
    expect(client.getKey).not.toHaveBeenCalled();
  });

  it('renders the key form with its names, in the provider’s language', () => {
    const html = renderToString(
      <PelagoConnectProvider endpoint="/api/pelago" locale="es" messages={es}>
        <KeyEntryForm companyName="Acme Manufacturing Company" mode="live" />
      </PelagoConnectProvider>,
    );
    expect(html).toContain('Pega tu clave restringida');
    expect(html).toContain('type="password"');
    expect(html).toMatch(/autocomplete="off"/i);
    expect(html).toContain('value="Acme_Pelago"');
    expect(html).toContain('Empieza por rk_live_');
    expect(html).not.toMatch(/name="[^"]*password/i);
  });

  it('renders a given status with the verified date in UTC', () => {
    const status = connectedStatus({ verifiedAt: '2025-03-12T10:05:00.000Z' });
    const html = renderToString(
      <PelagoConnectProvider client={mockConnectClient()}>
        <ConnectionStatus status={status} />
      </PelagoConnectProvider>,
    );
    expect(html).toContain('Stripe is connected');
    expect(html).toContain('rk_test_…A1b2');
    expect(html).toContain('dateTime="2025-03-12T10:05:00.000Z"');
    expect(html).toMatch(/Mar 12, 2025, 10:05\s(AM )?UTC/);
  });

  it('renders a status to load as loading', () => {
    const html = renderToString(
      <PelagoConnectProvider client={mockConnectClient()}>
        <ConnectionStatus />
      </PelagoConnectProvider>,
    );
    expect(html).toContain('Checking your Stripe connection…');
  });
});
