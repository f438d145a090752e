import type { ChargeSummary, ListChargesQuery, ListChargesResponse } from '@pelago/connect-core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorOf, mockConnectClient } from '../../test-support/mockConnectClient';
import { chargeOf } from '../../test-support/refundFixtures';
import { renderWithKit } from '../../test-support/renderWithKit';
import { PelagoConnectProvider } from '../provider/PelagoConnectProvider';
import { ChargeList, type ChargeListProps } from './ChargeList';
import '../../test-support/domMatchers';

const charges: ChargeSummary[] = [
  chargeOf({ id: 'ch_1', description: 'Spring conference', amountRefunded: 2000 }),
  chargeOf({ id: 'ch_2', description: 'Workshop', receiptEmail: null, disputed: true }),
  chargeOf({ id: 'ch_3', description: null, amount: 1200, amountRefunded: 1200, refunded: true }),
  chargeOf({ id: 'ch_4', description: 'Gala dinner', metadata: { order: 'ORD-77' } }),
];

async function listCharges(query: ListChargesQuery = {}): Promise<ListChargesResponse> {
  const found = query.query
    ? charges.filter((charge) => charge.id === query.query || charge.metadata.order === query.query)
    : charges;
  const start = query.startingAfter
    ? found.findIndex((charge) => charge.id === query.startingAfter) + 1
    : 0;
  const limit = query.limit ?? 10;
  return { data: found.slice(start, start + limit), hasMore: start + limit < found.length };
}

function setup(props: Partial<ChargeListProps> = {}, list = listCharges) {
  const client = mockConnectClient({ listCharges: list });
  const onSelectCharge = vi.fn();
  const user = userEvent.setup();
  const view = renderWithKit(<ChargeList onSelectCharge={onSelectCharge} {...props} />, client);
  return { client, onSelectCharge, user, view };
}

const table = () => screen.getByRole('table', { name: 'Payments' });

afterEach(() => {
  vi.useRealTimers();
});

describe('ChargeList', () => {
  it('shows the charges in a labelled table with a status in words', async () => {
    setup();
    expect(screen.getByText('Loading payments…')).toBeTruthy();
    const rows = within(await screen.findByRole('table', { name: 'Payments' })).getAllByRole('row');
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Description', 'Date', 'Customer', 'Amount', 'Refunded', 'Status']);
    expect(rows[1]).toHaveTextContent('Spring conference');
    expect(rows[1]).toHaveTextContent('ada@example.com');
    expect(rows[1]).toHaveTextContent('$50.00');
    expect(rows[1]).toHaveTextContent('$20.00');
    expect(rows[1]).toHaveTextContent('Partially refunded');
    expect(rows[2]).toHaveTextContent('No email');
    expect(rows[2]).toHaveTextContent('Disputed');
    expect(rows[3]).toHaveTextContent('Payment ch_3');
    expect(rows[3]).toHaveTextContent('Refunded');
    expect(rows[4]).toHaveTextContent('Succeeded');
    const scroller = screen.getByRole('region', { name: 'Payments' });
    expect(scroller).toHaveAttribute('tabindex', '0');
  });

  it('opens a charge with Enter or Space on its row, and marks the selected one', async () => {
    const { user, onSelectCharge, view, client } = setup();
    await screen.findByRole('table');
    const gala = screen.getByRole('button', { name: 'Gala dinner' });
    gala.focus();
    await user.keyboard('{Enter}');
    expect(onSelectCharge).toHaveBeenLastCalledWith(charges[3]);
    screen.getByRole('button', { name: 'Workshop' }).focus();
    await user.keyboard(' ');
    expect(onSelectCharge).toHaveBeenLastCalledWith(charges[1]);
    view.rerender(
      <PelagoConnectProvider client={client}>
        <main>
          <ChargeList onSelectCharge={onSelectCharge} selectedChargeId="ch_4" />
        </main>
      </PelagoConnectProvider>,
    );
    expect(screen.getByRole('button', { name: 'Gala dinner' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Workshop' }).hasAttribute('aria-current')).toBe(
      false,
    );
  });

  it('searches once typing pauses, and at once on Enter', async () => {
    const { user, client } = setup({ searchDelay: 200 });
    await screen.findByRole('table');
    const search = screen.getByRole('searchbox', { name: 'Find a payment' });
    expect(search).toHaveAccessibleDescription('A charge ID (ch_…) or an order reference.');
    await user.type(search, 'ORD-77');
    // Typing sends nothing until it pauses.
    expect(client.listCharges).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(client.listCharges).toHaveBeenCalledTimes(2);
    expect(client.listCharges).toHaveBeenLastCalledWith(
      { limit: 10, query: 'ORD-77' },
      expect.anything(),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Payments: 1 shown, page 1.');

    await user.clear(search);
    await user.type(search, 'ch_2{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Workshop' })).toBeTruthy());
    expect(client.listCharges).toHaveBeenLastCalledWith(
      { limit: 10, query: 'ch_2' },
      expect.anything(),
    );
  });

  it('says when no payment matches, in the page and aloud', async () => {
    const { user } = setup();
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox'), 'ORD-404{Enter}');
    expect(
      await screen.findByText('No payment matches “ORD-404”', { selector: 'strong' }),
    ).toBeTruthy();
    expect(screen.getByRole('status')).toHaveTextContent('No payment matches “ORD-404”');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says there are no payments yet', async () => {
    setup({}, async () => ({ data: [], hasMore: false }));
    expect(await screen.findByText('No payments yet')).toBeTruthy();
  });

  it('pages forward and back', async () => {
    const { user, client } = setup({ pageSize: 2 });
    await screen.findByRole('table');
    const previous = screen.getByRole('button', { name: 'Previous page' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(previous);
    expect(client.listCharges).toHaveBeenCalledTimes(1);
    const next = screen.getByRole('button', { name: 'Next page' });
    next.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Gala dinner' })).toBeTruthy());
    expect(screen.getByText('Page 2')).toBeTruthy();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(next);
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Workshop' })).toBeTruthy());
    expect(client.listCharges.mock.calls.map((call) => call[0])).toEqual([
      { limit: 2 },
      { limit: 2, startingAfter: 'ch_2' },
      { limit: 2 },
    ]);
  });

  it('shows an error with a retry', async () => {
    let fail = true;
    const { user } = setup({}, async (query) => {
      if (fail) throw errorOf('network_error');
      return listCharges(query);
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server could not be reached. Check your connection and try again.',
    );
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeTruthy();
  });

  it('debounces with timers: a burst of typing makes one request', async () => {
    vi.useFakeTimers();
    const { client } = setup({ searchDelay: 300 });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10);
    });
    const search = screen.getByRole('searchbox');
    for (const text of ['c', 'ch', 'ch_', 'ch_1']) {
      fireEvent.change(search, { target: { value: text } });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(100);
      });
    }
    expect(client.listCharges).toHaveBeenCalledTimes(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(300);
    });
    expect(client.listCharges).toHaveBeenCalledTimes(2);
    expect(table()).toBeTruthy();
  });
});
