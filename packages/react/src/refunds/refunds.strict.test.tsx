import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { fakeRefundServer } from '../../test-support/fakeRefundServer';
import { mockConnectClient } from '../../test-support/mockConnectClient';
import { chargeOf } from '../../test-support/refundFixtures';
import { renderWithKit } from '../../test-support/renderWithKit';
import { ChargeList } from './ChargeList';
import { RefundPanel } from './RefundPanel';
import '../../test-support/domMatchers';

describe('refunds under StrictMode', () => {
  it('loads the charge once and refunds once', { timeout: 20_000 }, async () => {
    const charge = chargeOf({ id: 'ch_strict' });
    const server = fakeRefundServer(charge);
    const client = mockConnectClient({
      getCharge: server.getCharge,
      createRefund: server.createRefund,
      listCharges: async () => ({ data: [charge], hasMore: false }),
    });
    const user = userEvent.setup();
    renderWithKit(
      <StrictMode>
        <ChargeList onSelectCharge={() => {}} />
        <RefundPanel chargeId={charge.id} />
      </StrictMode>,
      client,
    );
    await screen.findByRole('heading', { name: 'Payment of $50.00' });
    await screen.findByRole('table', { name: 'Payments' });
    expect(client.getCharge).toHaveBeenCalledTimes(1);
    expect(client.listCharges).toHaveBeenCalledTimes(1);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'Duplicate');
    await user.click(screen.getByRole('button', { name: 'Review refund' }));
    await user.click(screen.getByRole('button', { name: 'Confirm refund' }));
    await screen.findByRole('heading', { name: 'Refund of $50.00 made' });
    await waitFor(() => expect(client.getCharge).toHaveBeenCalledTimes(2));
    expect(client.createRefund).toHaveBeenCalledTimes(1);
    expect(server.made).toHaveLength(1);
    expect(screen.getByText('Left to refund').nextElementSibling).toHaveTextContent('$0.00');
    expect(screen.queryByRole('button', { name: 'Make another refund' })).toBeNull();
    const panel = screen.getByRole('region', { name: 'Payment of $50.00' });
    expect(within(panel).getByRole('status')).toHaveTextContent(
      'Refund of $50.00 made. The payment is now refunded in full.',
    );
  });
});
