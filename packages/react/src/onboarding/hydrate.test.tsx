import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectedStatus, mockConnectClient } from '../../test-support/mockConnectClient';
import { fr } from '../locales/fr';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { ConnectionStatus } from '../status/ConnectionStatus';
import { ConnectOnboarding } from './ConnectOnboarding';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

async function hydrate(app: React.ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(app);
  document.body.append(container);
  const errors = vi.spyOn(console, 'error');
  const recoverable = vi.fn();
  await act(async () => {
    hydrateRoot(container, app, { onRecoverableError: recoverable });
  });
  expect(errors).not.toHaveBeenCalled();
  expect(recoverable).not.toHaveBeenCalled();
}

describe('hydrating server HTML', () => {
  it('matches the server’s status, then says how long ago it was verified', async () => {
    const status = connectedStatus({ verifiedAt: new Date(Date.now() - 7_200_000).toISOString() });
    await hydrate(
      <PelagoConnectProvider client={mockConnectClient()}>
        <ConnectionStatus status={status} />
      </PelagoConnectProvider>,
    );
    expect(screen.getByText('2 hours ago')).toBeTruthy();
  });

  it('matches the server’s loading onboarding, then asks for the status', async () => {
    const client = mockConnectClient({ getKey: async () => ({ status: connectedStatus() }) });
    await hydrate(
      <PelagoConnectProvider client={client} locale="fr" messages={fr}>
        <ConnectOnboarding />
      </PelagoConnectProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Stripe est connecté' })).toBeTruthy();
    expect(client.getKey).toHaveBeenCalledTimes(1);
  });
});
