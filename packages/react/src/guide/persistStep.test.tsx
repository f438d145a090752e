import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { KeySetupGuide, type KeySetupGuideProps } from './KeySetupGuide';
import { defaultStepStorageKey } from './stepStorage';

function renderGuide(props: KeySetupGuideProps) {
  return render(
    <PelagoConnectProvider>
      <KeySetupGuide {...props} />
    </PelagoConnectProvider>,
  );
}
const heading = () => screen.getByRole('heading', { level: 3 }).textContent;

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('persistStep', () => {
  it('stores only the step index and resumes there', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const first = renderGuide({ persistStep: true, companyName: 'Acme Manufacturing Company' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(sessionStorage.length).toBe(1);
    expect(sessionStorage.getItem(defaultStepStorageKey)).toBe('3');
    // Neither the company name nor the key name ends up in storage.
    await user.type(screen.getByRole('textbox'), ' Extra');
    expect(JSON.stringify({ ...sessionStorage })).not.toMatch(/Acme|Pelago_|Extra/);
    first.unmount();

    renderGuide({ persistStep: true });
    expect(heading()).toBe('Name your key');
    // Resuming is not a move: focus stays where it was.
    expect(document.activeElement).toBe(document.body);
  });

  it('uses a custom storage key', async () => {
    const user = userEvent.setup();
    renderGuide({ persistStep: 'merchant-42-guide' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(sessionStorage.getItem('merchant-42-guide')).toBe('1');
    expect(sessionStorage.getItem(defaultStepStorageKey)).toBeNull();
  });

  it('stores nothing when not asked to', async () => {
    const user = userEvent.setup();
    renderGuide({});
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(sessionStorage.length).toBe(0);
  });

  it('ignores a stored value that is not a step index', () => {
    for (const value of ['abc', '-1', '99', '1.5', '']) {
      sessionStorage.setItem(defaultStepStorageKey, value);
      const view = renderGuide({ persistStep: true });
      expect(heading()).toBe('Open your API keys');
      view.unmount();
    }
  });

  it('keeps working when storage throws', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    renderGuide({ persistStep: true });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(heading()).toBe('Create a restricted key');
  });

  it('keeps working when storage is missing', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
    Object.defineProperty(window, 'sessionStorage', { value: undefined, configurable: true });
    try {
      const user = userEvent.setup();
      renderGuide({ persistStep: true });
      await user.click(screen.getByRole('button', { name: 'Next' }));
      expect(heading()).toBe('Create a restricted key');
    } finally {
      if (original) Object.defineProperty(window, 'sessionStorage', original);
    }
  });

  it('leaves a controlled guide to its owner', async () => {
    sessionStorage.setItem(defaultStepStorageKey, '4');
    renderGuide({ persistStep: true, step: 1 });
    expect(heading()).toBe('Create a restricted key');
  });
});
