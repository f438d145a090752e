import type { PutKeyResponse } from '@pelago/connect-core';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  connectedStatus,
  deferred,
  errorOf,
  mockConnectClient,
  unusableKeyError,
  verificationOf,
} from '../../test-support/mockConnectClient';
import { renderWithKit } from '../../test-support/renderWithKit';
import { fr } from '../locales/fr';
import { ConnectionStatus } from './ConnectionStatus';

/** The `<dd>` text of each `<dt>` in the details. */
function details(): Record<string, string> {
  const entries = [...document.querySelectorAll('dt')].map((term) => [
    term.textContent ?? '',
    term.nextElementSibling?.textContent ?? '',
  ]);
  return Object.fromEntries(entries);
}

describe('ConnectionStatus', () => {
  it('shows a given status: mode, name, redacted key, when it was verified, permissions', () => {
    const status = connectedStatus({
      verifiedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      permissions: { charges: 'write', refunds: 'write' },
    });
    const client = mockConnectClient();
    const { container } = renderWithKit(<ConnectionStatus status={status} />, client);
    const section = screen.getByRole('region', { name: 'Stripe is connected' });
    expect(section.getAttribute('data-state')).toBe('working');
    expect(within(section).getByRole('heading', { level: 2 })).toBeTruthy();
    expect(container.querySelector('[data-mode="test"]')?.textContent).toBe('Test mode');
    expect(details()).toEqual({
      Mode: 'Test mode',
      'Key name': 'Acme_Pelago',
      Key: 'rk_test_…A1b2',
      Verified: '3 hours ago',
      Permissions: '✓Charges: write access✓Refunds: write access',
    });
    const time = section.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe(status.verifiedAt);
    expect(time?.getAttribute('title')).toMatch(/\d/);
    expect(client.getKey).not.toHaveBeenCalled();
  });

  it('loads the status when none is given, saying so meanwhile', async () => {
    const answer = deferred<{ status: ReturnType<typeof connectedStatus> }>();
    const client = mockConnectClient({ getKey: () => answer.promise });
    const { container } = renderWithKit(<ConnectionStatus />, client);
    expect(screen.getByText('Checking your Stripe connection…')).toBeTruthy();
    expect(container.querySelector('[aria-busy="true"]')).toBeTruthy();
    await act(async () => answer.resolve({ status: connectedStatus({ mode: 'live' }) }));
    expect(screen.getByRole('heading', { name: 'Stripe is connected' })).toBeTruthy();
    expect(details().Mode).toBe('Live mode');
    expect(client.getKey).toHaveBeenCalledTimes(1);
  });

  it('says when it cannot load, and tries again', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    client.getKey
      .mockRejectedValueOnce(errorOf('network_error'))
      .mockResolvedValueOnce({ status: { connected: false } });
    const onError = vi.fn();
    renderWithKit(<ConnectionStatus onError={onError} />, client);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^The connection dropped/);
    expect(alert.textContent).toContain('The connection to Stripe failed.');
    expect(onError).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const heading = await screen.findByRole('heading', { name: 'Stripe is not connected' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('puts focus on the new "Try again" when loading fails again', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    const again = deferred<never>();
    client.getKey
      .mockRejectedValueOnce(errorOf('network_error'))
      .mockImplementationOnce(() => again.promise);
    renderWithKit(<ConnectionStatus />, client);
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Checking your Stripe connection…')).toBeTruthy();
    await act(async () => again.reject(errorOf('timeout')));
    const retry = await screen.findByRole('button', { name: 'Try again' });
    await waitFor(() => expect(document.activeElement).toBe(retry));
  });

  it('offers to connect when nothing is connected', async () => {
    const user = userEvent.setup();
    const onReplace = vi.fn();
    renderWithKit(
      <ConnectionStatus status={{ connected: false }} onReplace={onReplace} />,
      mockConnectClient(),
    );
    expect(screen.getByRole('heading', { name: 'Stripe is not connected' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Disconnect' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Verify again' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Connect a key' }));
    expect(onReplace).toHaveBeenCalledTimes(1);
  });

  it('verifies again, says so while waiting and shows the new result', async () => {
    const user = userEvent.setup();
    const answer = deferred<PutKeyResponse>();
    const client = mockConnectClient({ verifyStoredKey: () => answer.promise });
    const onVerified = vi.fn();
    const old = connectedStatus({
      verifiedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    });
    renderWithKit(<ConnectionStatus status={old} onVerified={onVerified} />, client);
    expect(details().Verified).toBe('2 days ago');
    await user.click(screen.getByRole('button', { name: 'Verify again' }));
    const pending = screen.getByRole('button', { name: 'Verifying…' });
    expect(pending.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Checking your key with Stripe…');
    await user.click(pending);
    expect(client.verifyStoredKey).toHaveBeenCalledTimes(1);

    const fresh = connectedStatus({ verifiedAt: new Date().toISOString() });
    const result = { status: fresh, verification: verificationOf('write', 'write') };
    await act(async () => answer.resolve(result));
    expect(details().Verified).toBe('now');
    expect(screen.getByRole('status').textContent).toBe('Key verified. Stripe is connected.');
    expect(onVerified).toHaveBeenCalledWith(fresh, result);
  });

  it('shows what went wrong when verifying again fails', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      verifyStoredKey: async () => {
        throw unusableKeyError({
          ok: false,
          mode: 'test',
          permissions: { charges: 'unknown', refunds: 'unknown' },
          problems: [{ code: 'key_expired', message: 'Stripe says this key has expired.' }],
        });
      },
    });
    renderWithKit(<ConnectionStatus status={connectedStatus()} />, client);
    await user.click(screen.getByRole('button', { name: 'Verify again' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This key has expiredStripe says this key has expired.',
    );
    // Connected, but not working: the fix (a new key) is what the card leads with.
    expect(screen.getByRole('heading', { name: 'Stripe needs your attention' })).toBeTruthy();
    // Stripe checked nothing: no list of question marks.
    expect(details().Permissions).toBeUndefined();
    expect(screen.queryByText(/could not be checked/)).toBeNull();
    // Said once, by the alert: the polite region stays quiet about the failure.
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('reports a permission Stripe no longer grants after verifying again', async () => {
    const user = userEvent.setup();
    const verification = verificationOf('write', 'missing');
    const client = mockConnectClient({
      verifyStoredKey: async () => ({
        status: connectedStatus({ permissions: verification.permissions }),
        verification,
      }),
    });
    renderWithKit(<ConnectionStatus status={connectedStatus()} />, client);
    await user.click(screen.getByRole('button', { name: 'Verify again' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `A permission is missing${verification.problems[0]?.message}`,
    );
    expect(details().Permissions).toContain('Refunds: missing');
    expect(screen.getByRole('heading', { name: 'Stripe needs your attention' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'I’ve updated the permissions — check again' }),
    ).toBeTruthy();
  });

  it('shows the permissions Stripe found when verifying again is refused', async () => {
    const user = userEvent.setup();
    const verification = verificationOf('write', 'missing');
    const client = mockConnectClient({
      verifyStoredKey: async () => {
        throw unusableKeyError(verification);
      },
    });
    const status = connectedStatus({
      verifiedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    });
    renderWithKit(<ConnectionStatus status={status} />, client);
    expect(details().Permissions).toBe('✓Charges: write access✓Refunds: write access');
    await user.click(screen.getByRole('button', { name: 'Verify again' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `A permission is missing${verification.problems[0]?.message}`,
    );
    expect(details().Permissions).toBe('✓Charges: write access✕Refunds: missing');
    // The server recorded no new verification.
    expect(details().Verified).toBe('2 days ago');
  });

  it('calls onReplace from "Replace key"', async () => {
    const user = userEvent.setup();
    const onReplace = vi.fn();
    renderWithKit(
      <ConnectionStatus status={connectedStatus()} onReplace={onReplace} />,
      mockConnectClient(),
    );
    await user.click(screen.getByRole('button', { name: 'Replace key' }));
    expect(onReplace).toHaveBeenCalledTimes(1);
  });

  it('asks before disconnecting; Escape cancels and focus returns to "Disconnect"', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    renderWithKit(<ConnectionStatus status={connectedStatus()} />, client);
    const disconnect = screen.getByRole('button', { name: 'Disconnect' });
    await user.click(disconnect);
    const dialog = await screen.findByRole('alertdialog', { name: 'Disconnect Stripe?' });
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toMatch(/stop taking payments/);
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    // Tab stays inside the dialog.
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Disconnect' }));
    await user.tab();
    expect(document.activeElement).toBe(cancel);
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(cancel);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(disconnect);
    expect(client.deleteKey).not.toHaveBeenCalled();
  });

  it('cancels with the Cancel button too', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    renderWithKit(<ConnectionStatus status={connectedStatus()} />, client);
    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Disconnect' }));
    expect(client.deleteKey).not.toHaveBeenCalled();
  });

  it('disconnects once confirmed', async () => {
    const user = userEvent.setup();
    const answer = deferred<void>();
    const client = mockConnectClient({ deleteKey: () => answer.promise });
    const onDisconnected = vi.fn();
    renderWithKit(
      <ConnectionStatus status={connectedStatus()} onDisconnected={onDisconnected} />,
      client,
    );
    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    const pending = within(dialog).getByRole('button', { name: 'Disconnecting…' });
    expect(pending.getAttribute('aria-disabled')).toBe('true');
    await user.click(pending);
    expect(client.deleteKey).toHaveBeenCalledTimes(1);

    await act(async () => answer.resolve());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const heading = screen.getByRole('heading', { name: 'Stripe is not connected' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('status').textContent).toBe('Stripe is disconnected.');
    expect(onDisconnected).toHaveBeenCalledTimes(1);
  });

  it('keeps the key connected and says why when disconnecting fails', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      deleteKey: async () => {
        throw errorOf('forbidden');
      },
    });
    renderWithKit(<ConnectionStatus status={connectedStatus()} />, client);
    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Disconnect' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not allowed hereYou do not have permission to do this.',
    );
    expect(screen.getByRole('heading', { name: 'Stripe is connected' })).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Disconnect' })),
    );
  });

  it('needs attention for a key missing a permission, with the fix as the main action', async () => {
    const user = userEvent.setup();
    const onFixPermissions = vi.fn();
    const status = connectedStatus({ permissions: { charges: 'write', refunds: 'missing' } });
    renderWithKit(
      <ConnectionStatus status={status} onFixPermissions={onFixPermissions} onReplace={vi.fn()} />,
      mockConnectClient(),
    );
    const section = screen.getByRole('region', { name: 'Stripe needs your attention' });
    expect(section.getAttribute('data-state')).toBe('attention');
    expect(screen.getByText(/^Payments or refunds fail until the missing permission/)).toBeTruthy();
    expect(details().Permissions).toBe('✓Charges: write access✕Refunds: missing');
    const primaries = [...section.querySelectorAll('[data-variant="primary"]')];
    expect(primaries.map((button) => button.textContent)).toEqual(['Show me how to fix it']);
    await user.click(primaries[0] as HTMLElement);
    expect(onFixPermissions).toHaveBeenCalledTimes(1);
  });

  it('without a guide to open, checking again is the main action', () => {
    const status = connectedStatus({ permissions: { charges: 'missing', refunds: 'write' } });
    renderWithKit(<ConnectionStatus status={status} />, mockConnectClient());
    const primaries = [...document.querySelectorAll('[data-variant="primary"]')];
    expect(primaries.map((button) => button.textContent)).toEqual([
      'I’ve updated the permissions — check again',
    ]);
  });

  it('marks live mode apart from success, and shows no permission list when none was checked', () => {
    const status = connectedStatus({
      mode: 'live',
      redactedKey: 'rk_live_…A1b2',
      permissions: { charges: 'unknown', refunds: 'unknown' },
    });
    const { container } = renderWithKit(<ConnectionStatus status={status} />, mockConnectClient());
    const badge = container.querySelector('[data-mode="live"]');
    expect(badge?.textContent).toBe('Live mode');
    expect(details().Permissions).toBeUndefined();
    expect(screen.queryByText(/could not be checked/)).toBeNull();
  });

  it('offers the host’s sign-in page when signed out, and its help page when the site fails', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    client.getKey
      .mockRejectedValueOnce(errorOf('unauthenticated'))
      .mockRejectedValueOnce(errorOf('internal_error'));
    renderWithKit(<ConnectionStatus signInHref="/sign-in" helpHref="/help" />, client);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^You’re signed out/);
    expect(screen.getByRole('link', { name: 'Sign in again' }).getAttribute('href')).toBe(
      '/sign-in',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^This site had a problem/);
    expect(screen.getByRole('link', { name: 'Get help' }).getAttribute('href')).toBe('/help');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('words the time in the provider’s language', () => {
    const status = connectedStatus({ verifiedAt: new Date(Date.now() - 86_400_000).toISOString() });
    renderWithKit(<ConnectionStatus status={status} />, mockConnectClient(), {
      locale: 'fr',
      messages: fr,
    });
    expect(screen.getByRole('heading', { name: 'Stripe est connecté' })).toBeTruthy();
    expect(details().Vérifiée).toBe('hier');
  });
});

describe('ConnectionStatus publishable key and payments', () => {
  const pk = `pk_test_${'e5F6'.repeat(24)}`;

  it.each([
    ['confirmed', 'ready', '✓Matches your key’s account', '✓Attendees can pay'],
    [
      'unconfirmed',
      'unconfirmed',
      '…We’ll confirm it with the first payment',
      '…Attendees can pay (not confirmed yet)',
    ],
    [
      'mismatch',
      'publishable_key_mismatch',
      '✕From another Stripe account',
      '✕Not ready: replace the publishable key',
    ],
  ] as const)(
    'shows the whole publishable key, its %s pairing and whether payments work',
    (pairing, payments, paired, paying) => {
      renderWithKit(
        <ConnectionStatus
          status={connectedStatus({ publishableKey: pk, publishableKeyPairing: pairing, payments })}
        />,
        mockConnectClient(),
      );
      expect(details()['Publishable key']).toBe(`${pk}${paired}`);
      expect(details().Payments).toBe(paying);
      expect(document.querySelector('dd code:not(:first-child)')).toBeNull();
      expect(screen.getByText(pk).tagName).toBe('CODE');
      const action = screen.queryByRole('button', { name: /publishable key/ });
      expect(action?.textContent ?? null).toBe(
        payments === 'publishable_key_mismatch' ? 'Replace publishable key' : null,
      );
    },
  );

  it('says payments wait for a publishable key, and says why a key that cannot charge fails', () => {
    const { unmount } = renderWithKit(
      <ConnectionStatus status={connectedStatus({ payments: 'publishable_key_missing' })} />,
      mockConnectClient(),
    );
    expect(details()['Publishable key']).toBe('Not added yet');
    expect(details().Payments).toBe('✕Not ready: add your publishable key');
    expect(screen.getByRole('button', { name: 'Add publishable key' })).toBeTruthy();
    unmount();
    renderWithKit(
      <ConnectionStatus
        status={connectedStatus({
          publishableKey: pk,
          publishableKeyPairing: 'unconfirmed',
          payments: 'charges_not_permitted',
        })}
      />,
      mockConnectClient(),
    );
    expect(details().Payments).toBe('✕Not ready: the key may not create charges');
    expect(screen.queryByRole('button', { name: /publishable key/ })).toBeNull();
  });

  it('adds a publishable key from a small form, refreshes the status and says so', async () => {
    const user = userEvent.setup();
    const saved = connectedStatus({
      publishableKey: pk,
      publishableKeyPairing: 'unconfirmed',
      payments: 'unconfirmed',
    });
    const client = mockConnectClient({
      putPublishableKey: async () => ({
        status: saved,
        publishableKey: { pairing: 'unconfirmed' },
      }),
    });
    renderWithKit(
      <ConnectionStatus status={connectedStatus({ payments: 'publishable_key_missing' })} />,
      client,
    );
    const open = screen.getByRole('button', { name: 'Add publishable key' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    await user.click(open);
    const form = await screen.findByRole('form', { name: 'Add publishable key' });
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(open.getAttribute('aria-controls')).toBe(form.id);
    const input = within(form).getByLabelText('Publishable key') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(input));
    // A secret key is refused here too, and let go of at once.
    await user.paste(`sk_test_${'c3D4'.repeat(24)}`);
    expect(input.value).toBe('');
    expect(within(form).getByText(/^This is a secret key/)).toBeTruthy();
    await user.paste(` ${pk} `);
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(client.putPublishableKey).toHaveBeenCalledTimes(1);
    expect(client.putPublishableKey.mock.calls[0]?.[0]).toEqual({ publishableKey: pk });
    expect(details().Payments).toBe('…Attendees can pay (not confirmed yet)');
    expect(screen.getByRole('status').textContent).toBe('Publishable key saved.');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Stripe is connected' }),
    );
  });

  it('shows the server’s refusal in the form and keeps it open; Cancel returns focus', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      putPublishableKey: async () => {
        throw errorOf('publishable_key_mismatch');
      },
    });
    const onError = vi.fn();
    renderWithKit(
      <ConnectionStatus
        status={connectedStatus({
          publishableKey: pk,
          publishableKeyPairing: 'mismatch',
          payments: 'publishable_key_mismatch',
        })}
        onError={onError}
      />,
      client,
    );
    const open = screen.getByRole('button', { name: 'Replace publishable key' });
    await user.click(open);
    const form = await screen.findByRole('form', { name: 'Replace publishable key' });
    const input = within(form).getByLabelText('Publishable key') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(input));
    await user.paste(`pk_test_${'z9Y8'.repeat(24)}`);
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe(
      'This publishable key can’t be usedThis publishable key is from another Stripe account. Paste the one from the account your restricted key belongs to.',
    );
    expect(onError).toHaveBeenCalledTimes(1);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(open);
  });

  it('refuses a publishable key of the other mode before sending it', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    renderWithKit(
      <ConnectionStatus status={connectedStatus({ payments: 'publishable_key_missing' })} />,
      client,
    );
    await user.click(screen.getByRole('button', { name: 'Add publishable key' }));
    const form = await screen.findByRole('form', { name: 'Add publishable key' });
    await user.paste(`pk_live_${'e5F6'.repeat(24)}`);
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByText(/^This publishable key is for the other mode/)).toBeTruthy();
    expect(client.putPublishableKey).not.toHaveBeenCalled();
  });

  it('speaks French', () => {
    renderWithKit(
      <ConnectionStatus
        status={connectedStatus({
          publishableKey: pk,
          publishableKeyPairing: 'unconfirmed',
          payments: 'unconfirmed',
        })}
      />,
      mockConnectClient(),
      { locale: 'fr', messages: fr },
    );
    expect(details()['Clé publiable']).toBe(`${pk}…${fr.statusPairingUnconfirmed}`);
    expect(details().Paiements).toBe(`…${fr.statusPaymentsUnconfirmed}`);
  });
});
