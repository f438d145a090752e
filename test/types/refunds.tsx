// The refunds entry's components and hooks, type-checked under React 18's and React 19's
// types (see react18/ and react19/). Nothing here runs.
import type { ChargeSummary, RefundSummary } from '@pelago/connect-core';
import { PelagoConnectProvider } from '@pelago/connect-react';
import { fr, frRefunds } from '@pelago/connect-react/locales/fr';
import {
  ChargeList,
  type ChargeState,
  type ChargesState,
  RefundPanel,
  type RefundState,
  useCharge,
  useCharges,
  useRefund,
} from '@pelago/connect-react/refunds';
import { useState } from 'react';

export function RefundsPage() {
  const [charge, setCharge] = useState<ChargeSummary | null>(null);
  return (
    <PelagoConnectProvider endpoint="/api/pelago" locale="fr" messages={{ ...fr, ...frRefunds }}>
      <ChargeList
        onSelectCharge={setCharge}
        pageSize={20}
        {...(charge ? { selectedChargeId: charge.id } : {})}
      />
      {charge ? (
        <RefundPanel
          chargeId={charge.id}
          headingLevel={2}
          autoFocus
          onRefunded={(refund: RefundSummary) => refund.id}
          onClose={() => setCharge(null)}
        />
      ) : null}
    </PelagoConnectProvider>
  );
}

export function OwnRefundView({ chargeId }: { chargeId: string }) {
  const list: ChargesState = useCharges({ pageSize: 5, query: 'ada@example.com' });
  const one: ChargeState = useCharge(chargeId);
  const refund: RefundState = useRefund(one.charge, {
    onRefunded: (done) => done.amount,
    onError: (error) => error.code,
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (refund.review()) void refund.confirm();
      }}
    >
      <p>{list.charges.length}</p>
      <label htmlFor="amount">Amount</label>
      <input
        id="amount"
        value={refund.amountText}
        onChange={(event) => refund.setAmountText(event.currentTarget.value)}
      />
      <button type="submit">Refund</button>
    </form>
  );
}

export function WrongRefundProps() {
  // @ts-expect-error a charge is picked with onSelectCharge, which is required
  return <ChargeList />;
}
