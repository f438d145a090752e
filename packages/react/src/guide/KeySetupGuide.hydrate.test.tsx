import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { KeySetupGuide } from './KeySetupGuide';
import { defaultStepStorageKey } from './stepStorage';

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('hydrating server HTML', () => {
  it('matches the server, then loads the picture and resumes the saved step', async () => {
    const app = (
      <PelagoConnectProvider>
        <KeySetupGuide persistStep companyName="Acme" />
      </PelagoConnectProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(app);
    document.body.append(container);
    sessionStorage.setItem(defaultStepStorageKey, '3');

    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, app, { onRecoverableError: recoverable });
    });

    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Name your key');
    expect(await screen.findByText('Acme_Pelago', { selector: 'svg text' })).toBeTruthy();
  });
});
