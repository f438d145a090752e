import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { KeySetupGuide } from '../guide/KeySetupGuide';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';

// jsdom has no layout, so colour contrast is checked in the browser story tests instead.
async function violations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

describe('axe', () => {
  // Runs axe on each of the seven steps; axe in jsdom is slow, hence the longer timeout.
  it('finds no violation on any step of the guide', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    const { container } = render(
      <PelagoConnectProvider>
        <main>
          <KeySetupGuide companyName="Acme" onExit={() => {}} />
        </main>
      </PelagoConnectProvider>,
    );
    for (let step = 0; step < 7; step += 1) {
      expect(await violations(container)).toEqual([]);
      if (step < 6) await user.click(screen.getByRole('button', { name: 'Next' }));
    }
  });
});
