// The checkout entry's form and hook, type-checked under React 18's and React 19's types (see
// react18/ and react19/). Nothing here runs.
import type { ChargeSummary, ConnectError } from '@pelago/connect-core';
import { PelagoConnectProvider } from '@pelago/connect-react';
import {
  ChargeForm,
  type ChargeFormState,
  type ChargeFormStatus,
  useChargeForm,
} from '@pelago/connect-react/checkout';
import { es, esCheckout } from '@pelago/connect-react/locales/es';
import { loadStripe } from '@stripe/stripe-js/pure';

const stripe = loadStripe('pk_test_example');

export function RegistrationPage({ email }: { email: string }) {
  return (
    <PelagoConnectProvider endpoint="/api/pelago" locale="es" messages={{ ...es, ...esCheckout }}>
      <ChargeForm
        amount={2500}
        currency="usd"
        description="Spring conference, 1 ticket"
        metadata={{ order_ref: 'REG-1' }}
        receiptEmail={email}
        stripe={stripe}
        onSucceeded={(charge: ChargeSummary) => charge.id}
        onError={(error: ConnectError) => error.code}
      />
    </PelagoConnectProvider>
  );
}

export function OwnCheckout() {
  const form: ChargeFormState = useChargeForm({
    amount: 1000,
    currency: 'eur',
    description: 'Workshop',
    publishableKey: 'pk_test_example',
  });
  const status: ChargeFormStatus = form.status;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void form.pay();
      }}
    >
      <div ref={form.cardRef} />
      <p>{status}</p>
      <button type="submit" disabled={!form.canPay}>
        Pay
      </button>
    </form>
  );
}
