import { ConnectError, connectErrorMessages, parseStripeKey } from '@pelago/connect-core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
import { en } from '../i18n/en';
import { fr } from '../locales/fr';
import { KeyEntryForm } from './KeyEntryForm';

afterEach(() => vi.restoreAllMocks());

const keyInput = () => screen.getByLabelText('Restricted key') as HTMLInputElement;
const submit = () => screen.getByRole('button', { name: /Verify and connect|Verifying…/ });

/** The refusal under the field: what the field's description points at besides the hint. */
function shownProblem(): string | null {
  const ids = keyInput().getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids[1] ? (document.getElementById(ids[1])?.textContent ?? null) : null;
}

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(keyInput());
  await user.paste(text);
}

describe('KeyEntryForm', () => {
  it('is a form named by its heading, with a masked key field browsers leave alone', () => {
    renderWithKit(<KeyEntryForm companyName="Acme Manufacturing Company" />, mockConnectClient());
    const form = screen.getByRole('form', { name: 'Paste your restricted key' });
    expect(within(form).getByRole('heading', { level: 2 }).textContent).toBe(
      'Paste your restricted key',
    );
    const input = keyInput();
    expect(input.type).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('spellcheck')).toBe('false');
    expect(input.getAttribute('autocapitalize')).toBe('off');
    expect(input.getAttribute('autocorrect')).toBe('off');
    expect(input.hasAttribute('data-1p-ignore')).toBe(true);
    expect(input.getAttribute('data-lpignore')).toBe('true');
    expect(input.hasAttribute('name')).toBe(false);
    expect(input.getAttribute('aria-invalid')).toBe('false');
    const hint = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toMatch(/^It starts with rk_test_\./);
    expect((screen.getByLabelText('Key name (optional)') as HTMLInputElement).value).toBe(
      'Acme_Pelago',
    );
    expect(submit().textContent).toBe('Verify and connect');
  });

  it('takes the heading level and a key name to prefill', () => {
    renderWithKit(
      <KeyEntryForm headingLevel={4} companyName="Acme" defaultName="Tickets_Pelago" />,
      mockConnectClient(),
    );
    expect(
      screen.getByRole('heading', { level: 4, name: 'Paste your restricted key' }),
    ).toBeTruthy();
    expect((screen.getByLabelText('Key name (optional)') as HTMLInputElement).value).toBe(
      'Tickets_Pelago',
    );
  });

  const wrongPastes: [string, () => string, RegExp][] = [
    ['a secret key', () => fakeKeys.secret(), /^This is a secret key \(it starts with sk_test_\)/],
    ['a publishable key', () => fakeKeys.publishable(), /^This is your publishable key/],
    ['a webhook signing secret', () => fakeKeys.webhookSecret(), /^This is a webhook signing/],
    ['a live key in test mode', () => fakeKeys.restricted('live'), /^This is a live key/],
    ['a cut-off key', () => fakeKeys.tooShort(), /^This key is too short/],
    ['the Dashboard’s hidden form', () => fakeKeys.hidden(), /^This is the hidden form/],
    ['an account id', () => 'acct_1Abc2Def3Ghi4Jkl', /^This is your Stripe account ID/],
    ['a key pasted twice', () => fakeKeys.restricted() + fakeKeys.restricted(), /pasted twice/],
  ];

  it.each(wrongPastes)('explains %s on paste and never sends it', async (_what, make, words) => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    const { container } = renderWithKit(<KeyEntryForm />, client);
    const pasted = make();
    await paste(user, pasted);
    const input = keyInput();
    const expected = parseStripeKey(pasted, { mode: 'test' });
    expect(expected.ok).toBe(false);
    expect(shownProblem()).toMatch(words);
    // Short: what was pasted, then what to paste instead, in two sentences at most.
    const shown = shownProblem() ?? '';
    expect(shown.split(/(?<=\.)\s+/).length).toBeLessThanOrEqual(2);
    expect(shown.length).toBeLessThan(expected.ok ? 1 : expected.message.length);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // Announced too, without the key.
    expect(screen.getByRole('status').textContent).toBe(shownProblem());

    await user.click(submit());
    expect(client.putKey).not.toHaveBeenCalled();
    expect(input.value).toBe('');
    expect(shownProblem()).toMatch(words);
    expect(container.innerHTML).not.toContain(pasted.slice(8));
  });

  it('asks for a key when submitted empty', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    renderWithKit(<KeyEntryForm />, client);
    await user.click(submit());
    expect(shownProblem()).toBe('Paste your restricted key. It starts with rk_test_.');
    expect(client.putKey).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(keyInput());
  });

  it('lets a restricted key be typed without complaining until the field is left', async () => {
    const user = userEvent.setup();
    renderWithKit(<KeyEntryForm />, mockConnectClient());
    await user.type(keyInput(), 'rk_test_a1B2');
    expect(keyInput().getAttribute('aria-invalid')).toBe('false');
    expect(shownProblem()).toBeNull();
    await user.tab();
    expect(shownProblem()).toMatch(/^This key is too short/);
  });

  it('shows a secret key’s refusal while it is still being typed', async () => {
    const user = userEvent.setup();
    renderWithKit(<KeyEntryForm />, mockConnectClient());
    await user.type(keyInput(), 'sk_test_');
    expect(shownProblem()).toMatch(/^This is a secret key/);
  });

  it('shows the mode of a recognised key next to the label', async () => {
    const user = userEvent.setup();
    renderWithKit(<KeyEntryForm mode="live" />, mockConnectClient());
    expect(screen.queryByText('Live mode')).toBeNull();
    await paste(user, fakeKeys.restricted('live'));
    expect(screen.getByText('Live mode')).toBeTruthy();
    expect(keyInput().getAttribute('aria-invalid')).toBe('false');
  });

  it('verifies a key, shows what Stripe confirmed and keeps nothing of the key', async () => {
    const user = userEvent.setup();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const cookie = document.cookie;
    const url = window.location.href;
    const answer = deferred<ReturnType<typeof verifiedAnswer>>();
    const client = mockConnectClient({ putKey: () => answer.promise });
    const onVerified = vi.fn();
    const { container } = renderWithKit(
      <KeyEntryForm companyName="Acme Manufacturing Company" onVerified={onVerified} />,
      client,
    );
    const key = fakeKeys.restricted();
    await paste(user, `  "${key}"\n`);
    expect(screen.getByText('Test mode')).toBeTruthy();
    await user.click(submit());

    expect(client.putKey).toHaveBeenCalledTimes(1);
    expect(client.putKey.mock.calls[0]?.[0]).toEqual({ key, name: 'Acme_Pelago' });
    expect(keyInput().value).toBe('');
    expect(submit().textContent).toBe('Verifying…');
    expect(submit().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('form').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Checking your key with Stripe…');
    // A second press while pending sends nothing more.
    await user.click(submit());
    expect(client.putKey).toHaveBeenCalledTimes(1);

    const status = connectedStatus();
    await act(async () => answer.resolve(verifiedAnswer(status)));
    expect(onVerified).toHaveBeenCalledWith(status, verifiedAnswer(status));
    expect(screen.getAllByText('Key verified. Stripe is connected.')).toHaveLength(2);
    const checklist = screen.getByRole('list', { name: 'What Stripe confirmed' });
    expect(
      within(checklist)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['✓Charges: write access', '✓Refunds: write access']);
    expect(screen.getByRole('form').getAttribute('aria-busy')).toBe('false');
    expect(keyInput().value).toBe('');
    expect(container.innerHTML).not.toContain(key.slice(8));
    expect(document.body.innerHTML).not.toContain(key.slice(8));
    expect(setItem).not.toHaveBeenCalled();
    expect(document.cookie).toBe(cookie);
    expect(window.location.href).toBe(url);
  });

  it('keeps the field read-only while Stripe checks, and empties whatever reaches it', async () => {
    const user = userEvent.setup();
    const answer = deferred<ReturnType<typeof verifiedAnswer>>();
    const client = mockConnectClient({ putKey: () => answer.promise });
    const { container } = renderWithKit(<KeyEntryForm />, client);
    await paste(user, fakeKeys.restricted());
    await user.click(submit());
    const input = keyInput();
    expect(input.readOnly).toBe(true);
    expect(input.getAttribute('aria-readonly')).toBe('true');

    const second = fakeKeys.restricted('live');
    await user.click(input);
    await user.paste(second);
    expect(input.value).toBe('');
    // A key put there another way (a password manager, say) is dropped by the next submit.
    fireEvent.change(input, { target: { value: second } });
    await user.click(submit());
    expect(input.value).toBe('');
    expect(container.innerHTML).not.toContain(second.slice(8));
    fireEvent.change(input, { target: { value: second } });
    fireEvent.submit(screen.getByRole('form'));
    expect(input.value).toBe('');
    expect(client.putKey).toHaveBeenCalledTimes(1);

    await act(async () => answer.resolve(verifiedAnswer()));
    expect(input.readOnly).toBe(false);
    expect(input.getAttribute('aria-readonly')).toBe('false');
  });

  it('lists a missing permission, says what to do and offers the way back', async () => {
    const user = userEvent.setup();
    const verification = verificationOf('write', 'missing');
    const client = mockConnectClient({
      putKey: async () => {
        throw unusableKeyError(verification);
      },
    });
    const onError = vi.fn();
    const onShowPermissionsStep = vi.fn();
    const { container } = renderWithKit(
      <KeyEntryForm onError={onError} onShowPermissionsStep={onShowPermissionsStep} />,
      client,
    );
    const key = fakeKeys.restricted();
    await paste(user, key);
    await user.click(submit());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `A permission is missing${verification.problems[0]?.message}${en.keyKept}`,
    );
    expect(screen.getByText('Refunds: missing')).toBeTruthy();
    expect(screen.getByText('Charges: write access')).toBeTruthy();
    expect(onError.mock.calls[0]?.[0].code).toBe('permission_missing');
    // Said once, by the alert: the polite region stays quiet about the failure.
    expect(screen.getByRole('status').textContent).toBe('');
    await user.click(screen.getByRole('button', { name: 'Show me how to set permissions' }));
    expect(onShowPermissionsStep).toHaveBeenCalledTimes(1);
    expect(keyInput().value).toBe('');
    expect(container.innerHTML).not.toContain(key.slice(8));
  });

  it('hides the way back when nobody listens for it', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      putKey: async () => {
        throw unusableKeyError(verificationOf('missing', 'missing'));
      },
    });
    renderWithKit(<KeyEntryForm />, client);
    await paste(user, fakeKeys.restricted());
    await user.click(submit());
    await screen.findByRole('alert');
    expect(screen.getByText('Charges: missing')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show me how to set permissions' })).toBeNull();
  });

  const serverErrors = [
    ['key_invalid', 'Stripe does not recognise this key.'],
    ['key_expired', 'Stripe says this key has expired or was replaced.'],
    ['rate_limited', 'Too many requests to Stripe right now.'],
    ['stripe_unavailable', 'Stripe is not responding properly right now.'],
    ['network_error', 'The connection to Stripe failed.'],
    ['timeout', 'Stripe took too long to answer.'],
    ['unauthenticated', 'Your sign-in to this site has ended.'],
    ['origin_not_allowed', 'This page is not allowed to make this request.'],
    ['internal_error', 'This site could not finish the request.'],
  ] as const;

  it.each(serverErrors)('says what %s means in the alert', async (code, words) => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      putKey: async () => {
        throw errorOf(code);
      },
    });
    renderWithKit(<KeyEntryForm />, client);
    const key = fakeKeys.restricted();
    await paste(user, key);
    await user.click(submit());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(words);
    expect(keyInput().value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('turns anything a custom client throws into a message', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      putKey: async () => {
        throw new TypeError('boom');
      },
    });
    renderWithKit(<KeyEntryForm />, client);
    await paste(user, fakeKeys.restricted());
    await user.click(submit());
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^This site had a problemThis site could not finish the request\./,
    );
  });

  it('speaks French, with the French catalogue for server errors too', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      putKey: async () => {
        throw errorOf('rate_limited');
      },
    });
    renderWithKit(<KeyEntryForm />, client, { locale: 'fr', messages: fr });
    expect(screen.getByRole('form', { name: 'Collez votre clé restreinte' })).toBeTruthy();
    const input = screen.getByLabelText('Clé restreinte') as HTMLInputElement;
    await user.click(input);
    await user.paste(fakeKeys.secret());
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toMatch(
      /^C’est une clé secrète \(elle commence par sk_test_\) : .* elle commence par rk_test_\.$/,
    );
    await user.clear(input);
    await user.paste(fakeKeys.restricted());
    await user.click(screen.getByRole('button', { name: 'Vérifier et connecter' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      fr.errorTitleStripeBusy + fr.errorRateLimited + fr.keyKept,
    );
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('shows and hides the key with a toggle button, and masks it again on submit', async () => {
    const user = userEvent.setup();
    const answer = deferred<ReturnType<typeof verifiedAnswer>>();
    renderWithKit(<KeyEntryForm />, mockConnectClient({ putKey: () => answer.promise }));
    const toggle = screen.getByRole('button', { name: 'Show key' });
    expect(toggle.getAttribute('type')).toBe('button');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await paste(user, fakeKeys.restricted());
    await user.click(toggle);
    expect(keyInput().type).toBe('text');
    const hide = screen.getByRole('button', { name: 'Hide key' });
    expect(hide.getAttribute('aria-pressed')).toBe('true');
    // A pointer toggle puts the caret back in the field.
    await waitFor(() => expect(document.activeElement).toBe(keyInput()));
    await user.click(submit());
    expect(keyInput().type).toBe('password');
    expect(screen.getByRole('button', { name: 'Show key' })).toBeTruthy();
  });

  it('keeps focus on the toggle when it is pressed with the keyboard', async () => {
    const user = userEvent.setup();
    renderWithKit(<KeyEntryForm />, mockConnectClient());
    const toggle = screen.getByRole('button', { name: 'Show key' });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(keyInput().type).toBe('text');
    expect(document.activeElement).toBe(toggle);
  });

  it('cancels the request when it unmounts', async () => {
    const user = userEvent.setup();
    let signal: AbortSignal | undefined;
    const client = mockConnectClient({
      putKey: (_body, options) => {
        signal = options?.signal;
        return deferred<never>(options?.signal).promise;
      },
    });
    const onError = vi.fn();
    const { unmount } = renderWithKit(<KeyEntryForm onError={onError} />, client);
    await paste(user, fakeKeys.restricted());
    await user.click(submit());
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
    await Promise.resolve();
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('KeyEntryForm after a passing failure', () => {
  /** Everything a key could leak into besides memory: page, storage, cookies, URL, console. */
  function leakWatch() {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const logged: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args) => logged.push(...args));
    }
    const cookie = document.cookie;
    const url = window.location.href;
    return (key: string) => {
      const secret = key.slice(8);
      const fields = [...document.querySelectorAll('input')].map((input) => input.value);
      expect(document.documentElement.outerHTML).not.toContain(secret);
      expect(fields.join(' ')).not.toContain(secret);
      expect(setItem).not.toHaveBeenCalled();
      expect(document.cookie).toBe(cookie);
      expect(window.location.href).toBe(url);
      expect(JSON.stringify(logged.map(String))).not.toContain(secret);
    };
  }

  /** What Stripe answers when it cannot be asked: nothing about the permissions is known. */
  const unknownPermissions = verificationOf('unknown', 'unknown');

  const passing = [
    ['network_error', 'The connection dropped'],
    ['timeout', 'Stripe is busy right now'],
    ['rate_limited', 'Stripe is busy right now'],
    ['stripe_unavailable', 'Stripe is busy right now'],
    ['internal_error', 'This site had a problem'],
    ['unauthenticated', 'You’re signed out'],
  ] as const;

  it.each(passing)(
    'keeps the key after %s: "Try again" sends it again, no paste',
    async (code, title) => {
      const user = userEvent.setup();
      const noLeak = leakWatch();
      const client = mockConnectClient();
      client.putKey
        .mockRejectedValueOnce(
          new ConnectError(code, {
            message: connectErrorMessages[code],
            ...(code === 'network_error' ? {} : { verification: unknownPermissions }),
          }),
        )
        .mockResolvedValueOnce(verifiedAnswer());
      const onVerified = vi.fn();
      renderWithKit(<KeyEntryForm onVerified={onVerified} />, client);
      const key = fakeKeys.restricted();
      await paste(user, key);
      await user.click(submit());

      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(new RegExp(`^${title}`));
      expect(alert.textContent).toContain(en.keyKept);
      // Nothing was checked: no list of question marks.
      expect(screen.queryByRole('list', { name: 'What Stripe confirmed' })).toBeNull();
      expect(keyInput().value).toBe('');
      noLeak(key);

      // One main action, now "Try again", reached with the keyboard.
      const retry = screen.getByRole('button', { name: 'Try again' });
      expect(retry.getAttribute('data-variant')).toBe('primary');
      expect(document.querySelectorAll('[data-variant="primary"]')).toHaveLength(1);
      retry.focus();
      await user.keyboard('{Enter}');
      await waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
      expect(client.putKey).toHaveBeenCalledTimes(2);
      expect(client.putKey.mock.calls[1]?.[0]).toEqual(client.putKey.mock.calls[0]?.[0]);
      expect(client.putKey.mock.calls[1]?.[0].key).toBe(key);
      noLeak(key);

      // Forgotten on success: the button is back to a first check and asks for a paste.
      await user.click(screen.getByRole('button', { name: 'Verify and connect' }));
      expect(client.putKey).toHaveBeenCalledTimes(2);
      expect(shownProblem()).toBe('Paste your restricted key. It starts with rk_test_.');
    },
  );

  it('checks the same key again after the merchant fixed its permissions in Stripe', async () => {
    const user = userEvent.setup();
    const noLeak = leakWatch();
    const client = mockConnectClient();
    client.putKey
      .mockRejectedValueOnce(unusableKeyError(verificationOf('write', 'missing')))
      .mockRejectedValueOnce(unusableKeyError(verificationOf('write', 'missing')))
      .mockResolvedValueOnce(verifiedAnswer());
    renderWithKit(<KeyEntryForm onShowPermissionsStep={vi.fn()} />, client);
    const key = fakeKeys.restricted();
    await paste(user, key);
    await user.click(submit());
    await screen.findByText('Refunds: missing');
    const again = screen.getByRole('button', {
      name: 'I’ve updated the permissions — check again',
    });
    await user.click(again);
    await screen.findByText('Refunds: missing');
    // Still kept after a second refusal of the same kind.
    await user.click(again);
    await screen.findByText('Key verified. Stripe is connected.', { selector: 'p' });
    expect(client.putKey.mock.calls.map((call) => call[0].key)).toEqual([key, key, key]);
    noLeak(key);
  });

  const definitive = [
    ['key_invalid', () => new ConnectError('key_invalid', { status: 422 })],
    [
      'key_expired',
      () =>
        unusableKeyError({
          ...unknownPermissions,
          problems: [{ code: 'key_expired', message: connectErrorMessages.key_expired }],
        }),
    ],
    ['wrong_mode', () => new ConnectError('wrong_mode', { status: 400 })],
    ['forbidden', () => errorOf('forbidden')],
  ] as const;

  it.each(definitive)('forgets the key after %s', async (_code, refusal) => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      putKey: async () => {
        throw refusal();
      },
    });
    renderWithKit(<KeyEntryForm />, client);
    await paste(user, fakeKeys.restricted());
    await user.click(submit());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toContain(en.keyKept);
    expect(screen.queryByRole('list', { name: 'What Stripe confirmed' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    await user.click(submit());
    expect(client.putKey).toHaveBeenCalledTimes(1);
    expect(shownProblem()).toBe('Paste your restricted key. It starts with rk_test_.');
  });

  it('clears the last verdict when a new key is pasted, and sends the new key', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    client.putKey
      .mockRejectedValueOnce(unusableKeyError(verificationOf('write', 'missing')))
      .mockResolvedValueOnce(verifiedAnswer());
    renderWithKit(<KeyEntryForm />, client);
    await paste(user, fakeKeys.restricted());
    await user.click(submit());
    await screen.findByText('Refunds: missing');
    const good = `rk_test_${'Z9y8'.repeat(24)}`;
    await paste(user, good);
    expect(screen.queryByText('Refunds: missing')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(submit().textContent).toBe('Verify and connect');
    await user.click(submit());
    await screen.findByText('Key verified. Stripe is connected.', { selector: 'p' });
    expect(client.putKey.mock.calls[1]?.[0].key).toBe(good);
  });

  it('forgets the kept key on "Paste a different key" and puts the caret in the field', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      putKey: async () => {
        throw errorOf('rate_limited');
      },
    });
    renderWithKit(<KeyEntryForm />, client);
    await paste(user, fakeKeys.restricted());
    await user.click(submit());
    await user.click(await screen.findByRole('button', { name: 'Paste a different key' }));
    expect(document.activeElement).toBe(keyInput());
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(submit());
    expect(client.putKey).toHaveBeenCalledTimes(1);
  });

  it('forgets the kept key after the idle time, and says so', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const client = mockConnectClient({
        putKey: async () => {
          throw errorOf('stripe_unavailable');
        },
      });
      renderWithKit(<KeyEntryForm keepKeyFor={60_000} />, client);
      await paste(user, fakeKeys.restricted());
      await user.click(submit());
      await vi.waitFor(() => screen.getByRole('button', { name: 'Try again' }));
      await act(async () => vi.advanceTimersByTime(59_000));
      expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
      await act(async () => vi.advanceTimersByTime(1_000));
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      expect(screen.getByRole('status').textContent).toBe(en.keyForgotten);
      expect(screen.getByText(en.keyForgotten, { selector: 'p' })).toBeTruthy();
      await user.click(submit());
      expect(client.putKey).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the key five minutes by default, and leaves no timer behind on unmount', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const client = mockConnectClient({
        putKey: async () => {
          throw errorOf('timeout');
        },
      });
      const { unmount } = renderWithKit(<KeyEntryForm />, client);
      await paste(user, fakeKeys.restricted());
      await user.click(submit());
      await vi.waitFor(() => screen.getByRole('button', { name: 'Try again' }));
      await act(async () => vi.advanceTimersByTime(4 * 60_000));
      expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
      await act(async () => vi.advanceTimersByTime(60_000));
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();

      await paste(user, fakeKeys.restricted());
      await user.click(submit());
      await vi.waitFor(() => screen.getByRole('button', { name: 'Try again' }));
      expect(vi.getTimerCount()).toBeGreaterThan(0);
      unmount();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers the host’s sign-in page in a new tab, and its help page', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    client.putKey
      .mockRejectedValueOnce(errorOf('unauthenticated'))
      .mockRejectedValueOnce(errorOf('internal_error'));
    renderWithKit(<KeyEntryForm signInHref="/sign-in" helpHref="/help" />, client);
    await paste(user, fakeKeys.restricted());
    await user.click(submit());
    const signIn = await screen.findByRole('link', { name: 'Sign in again (opens in a new tab)' });
    expect(signIn.getAttribute('href')).toBe('/sign-in');
    expect(signIn.getAttribute('target')).toBe('_blank');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect((await screen.findByRole('link', { name: 'Get help' })).getAttribute('href')).toBe(
      '/help',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('KeyEntryForm announcements', () => {
  it('announces what was pasted, never the empty-field prompt before the value arrives', async () => {
    const user = userEvent.setup();
    renderWithKit(<KeyEntryForm />, mockConnectClient());
    const region = screen.getByRole('status');
    const said: string[] = [];
    // Every text the region held, in between states too (old values of each change).
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.oldValue) said.push(record.oldValue);
        for (const node of record.removedNodes) said.push(node.textContent ?? '');
      }
    });
    observer.observe(region, {
      childList: true,
      characterData: true,
      characterDataOldValue: true,
      subtree: true,
    });
    await paste(user, fakeKeys.secret());
    await waitFor(() => expect(region.textContent).toMatch(/^This is a secret key/));
    observer.disconnect();
    expect(said.filter((text) => text.startsWith('Paste your restricted key'))).toEqual([]);
  });

  it('shows a local refusal in the same titled box as server errors', async () => {
    const user = userEvent.setup();
    renderWithKit(<KeyEntryForm />, mockConnectClient());
    await paste(user, fakeKeys.publishable());
    const text = document.getElementById(
      keyInput().getAttribute('aria-describedby')?.split(' ')[1] ?? '',
    );
    const box = text?.parentElement?.parentElement;
    expect(box?.textContent).toMatch(/^This key can’t be usedThis is your publishable key/);
  });
});

describe('KeyEntryForm publishable key', () => {
  const pkInput = () => screen.getByLabelText('Publishable key') as HTMLInputElement;
  const pkProblem = () => {
    const ids = pkInput().getAttribute('aria-describedby')?.split(' ') ?? [];
    return ids[1] ? (document.getElementById(ids[1])?.textContent ?? null) : null;
  };
  const otherAccountKey = () => `pk_test_${'z9Y8'.repeat(24)}`;

  async function pastePk(user: ReturnType<typeof userEvent.setup>, text: string) {
    await user.click(pkInput());
    await user.paste(text);
  }

  it('is a plain text field after the key, saying where the key is and that it is public', async () => {
    const user = userEvent.setup();
    renderWithKit(<KeyEntryForm mode="live" />, mockConnectClient());
    const input = pkInput();
    expect(input.type).toBe('text');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('spellcheck')).toBe('false');
    const hint = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(
      'From API keys, under Standard keys; it starts with pk_live_. It is public, and attendees need it to pay. You can also add it later.',
    );
    // Keyboard order: key, its toggle, publishable key, name, submit.
    keyInput().focus();
    const order: (string | null)[] = [];
    for (let tab = 0; tab < 4; tab += 1) {
      await user.tab();
      const active = document.activeElement as HTMLInputElement;
      order.push(active.labels?.[0]?.textContent ?? active.textContent);
    }
    expect(order).toEqual([
      'Show key',
      'Publishable key',
      'Key name (optional)',
      'Verify and connect',
    ]);
  });

  it('sends both keys, cleaned up, with one request', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({ putKey: async () => verifiedAnswer() });
    const onVerified = vi.fn();
    renderWithKit(<KeyEntryForm companyName="Acme" onVerified={onVerified} />, client);
    const key = fakeKeys.restricted();
    const publishable = fakeKeys.publishable();
    await paste(user, key);
    await pastePk(user, ` "${publishable}"\n`);
    expect(pkProblem()).toBeNull();
    await user.click(submit());
    await waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
    expect(client.putKey).toHaveBeenCalledTimes(1);
    expect(client.putKey.mock.calls[0]?.[0]).toEqual({
      key,
      name: 'Acme_Pelago',
      publishableKey: publishable,
    });
  });

  it.each([
    [
      'a secret key',
      () => fakeKeys.secret(),
      /^This is a secret key \(it starts with sk_test_\): it was cleared, not sent\./,
    ],
    [
      'the restricted key',
      () => fakeKeys.restricted(),
      /^This is your restricted key \(it starts with rk_test_\): it goes in the field above/,
    ],
  ])(
    'never sends %s pasted in the publishable field, nor leaves it in the page',
    async (_what, make, said) => {
      const user = userEvent.setup();
      const client = mockConnectClient({ putKey: async () => verifiedAnswer() });
      renderWithKit(<KeyEntryForm />, client);
      const secret = make();
      await pastePk(user, secret);
      expect(pkInput().value).toBe('');
      expect(pkProblem()).toMatch(said);
      expect(pkInput().getAttribute('aria-invalid')).toBe('true');
      expect(document.documentElement.outerHTML).not.toContain(secret.slice(8));
      expect(screen.getByRole('status').textContent).toMatch(said);
      // The restricted key still connects alone; the secret is nowhere in the request.
      const key = fakeKeys.restricted('test').replace(/a1B2/g, 'q7W3');
      await paste(user, key);
      await user.click(submit());
      await waitFor(() => expect(client.putKey).toHaveBeenCalledTimes(1));
      expect(client.putKey.mock.calls[0]?.[0]).toEqual({ key });
      expect(JSON.stringify(client.putKey.mock.calls)).not.toContain(secret.slice(8, 40));
      expect(document.documentElement.outerHTML).not.toContain(secret.slice(8));
    },
  );

  it.each([
    [
      'of the other mode',
      () => fakeKeys.publishable('live'),
      /^This publishable key is for the other mode/,
    ],
    [
      'cut off',
      () => 'pk_test_e5F6',
      /^This is not a whole publishable key\. Copy it again from Standard keys; it starts with pk_test_\./,
    ],
    ['of another kind', () => fakeKeys.webhookSecret(), /^This is not a whole publishable key/],
  ])(
    'refuses a publishable key %s without sending, and keeps the restricted key',
    async (_what, make, said) => {
      const user = userEvent.setup();
      const client = mockConnectClient({ putKey: async () => verifiedAnswer() });
      renderWithKit(<KeyEntryForm />, client);
      const key = fakeKeys.restricted();
      await paste(user, key);
      await pastePk(user, make());
      expect(pkProblem()).toMatch(said);
      await user.click(submit());
      expect(client.putKey).not.toHaveBeenCalled();
      expect(keyInput().value).toBe('');
      expect(document.activeElement).toBe(pkInput());
      expect(screen.getByText(en.keyKept)).toBeTruthy();
      expect(document.documentElement.outerHTML).not.toContain(key.slice(8));

      // The merchant fixes the publishable key only: the kept key goes with it.
      await user.clear(pkInput());
      await pastePk(user, fakeKeys.publishable());
      expect(pkProblem()).toBeNull();
      await user.click(submit());
      await waitFor(() => expect(client.putKey).toHaveBeenCalledTimes(1));
      expect(client.putKey.mock.calls[0]?.[0]).toEqual({
        key,
        publishableKey: fakeKeys.publishable(),
      });
    },
  );

  it('shows publishable_key_mismatch on its field and keeps the restricted key for a retry', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    const mismatch = new ConnectError('publishable_key_mismatch', {
      status: 422,
      message: connectErrorMessages.publishable_key_mismatch,
      verification: {
        ...verificationOf('write', 'write'),
        ok: false,
        publishableKey: { pairing: 'mismatch' },
      },
    });
    client.putKey.mockRejectedValueOnce(mismatch).mockResolvedValueOnce(verifiedAnswer());
    const onVerified = vi.fn();
    const onError = vi.fn();
    renderWithKit(<KeyEntryForm onVerified={onVerified} onError={onError} />, client);
    const key = fakeKeys.restricted();
    await paste(user, key);
    await pastePk(user, otherAccountKey());
    await user.click(submit());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `This publishable key can’t be used${connectErrorMessages.publishable_key_mismatch}`,
    );
    expect(pkProblem()).toBe(connectErrorMessages.publishable_key_mismatch);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(onError).toHaveBeenCalledWith(mismatch);
    // The restricted key itself was fine: what Stripe confirmed shows, and the key is kept.
    expect(screen.getByRole('list', { name: 'What Stripe confirmed' })).toBeTruthy();
    expect(screen.getByText(en.keyKept)).toBeTruthy();
    expect(document.activeElement).toBe(pkInput());
    expect(keyInput().value).toBe('');
    expect(document.documentElement.outerHTML).not.toContain(key.slice(8));

    // A new paste replaces the selected, refused key; the refusal goes with it.
    await user.paste(fakeKeys.publishable());
    expect(pkInput().value).toBe(fakeKeys.publishable());
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(submit());
    await waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
    expect(client.putKey.mock.calls[1]?.[0]).toEqual({
      key,
      publishableKey: fakeKeys.publishable(),
    });
  });

  it('shows the server’s other refusals of the publishable key on its field, in French too', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    client.putKey.mockRejectedValue(
      new ConnectError('publishable_key_wrong_mode', {
        status: 400,
        message: connectErrorMessages.publishable_key_wrong_mode,
      }),
    );
    renderWithKit(<KeyEntryForm />, client, { locale: 'fr', messages: fr });
    await user.click(screen.getByLabelText('Clé restreinte'));
    await user.paste(fakeKeys.restricted());
    await user.click(screen.getByLabelText('Clé publiable'));
    await user.paste(fakeKeys.publishable());
    await user.click(screen.getByRole('button', { name: 'Vérifier et connecter' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `${fr.errorTitlePublishableKey}${fr.errorPublishableKeyWrongMode}`,
    );
    expect(screen.getByText(fr.keyKept)).toBeTruthy();
  });

  it('asks for the publishable key when it is required, and keeps the restricted key meanwhile', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({ putKey: async () => verifiedAnswer() });
    renderWithKit(<KeyEntryForm publishableKey="required" />, client);
    expect(pkInput().getAttribute('aria-required')).toBe('true');
    expect(pkInput().labels?.[0]?.parentElement?.textContent).not.toContain(en.pkInputHintOptional);
    const key = fakeKeys.restricted();
    await paste(user, key);
    await user.click(submit());
    expect(client.putKey).not.toHaveBeenCalled();
    expect(pkProblem()).toBe('Paste your publishable key too. It starts with pk_test_.');
    await pastePk(user, fakeKeys.publishable());
    await user.click(submit());
    await waitFor(() => expect(client.putKey).toHaveBeenCalledTimes(1));
    expect(client.putKey.mock.calls[0]?.[0]).toEqual({
      key,
      publishableKey: fakeKeys.publishable(),
    });
  });

  it('has no publishable field when hidden, and sends the key alone', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({ putKey: async () => verifiedAnswer() });
    renderWithKit(<KeyEntryForm publishableKey="hidden" />, client);
    expect(screen.queryByLabelText('Publishable key')).toBeNull();
    const key = fakeKeys.restricted();
    await paste(user, key);
    await user.click(submit());
    await waitFor(() => expect(client.putKey).toHaveBeenCalledTimes(1));
    expect(client.putKey.mock.calls[0]?.[0]).toEqual({ key });
  });
});
