import type { PutKeyResponse } from '@pelago/connect-core';
import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  deferred,
  errorOf,
  fakeKeys,
  type MockConnectClient,
  mockConnectClient,
  unusableKeyError,
  verificationOf,
  verifiedAnswer,
} from '../../test-support/mockConnectClient';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { type UseKeyVerificationOptions, useKeyVerification } from './useKeyVerification';

type Seen = ReturnType<typeof useKeyVerification>[];

/** A bare key field built on the hook, as an integrator would; it records every result. */
function Field({ options, seen }: { options: UseKeyVerificationOptions; seen: Seen }) {
  const verification = useKeyVerification(options);
  seen.push(verification);
  return (
    <>
      <label htmlFor="key">Key</label>
      <input id="key" {...verification.inputProps} />
      <button type="button" onClick={() => verification.submit({ name: ' Shop_Pelago ' })}>
        Send
      </button>
      <button type="button" onClick={verification.clear}>
        Clear
      </button>
      <output>{verification.problem}</output>
    </>
  );
}

function renderField(client: MockConnectClient, options: UseKeyVerificationOptions = {}) {
  const seen: Seen = [];
  const utils = render(
    <PelagoConnectProvider client={client}>
      <Field options={options} seen={seen} />
    </PelagoConnectProvider>,
  );
  return { ...utils, latest: () => seen[seen.length - 1]!, seen };
}

describe('useKeyVerification', () => {
  it('goes idle → checking → verified, and sends the cleaned key with the trimmed name', async () => {
    const user = userEvent.setup();
    const answer = deferred<PutKeyResponse>();
    const client = mockConnectClient({ putKey: () => answer.promise });
    const onVerified = vi.fn();
    const { latest } = renderField(client, { onVerified });
    expect(latest().state).toBe('idle');
    const key = fakeKeys.restricted();
    await user.click(screen.getByLabelText('Key'));
    await user.paste(`Bearer ${key}`);
    expect(latest().check).toEqual({ ok: true, kind: 'restricted', mode: 'test' });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(latest().state).toBe('checking');
    expect(client.putKey.mock.calls[0]?.[0]).toEqual({ key, name: 'Shop_Pelago' });
    const result = verifiedAnswer();
    await act(async () => answer.resolve(result));
    expect(latest().state).toBe('verified');
    expect(latest().verification?.ok).toBe(true);
    expect(latest().status?.connected).toBe(true);
    expect(onVerified).toHaveBeenCalledWith(result);
  });

  it('goes to failed with the error and what Stripe found', async () => {
    const user = userEvent.setup();
    const verification = verificationOf('missing', 'write');
    const client = mockConnectClient({
      putKey: async () => {
        throw unusableKeyError(verification);
      },
    });
    const onError = vi.fn();
    const { latest } = renderField(client, { onError });
    await user.click(screen.getByLabelText('Key'));
    await user.paste(fakeKeys.restricted());
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(latest().state).toBe('failed');
    expect(latest().error?.code).toBe('permission_missing');
    expect(latest().verification).toEqual(verification);
    expect(latest().errorMessage).toBe(verification.problems[0]?.message);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('refuses a wrong paste locally: nothing is sent and the field is emptied', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    const { latest } = renderField(client, { mode: 'live' });
    await user.click(screen.getByLabelText('Key'));
    await user.paste(fakeKeys.restricted('test'));
    expect(latest().check.code).toBe('wrong_mode');
    expect(latest().check.refusal).toBe('wrong_mode');
    expect(latest().problem).toMatch(/^This is a test key/);
    expect(latest().check.reason).toBe(latest().problem);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(client.putKey).not.toHaveBeenCalled();
    expect(latest().state).toBe('idle');
    expect((screen.getByLabelText('Key') as HTMLInputElement).value).toBe('');
    expect(latest().problem).toMatch(/^This is a test key/);
  });

  it('never holds the key in what it returns, on any render', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({ putKey: async () => verifiedAnswer() });
    const { seen } = renderField(client);
    const key = fakeKeys.restricted();
    await user.click(screen.getByLabelText('Key'));
    await user.paste(key);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const serialised = JSON.stringify(seen, (name, value) => (name === 'ref' ? undefined : value));
    expect(serialised).not.toContain(key.slice(8));
  });

  it('keeps a key after a passing failure for retry, and never returns it', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    client.putKey.mockRejectedValueOnce(errorOf('timeout')).mockResolvedValueOnce(verifiedAnswer());
    const { latest, seen } = renderField(client);
    const key = fakeKeys.restricted();
    await user.click(screen.getByLabelText('Key'));
    await user.paste(key);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(latest().state).toBe('failed');
    expect(latest().keptKey).toBe(true);
    await act(async () => {
      expect(await latest().retry({ name: ' Shop_Pelago ' })).toBe(true);
    });
    expect(client.putKey.mock.calls[1]?.[0]).toEqual({ key, name: 'Shop_Pelago' });
    expect(latest().keptKey).toBe(false);
    // Once verified nothing is kept: retry sends nothing.
    await act(async () => {
      expect(await latest().retry()).toBe(false);
    });
    expect(client.putKey).toHaveBeenCalledTimes(2);
    const serialised = JSON.stringify(seen, (name, value) => (name === 'ref' ? undefined : value));
    expect(serialised).not.toContain(key.slice(8));
  });

  it('forgets a kept key on clear and when the expected mode changes', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({
      putKey: async () => {
        throw errorOf('rate_limited');
      },
    });
    const seen: Seen = [];
    const { rerender } = render(
      <PelagoConnectProvider client={client}>
        <Field options={{ mode: 'test' }} seen={seen} />
      </PelagoConnectProvider>,
    );
    const latest = () => seen[seen.length - 1]!;
    const send = async () => {
      await user.click(screen.getByLabelText('Key'));
      await user.paste(fakeKeys.restricted());
      await user.click(screen.getByRole('button', { name: 'Send' }));
    };
    await send();
    expect(latest().keptKey).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(latest().keptKey).toBe(false);
    await send();
    expect(latest().keptKey).toBe(true);
    rerender(
      <PelagoConnectProvider client={client}>
        <Field options={{ mode: 'live' }} seen={seen} />
      </PelagoConnectProvider>,
    );
    expect(latest().keptKey).toBe(false);
    await act(async () => {
      expect(await latest().retry()).toBe(false);
    });
    expect(client.putKey).toHaveBeenCalledTimes(2);
  });

  it('clears the field, the check and the answer', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    const { latest } = renderField(client);
    await user.click(screen.getByLabelText('Key'));
    await user.paste(fakeKeys.secret());
    expect(latest().problem).not.toBe('');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect((screen.getByLabelText('Key') as HTMLInputElement).value).toBe('');
    expect(latest().problem).toBe('');
    expect(latest().check.code).toBe('empty');
  });

  it('cancels a pending request on clear and on unmount', async () => {
    const user = userEvent.setup();
    const signals: AbortSignal[] = [];
    const client = mockConnectClient({
      putKey: (_body, options) => {
        if (options?.signal) signals.push(options.signal);
        return deferred<never>(options?.signal).promise;
      },
    });
    const { latest, unmount } = renderField(client);
    const send = async () => {
      await user.click(screen.getByLabelText('Key'));
      await user.paste(fakeKeys.restricted());
      await user.click(screen.getByRole('button', { name: 'Send' }));
    };
    await send();
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(signals[0]?.aborted).toBe(true);
    expect(latest().state).toBe('idle');
    await send();
    unmount();
    expect(signals[1]?.aborted).toBe(true);
  });

  it('says how to fix a provider without endpoint or client', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PelagoConnectProvider>{children}</PelagoConnectProvider>
    );
    expect(() => renderHook(() => useKeyVerification(), { wrapper })).toThrow(
      /^useKeyVerification needs to reach your server: give <PelagoConnectProvider> an endpoint/,
    );
    vi.restoreAllMocks();
  });
});

/** Both key fields built on the hook, as an integrator would. */
function BothFields({ options, seen }: { options: UseKeyVerificationOptions; seen: Seen }) {
  const verification = useKeyVerification(options);
  seen.push(verification);
  return (
    <>
      <label htmlFor="key">Key</label>
      <input id="key" {...verification.inputProps} />
      <label htmlFor="pk">Publishable</label>
      <input id="pk" {...verification.publishableKey.inputProps} />
      <button type="button" onClick={() => verification.submit()}>
        Send
      </button>
      <button type="button" onClick={() => verification.retry()}>
        Retry
      </button>
    </>
  );
}

function renderBoth(client: MockConnectClient, options: UseKeyVerificationOptions = {}) {
  const seen: Seen = [];
  render(
    <PelagoConnectProvider client={client}>
      <BothFields options={options} seen={seen} />
    </PelagoConnectProvider>,
  );
  return () => seen[seen.length - 1]!;
}

describe('useKeyVerification with a publishable key', () => {
  async function pasteBoth(user: ReturnType<typeof userEvent.setup>, key: string, pk: string) {
    await user.click(screen.getByLabelText('Key'));
    await user.paste(key);
    await user.click(screen.getByLabelText('Publishable'));
    await user.paste(pk);
  }

  it('keeps the restricted key after publishable_key_mismatch, and retry sends both again', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    client.putKey
      .mockRejectedValueOnce(errorOf('publishable_key_mismatch'))
      .mockResolvedValueOnce(verifiedAnswer());
    const latest = renderBoth(client);
    const key = fakeKeys.restricted();
    await pasteBoth(user, key, fakeKeys.publishable());
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await vi.waitFor(() => expect(latest().state).toBe('failed'));
    expect(latest().keptKey).toBe(true);
    expect(latest().error?.code).toBe('publishable_key_mismatch');
    expect(latest().publishableKey.refusedByServer).toBe(true);
    expect(latest().publishableKey.problem).toMatch(/another Stripe account/);
    expect((screen.getByLabelText('Key') as HTMLInputElement).value).toBe('');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await vi.waitFor(() => expect(latest().state).toBe('verified'));
    expect(client.putKey.mock.calls[1]?.[0]).toEqual({
      key,
      publishableKey: fakeKeys.publishable(),
    });
    expect(latest().keptKey).toBe(false);
    // Forgotten on success, like the restricted key.
    expect(latest().publishableKey.inputProps.value).toBe('');
  });

  it('sends no publishable key when the policy is hidden, whatever the field holds', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient({ putKey: async () => verifiedAnswer() });
    const latest = renderBoth(client, { publishableKey: 'hidden' });
    const key = fakeKeys.restricted();
    await pasteBoth(user, key, fakeKeys.publishable());
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await vi.waitFor(() => expect(latest().state).toBe('verified'));
    expect(client.putKey.mock.calls[0]?.[0]).toEqual({ key });
    expect(latest().publishableKeyPolicy).toBe('hidden');
  });

  it('lets go of a secret key pasted in the publishable field at once', async () => {
    const user = userEvent.setup();
    const client = mockConnectClient();
    const latest = renderBoth(client);
    await user.click(screen.getByLabelText('Publishable'));
    await user.paste(fakeKeys.secret('live'));
    expect((screen.getByLabelText('Publishable') as HTMLInputElement).value).toBe('');
    expect(latest().publishableKey.check).toEqual({
      ok: false,
      refusal: 'secret_key',
      mode: 'live',
    });
    expect(latest().publishableKey.problem).toMatch(
      /^This is a secret key \(it starts with sk_live_\)/,
    );
  });
});
