import type { GetKeyResponse } from '@pelago/connect-core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  connectedStatus,
  deferred,
  errorOf,
  fakeKeys,
  mockConnectClient,
  unusableKeyError,
  verificationOf,
  verifiedAnswer,
} from '../../test-support/mockConnectClient';
import { renderWithKit } from '../../test-support/renderWithKit';
import { fixPermissionsStepIds, keySetupStepIds } from '../guide/stepIds';
import { defaultStepStorageKey } from '../guide/stepStorage';
import { en } from '../i18n/en';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { ConnectOnboarding } from './ConnectOnboarding';

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

// Walking every step renders each picture: slow on a busy machine, so these get more time.
const WALK_TIMEOUT = 20_000;

const notConnected = async (): Promise<GetKeyResponse> => ({ status: { connected: false } });
const stepHeading = () => screen.getByRole('heading', { level: 3 });

async function pasteAndSubmit(user: ReturnType<typeof userEvent.setup>, key: string) {
  await user.click(screen.getByLabelText('Restricted key'));
  await user.paste(key);
  await user.click(screen.getByRole('button', { name: 'Verify and connect' }));
}

describe('ConnectOnboarding', () => {
  it('checks the connection, then opens the guide when nothing is connected', async () => {
    const answer = deferred<GetKeyResponse>();
    const client = mockConnectClient({ getKey: () => answer.promise });
    renderWithKit(<ConnectOnboarding companyName="Acme" />, client);
    expect(screen.getByText('Checking your Stripe connection…')).toBeTruthy();
    await act(async () => answer.resolve({ status: { connected: false } }));
    expect(
      screen.getByRole('heading', { name: 'Create a Stripe key for Pelago Connect' }),
    ).toBeTruthy();
    expect(stepHeading().textContent).toBe('Open your API keys');
    expect(client.getKey).toHaveBeenCalledTimes(1);
  });

  it('opens on the status when a key is connected', async () => {
    const client = mockConnectClient({ getKey: async () => ({ status: connectedStatus() }) });
    renderWithKit(<ConnectOnboarding />, client);
    const heading = await screen.findByRole('heading', { name: 'Stripe is connected' });
    expect(screen.queryByText('Create a Stripe key for Pelago Connect')).toBeNull();
    // Opening the page does not move focus.
    expect(document.activeElement).not.toBe(heading);
  });

  it(
    'walks the guide to the form in the hand-over step',
    async () => {
      const user = userEvent.setup();
      renderWithKit(<ConnectOnboarding />, mockConnectClient({ getKey: notConnected }));
      await screen.findByRole('heading', { name: 'Open your API keys' });
      for (let step = 1; step < keySetupStepIds.length; step += 1) {
        expect(screen.queryByLabelText('Restricted key')).toBeNull();
        await user.click(screen.getByRole('button', { name: 'Next' }));
      }
      expect(stepHeading().textContent).toBe(en.stepHandOverTitle);
      const form = screen.getByRole('form', { name: 'Paste your restricted key' });
      // The form's heading sits below the step's.
      expect(within(form).getByRole('heading', { level: 4 })).toBeTruthy();
      expect(screen.getAllByLabelText('Restricted key')).toHaveLength(1);
      expect(screen.queryByRole('button', { name: 'I already have a key' })).toBeNull();
      // One main action in the step: the form's own, not the guide's "I have my key" as well.
      expect(screen.queryByRole('button', { name: en.finish })).toBeNull();
      expect(
        [...document.querySelectorAll('[data-variant="primary"]')].map((b) => b.textContent),
      ).toEqual(['Verify and connect']);
      expect(screen.getByRole('button', { name: 'Back' })).toBeTruthy();
    },
    WALK_TIMEOUT,
  );

  it('connects through the shortcut and lands on the status, keeping no key', async () => {
    const user = userEvent.setup();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const status = connectedStatus({ name: 'Acme_Pelago' });
    const client = mockConnectClient({
      getKey: notConnected,
      putKey: async () => verifiedAnswer(status),
    });
    const onConnected = vi.fn();
    const { container } = renderWithKit(
      <ConnectOnboarding
        companyName="Acme Manufacturing Company"
        persistStep
        onConnected={onConnected}
      />,
      client,
    );
    await user.click(await screen.findByRole('button', { name: 'I already have a key' }));
    expect(stepHeading().textContent).toBe(en.stepHandOverTitle);
    const input = screen.getByLabelText('Restricted key');
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect((screen.getByLabelText('Key name (optional)') as HTMLInputElement).value).toBe(
      'Acme_Pelago',
    );

    const key = fakeKeys.restricted();
    await pasteAndSubmit(user, key);
    const heading = await screen.findByRole('heading', { name: 'Stripe is connected' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(onConnected).toHaveBeenCalledWith(status);
    expect(screen.queryByLabelText('Restricted key')).toBeNull();
    expect(container.innerHTML).not.toContain(key.slice(8));
    for (const [storageKey, value] of setItem.mock.calls) {
      expect(storageKey).toBe(defaultStepStorageKey);
      expect(value).toMatch(/^\d+$/);
    }
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain(key.slice(8));
  });

  it(
    'leads from a missing permission through editing the key, and checks the same key again',
    async () => {
      const user = userEvent.setup();
      const setItem = vi.spyOn(Storage.prototype, 'setItem');
      const client = mockConnectClient({ getKey: notConnected });
      client.putKey
        .mockRejectedValueOnce(unusableKeyError(verificationOf('write', 'missing')))
        .mockResolvedValueOnce(verifiedAnswer());
      const onConnected = vi.fn();
      const { container } = renderWithKit(<ConnectOnboarding onConnected={onConnected} />, client);
      await user.click(await screen.findByRole('button', { name: 'I already have a key' }));
      const key = fakeKeys.restricted();
      await pasteAndSubmit(user, key);
      expect(await screen.findByText('Refunds: missing')).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Show me how to set permissions' }));
      // The steps for editing the existing key, never the ones that create a new one.
      const heading = stepHeading();
      await waitFor(() => expect(document.activeElement).toBe(heading));
      expect(
        screen.getAllByText(`Step 1 of ${fixPermissionsStepIds.length}`).length,
      ).toBeGreaterThan(0);
      for (let step = 1; step < fixPermissionsStepIds.length; step += 1) {
        expect(screen.queryByText(en.stepCreateKeyTitle)).toBeNull();
        await user.click(screen.getByRole('button', { name: 'Next' }));
      }
      expect(stepHeading().textContent).toBe(en.stepHandOverFixTitle);
      // Back at the form, the key still in memory only: one main action, "check again".
      const checkAgain = screen.getByRole('button', {
        name: 'I’ve updated the permissions — check again',
      });
      expect(
        [...document.querySelectorAll('[data-variant="primary"]')].map((b) => b.textContent),
      ).toEqual([checkAgain.textContent]);
      expect(container.innerHTML).not.toContain(key.slice(8));
      await user.click(checkAgain);
      await screen.findByRole('heading', { name: 'Stripe is connected' });
      expect(client.putKey.mock.calls.map((call) => call[0].key)).toEqual([key, key]);
      expect(onConnected).toHaveBeenCalledTimes(1);
      for (const [, value] of setItem.mock.calls) expect(value).not.toContain(key.slice(8));
    },
    WALK_TIMEOUT,
  );

  it(
    'fixes a stored key missing a permission from the status, then checks it again',
    async () => {
      const user = userEvent.setup();
      const missing = connectedStatus({ permissions: { charges: 'write', refunds: 'missing' } });
      const client = mockConnectClient({
        getKey: async () => ({ status: missing }),
        verifyStoredKey: async () => verifiedAnswer(),
      });
      renderWithKit(<ConnectOnboarding />, client);
      await screen.findByRole('heading', { name: 'Stripe needs your attention' });
      await user.click(screen.getByRole('button', { name: 'Show me how to fix it' }));
      await waitFor(() => expect(document.activeElement).toBe(stepHeading()));
      for (let step = 1; step < fixPermissionsStepIds.length; step += 1) {
        await user.click(screen.getByRole('button', { name: 'Next' }));
      }
      await user.click(
        screen.getByRole('button', { name: 'I’ve updated the permissions — check again' }),
      );
      await screen.findByRole('heading', { name: 'Stripe is connected' });
      expect(client.verifyStoredKey).toHaveBeenCalledTimes(1);
    },
    WALK_TIMEOUT,
  );

  it('opens a fresh form to replace a key it just connected', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      getKey: notConnected,
      putKey: async () => verifiedAnswer(),
    });
    renderWithKit(<ConnectOnboarding />, client);
    await user.click(await screen.findByRole('button', { name: 'I already have a key' }));
    await pasteAndSubmit(user, fakeKeys.restricted());
    await user.click(await screen.findByRole('button', { name: 'Replace key' }));
    await screen.findByLabelText('Restricted key');
    expect(screen.queryByText('Key verified. Stripe is connected.')).toBeNull();
    expect(screen.queryByRole('list', { name: 'What Stripe confirmed' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Verify and connect' })).toBeTruthy();
  });

  it('goes back to the form to replace the key, and back to the status on cancel', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({ getKey: async () => ({ status: connectedStatus() }) });
    renderWithKit(<ConnectOnboarding />, client);
    await user.click(await screen.findByRole('button', { name: 'Replace key' }));
    const input = screen.getByLabelText('Restricted key');
    await waitFor(() => expect(document.activeElement).toBe(input));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const heading = screen.getByRole('heading', { name: 'Stripe is connected' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('goes back to the start of the guide after disconnecting', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      getKey: async () => ({ status: connectedStatus() }),
      deleteKey: async () => {},
    });
    renderWithKit(<ConnectOnboarding />, client);
    await user.click(await screen.findByRole('button', { name: 'Disconnect' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Disconnect Stripe?' });
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    const heading = await screen.findByRole('heading', { name: 'Open your API keys' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(
      screen.getAllByRole('status').some((s) => s.textContent === 'Stripe is disconnected.'),
    ).toBe(true);
    expect(client.deleteKey).toHaveBeenCalledTimes(1);
  });

  it('says when the connection cannot be checked, and tries again', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    client.getKey
      .mockRejectedValueOnce(errorOf('unauthenticated'))
      .mockImplementation(notConnected);
    const onError = vi.fn();
    renderWithKit(<ConnectOnboarding onError={onError} />, client);
    expect((await screen.findByRole('alert')).textContent).toBe(
      `${en.errorTitleSignedOut}${en.errorUnauthenticated}`,
    );
    expect(onError.mock.calls[0]?.[0].code).toBe('unauthenticated');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Open your API keys' })).toBeTruthy();
    // Focus follows to the guide's title instead of falling back to the page.
    const title = screen.getByRole('heading', {
      level: 2,
      name: 'Create a Stripe key for Pelago Connect',
    });
    await waitFor(() => expect(document.activeElement).toBe(title));
  });

  it('after "Try again", focuses the status heading, or "Try again" when it fails again', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    client.getKey
      .mockRejectedValueOnce(errorOf('network_error'))
      .mockRejectedValueOnce(errorOf('timeout'))
      .mockResolvedValueOnce({ status: connectedStatus() });
    renderWithKit(<ConnectOnboarding />, client);
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByText(/Stripe took too long/);
    const retry = screen.getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(document.activeElement).toBe(retry));
    await user.click(retry);
    const heading = await screen.findByRole('heading', { name: 'Stripe is connected' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('resumes the guide at the stored step', async () => {
    sessionStorage.setItem(defaultStepStorageKey, String(keySetupStepIds.indexOf('name-key')));
    renderWithKit(<ConnectOnboarding persistStep />, mockConnectClient({ getKey: notConnected }));
    expect(await screen.findByRole('heading', { name: en.stepNameKeyTitle })).toBeTruthy();
  });
});

describe('ConnectOnboarding in StrictMode', () => {
  it('asks once for real (the first request is cancelled) and connects once', async () => {
    const user = userEvent.setup();
    const signals: AbortSignal[] = [];
    const client = mockConnectClient({
      getKey: async (options) => {
        if (options?.signal) signals.push(options.signal);
        return { status: { connected: false } };
      },
      putKey: async () => verifiedAnswer(),
    });
    const onConnected = vi.fn();
    render(
      <StrictMode>
        <PelagoConnectProvider client={client}>
          <ConnectOnboarding onConnected={onConnected} />
        </PelagoConnectProvider>
      </StrictMode>,
    );
    await screen.findByRole('heading', { name: 'Open your API keys' });
    expect(signals.filter((signal) => !signal.aborted)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'I already have a key' }));
    await pasteAndSubmit(user, fakeKeys.restricted());
    expect(await screen.findByRole('heading', { name: 'Stripe is connected' })).toBeTruthy();
    expect(client.putKey).toHaveBeenCalledTimes(1);
    expect(onConnected).toHaveBeenCalledTimes(1);
  });
});

describe('ConnectOnboarding publishable key', () => {
  it('connects both keys from the hand-over form and shows them on the status', async () => {
    const user = userEvent.setup();
    const publishableKey = fakeKeys.publishable();
    const status = connectedStatus({
      publishableKey,
      publishableKeyPairing: 'unconfirmed',
      payments: 'unconfirmed',
    });
    const client = mockConnectClient({
      getKey: notConnected,
      putKey: async () => verifiedAnswer(status),
    });
    renderWithKit(<ConnectOnboarding />, client);
    await user.click(await screen.findByRole('button', { name: 'I already have a key' }));
    const key = fakeKeys.restricted();
    await user.click(screen.getByLabelText('Restricted key'));
    await user.paste(key);
    await user.click(screen.getByLabelText('Publishable key'));
    await user.paste(publishableKey);
    await user.click(screen.getByRole('button', { name: 'Verify and connect' }));
    await screen.findByRole('heading', { name: 'Stripe is connected' });
    expect(client.putKey.mock.calls[0]?.[0]).toEqual({ key, publishableKey });
    expect(screen.getByText(publishableKey)).toBeTruthy();
    expect(screen.getByText('Attendees can pay (not confirmed yet)')).toBeTruthy();
  });

  it(
    'walks through the publishable-key step before the form',
    async () => {
      const user = userEvent.setup();
      renderWithKit(<ConnectOnboarding />, mockConnectClient({ getKey: notConnected }));
      await screen.findByRole('heading', { name: 'Open your API keys' });
      const seen: string[] = [];
      for (let step = 1; step < keySetupStepIds.length; step += 1) {
        seen.push(stepHeading().textContent ?? '');
        await user.click(screen.getByRole('button', { name: 'Next' }));
      }
      expect(seen.at(-1)).toBe('Copy your publishable key');
      expect(screen.getByLabelText('Publishable key')).toBeTruthy();
    },
    WALK_TIMEOUT,
  );

  it('asks for no publishable key when hidden: no field, no guide step', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      getKey: notConnected,
      putKey: async () => verifiedAnswer(),
    });
    renderWithKit(<ConnectOnboarding publishableKey="hidden" />, client);
    const nav = await screen.findByRole('navigation', { name: 'Key setup steps' });
    expect(nav.textContent).not.toContain('Copy your publishable key');
    expect(within(nav).getAllByRole('listitem')).toHaveLength(keySetupStepIds.length - 1);
    await user.click(screen.getByRole('button', { name: 'I already have a key' }));
    expect(stepHeading().textContent).toBe(en.stepHandOverTitle);
    expect(screen.queryByLabelText('Publishable key')).toBeNull();
    const key = fakeKeys.restricted();
    await pasteAndSubmit(user, key);
    await screen.findByRole('heading', { name: 'Stripe is connected' });
    expect(client.putKey.mock.calls[0]?.[0]).toEqual({ key });
  });

  it('makes the publishable key required when asked', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({ getKey: notConnected });
    renderWithKit(<ConnectOnboarding publishableKey="required" />, client);
    await user.click(await screen.findByRole('button', { name: 'I already have a key' }));
    await pasteAndSubmit(user, fakeKeys.restricted());
    expect(client.putKey).not.toHaveBeenCalled();
    // Under the field, and said by the live region.
    expect(screen.getAllByText(/^Paste your publishable key too/)).toHaveLength(2);
    expect(document.activeElement).toBe(screen.getByLabelText('Publishable key'));
  });
});
