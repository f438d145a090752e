import type { ChargeSummary } from '@pelago/connect-core';
import { ChargeForm } from '@pelago/connect-react/checkout';
import { es, esCheckout } from '@pelago/connect-react/locales/es';
import { fr, frCheckout } from '@pelago/connect-react/locales/fr';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { mountPage } from './mountPage';

// An attendee registers for the event and pays on the organiser's own Stripe account.

/** The event, as the page heading (`pageHtml.mjs`) names and prices it; the amount in cents. */
const event = {
  name: 'Autumn Summit community day',
  ticket: 'Autumn Summit community day: 1 ticket',
  amount: 2500,
  currency: 'usd',
};

/**
 * The order this page view stands for. A real site makes the order (and its price) on its own
 * server before showing the payment form; the server's `approveCharge` then refuses a payment of
 * any other amount (this example's checks the ticket price).
 */
function newOrderRef(): string {
  const letters = crypto.randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase();
  return `REG-${letters}`;
}

interface Attendee {
  name: string;
  email: string;
}

/** The order of this tab until it is paid, with whether a payment of it is unsettled. */
interface StoredOrder {
  ref: string;
  attendee?: Attendee;
  settling?: boolean;
}

// Kept for the tab until the order is paid: after a reload the payment form must describe the
// same payment (same order reference, name and email) to take up a payment left unconfirmed.
const orderStorageKey = 'acme-events:registration';

function readOrder(): StoredOrder | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(orderStorageKey) ?? 'null');
    if (typeof saved?.ref !== 'string') return undefined;
    const { name, email } = saved.attendee ?? {};
    const attendee =
      typeof name === 'string' && typeof email === 'string' ? { name, email } : undefined;
    return { ref: saved.ref, attendee, settling: saved.settling === true };
  } catch {
    return undefined;
  }
}

function saveOrder(order: StoredOrder | undefined): void {
  try {
    if (order) sessionStorage.setItem(orderStorageKey, JSON.stringify(order));
    else sessionStorage.removeItem(orderStorageKey);
  } catch {
    // Storage blocked: the page works, a reload starts a new order.
  }
}

function RegistrationPage() {
  const [stored] = useState(readOrder);
  const [orderRef] = useState(() => stored?.ref ?? newOrderRef());
  const [attendee, setAttendee] = useState<Attendee | undefined>(stored?.attendee);
  const [editing, setEditing] = useState(!stored?.attendee);
  const [paid, setPaid] = useState<ChargeSummary>();
  // After a payment whose outcome is unknown, Try again must send the very same payment: new
  // details would make it another one, with its own idempotency key, and could charge twice.
  const [settling, setSettling] = useState(stored?.settling === true);
  useEffect(() => {
    saveOrder(paid ? undefined : { ref: orderRef, attendee, settling });
  }, [orderRef, attendee, settling, paid]);
  const payPressed = useRef(false);
  const paymentHeading = useRef<HTMLHeadingElement>(null);

  return (
    <div className="register-layout">
      <p className="register-intro">
        Saturday 14 November, Riverside Hall: talks, workshops and lunch. Your payment goes to Acme
        Events’ own Stripe account.
      </p>
      <section className="register-card" aria-labelledby="details-title">
        <h2 id="details-title" className="register-card-title">
          Your details
        </h2>
        {editing && !paid ? (
          <AttendeeForm
            initial={attendee}
            onDone={(details) => {
              setAttendee(details);
              setEditing(false);
              // The payment form appears below; carry on from its heading.
              requestAnimationFrame(() => paymentHeading.current?.focus());
            }}
          />
        ) : (
          <>
            <p className="register-summary">
              {attendee?.name}, {attendee?.email}
              <br />
              Order {orderRef}
            </p>
            {paid ? null : settling ? (
              <p className="register-note">
                These details stay as they are until the payment below is settled.
              </p>
            ) : (
              <button
                type="button"
                className="register-button secondary"
                onClick={() => setEditing(true)}
              >
                Change details
              </button>
            )}
          </>
        )}
      </section>
      {attendee ? (
        // Kept mounted while the details are changed, so that Stripe.js loads once.
        <section
          className="register-card"
          aria-labelledby="payment-title"
          hidden={editing}
          // The payment form's own submit bubbles here: a payment has been attempted.
          onSubmit={() => {
            payPressed.current = true;
          }}
        >
          <h2 id="payment-title" className="register-card-title" tabIndex={-1} ref={paymentHeading}>
            Card payment
          </h2>
          <ChargeForm
            amount={event.amount}
            currency={event.currency}
            description={event.ticket}
            metadata={{ order_ref: orderRef, attendee_name: attendee.name }}
            receiptEmail={attendee.email}
            onSucceeded={setPaid}
            onError={(error) => {
              if (payPressed.current && error.retryable) setSettling(true);
            }}
          />
          {paid ? (
            <p className="register-done">
              You are registered for {event.name}: your order reference is {orderRef}. Organisers
              find the payment under <a href="/admin">Orders &amp; refunds</a>.
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

/** The site's own fields: who is coming, and where the receipt goes. */
function AttendeeForm({
  initial,
  onDone,
}: {
  initial: Attendee | undefined;
  onDone: (attendee: Attendee) => void;
}) {
  const id = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [problems, setProblems] = useState<{ name?: string; email?: string }>({});
  const nameField = useRef<HTMLInputElement>(null);
  const emailField = useRef<HTMLInputElement>(null);
  const changing = useRef(initial !== undefined);

  // Opened again with "Change details": carry on from the first field.
  useEffect(() => {
    if (changing.current) nameField.current?.focus();
  }, []);

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const found = {
      ...(name.trim() === '' ? { name: 'Enter your name.' } : {}),
      ...(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())
        ? {}
        : { email: 'Enter an email address such as name@example.com.' }),
    };
    setProblems(found);
    if (found.name) nameField.current?.focus();
    else if (found.email) emailField.current?.focus();
    else onDone({ name: name.trim(), email: email.trim() });
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="register-field">
        <label className="register-label" htmlFor={`${id}-name`}>
          Full name
        </label>
        <input
          ref={nameField}
          id={`${id}-name`}
          className="register-input"
          autoComplete="name"
          value={name}
          onChange={(change) => setName(change.target.value)}
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={problems.name ? `${id}-name-problem` : undefined}
        />
        {problems.name ? (
          <p id={`${id}-name-problem`} className="register-error">
            {problems.name}
          </p>
        ) : null}
      </div>
      <div className="register-field">
        <label className="register-label" htmlFor={`${id}-email`}>
          Email for the receipt
        </label>
        <input
          ref={emailField}
          id={`${id}-email`}
          className="register-input"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(change) => setEmail(change.target.value)}
          aria-invalid={problems.email ? true : undefined}
          aria-describedby={problems.email ? `${id}-email-problem` : undefined}
        />
        {problems.email ? (
          <p id={`${id}-email-problem`} className="register-error">
            {problems.email}
          </p>
        ) : null}
      </div>
      <button type="submit" className="register-button">
        Continue to payment
      </button>
    </form>
  );
}

// `?locale=fr|es` and `?theme=dark` as on the other pages.
mountPage(
  '/api/pelago-checkout',
  {
    fr: { ...fr, ...frCheckout },
    es: { ...es, ...esCheckout },
  },
  <RegistrationPage />,
);
