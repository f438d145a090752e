import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { fakeRefundServer } from '../../test-support/fakeRefundServer';
import { errorOf, mockConnectClient } from '../../test-support/mockConnectClient';
import { chargeOf, refundOf } from '../../test-support/refundFixtures';
import { renderWithKit } from '../../test-support/renderWithKit';
import { ChargeList } from './ChargeList';
import { RefundPanel } from './RefundPanel';

// jsdom has no layout, so colour contrast is checked in the browser story tests instead.
async function violations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

describe('axe on the refund components', () => {
  it('finds no violation in the list and the panel, at each step of a refund', {
    timeout: 60_000,
  }, async () => {
    const charge = chargeOf({ id: 'ch_axe', amountRefunded: 1000 });
    const server = fakeRefundServer(charge, [
      refundOf({ amount: 500, status: 'pending', pendingReason: 'processing' }),
      refundOf({ amount: 500, status: 'failed', failureReason: 'declined' }),
    ]);
    server.answer({ fail: errorOf('network_error') });
    const client = mockConnectClient({
      getCharge: server.getCharge,
      createRefund: server.createRefund,
      listCharges: async () => ({
        data: [charge, chargeOf({ id: 'ch_other', disputed: true })],
        hasMore: true,
      }),
    });
    const user = userEvent.setup();
    const { container } = renderWithKit(
      <>
        <ChargeList onSelectCharge={() => {}} selectedChargeId="ch_axe" />
        <RefundPanel chargeId={charge.id} onClose={() => {}} />
      </>,
      client,
    );
    await screen.findByRole('table');
    await screen.findByRole('heading', { name: 'Payment of $50.00' });
    expect(await violations(container)).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'Partial refund' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'Other');
    await user.click(screen.getByRole('button', { name: 'Review refund' }));
    expect(await violations(container)).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '10');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Moved');
    await user.click(screen.getByRole('button', { name: 'Review refund' }));
    expect(await violations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Confirm refund' }));
    await screen.findByRole('alert');
    expect(await violations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Refund of $10.00 made' });
    expect(await violations(container)).toEqual([]);
  });

  it('finds no violation in the empty list and a charge that cannot be refunded', async () => {
    const client = mockConnectClient({
      getCharge: async () => ({ charge: chargeOf({ disputed: true }), refunds: [] }),
      listCharges: async () => ({ data: [], hasMore: false }),
    });
    const { container } = renderWithKit(
      <>
        <ChargeList onSelectCharge={() => {}} />
        <RefundPanel chargeId="ch_test_50" />
      </>,
      client,
    );
    await screen.findByText('No payments yet');
    await screen.findByRole('heading', { name: 'This payment cannot be refunded' });
    expect(await violations(container)).toEqual([]);
  });
});
