// Sample orders for the example's admin page, made in the sandbox on the merchant account of its
// "charges and refunds" key, so that the page shows a payment in every state a refund meets.
import { createPelagoConnect } from '@pelago/connect-server';

/**
 * The sample orders, oldest first (the admin page lists them newest first). Each charge keeps
 * its order reference in `metadata.order_id`. `refunds` are made right after the charge, through
 * the server SDK as the site's own refunds are; `outcome` makes one stay pending or fail.
 */
export const exampleOrders = [
  {
    order: 'C-3001',
    amount: 5000,
    currency: 'jpy',
    description: 'Tokyo workshop: 1 ticket',
    email: 'yuki.tanaka@example.com',
  },
  {
    order: 'B-2001',
    amount: 8990,
    currency: 'eur',
    description: 'Berlin meetup: 2 tickets',
    email: 'lena.schmidt@example.com',
    source: 'tok_mastercard',
  },
  {
    order: 'A-1007',
    amount: 4000,
    description: 'Festival pass (reserved)',
    email: 'tomas.novak@example.com',
    capture: false,
  },
  {
    order: 'A-1006',
    amount: 3000,
    description: 'Autumn Summit: 1 ticket',
    email: 'noor.haddad@example.com',
    refunds: [{ note: 'Event moved to a date the customer cannot attend' }],
  },
  {
    order: 'A-1005',
    amount: 7500,
    description: 'Gala dinner: 1 seat',
    email: 'max.mustermann@example.com',
    disputed: true,
  },
  {
    order: 'A-1004',
    amount: 2500,
    description: 'Workshop: Pottery evening',
    email: 'li.wei@example.com',
    source: 'tok_amex',
    refunds: [{ amount: 2500, reason: 'requested_by_customer', outcome: 'failed' }],
  },
  {
    order: 'A-1003',
    amount: 4500,
    description: 'Workshop: Photography basics',
    email: 'ana.garcia@example.com',
    refunds: [{ amount: 1500, reason: 'requested_by_customer', outcome: 'pending' }],
  },
  {
    order: 'A-1002',
    amount: 12000,
    description: 'Autumn Summit: 3 tickets',
    email: 'sam.lee@example.com',
    source: 'tok_mastercard',
    refunds: [
      { amount: 2000, reason: 'requested_by_customer' },
      { amount: 1000, reason: 'duplicate' },
    ],
  },
  {
    order: 'A-1001',
    amount: 5000,
    description: 'Autumn Summit: 1 ticket',
    email: 'jane.doe@example.com',
  },
];

/**
 * Makes {@link exampleOrders} in `sandbox` on the account of its `full` key. Returns each order's
 * reference, charge id and amount.
 */
export async function seedExampleCharges(sandbox) {
  const connect = createPelagoConnect({
    mode: 'test',
    stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
  });
  const merchant = connect.merchant(sandbox.keys.full);
  const charges = [];
  for (const order of exampleOrders) {
    const charge = await sandbox.createCharge({
      amount: order.amount,
      currency: order.currency ?? 'usd',
      source: order.source ?? 'tok_visa',
      description: order.description,
      receiptEmail: order.email,
      metadata: { order_id: order.order },
      ...(order.capture === false ? { capture: false } : {}),
    });
    if (order.disputed) await sandbox.disputeCharge(charge.id);
    for (const [index, { outcome, ...refund }] of (order.refunds ?? []).entries()) {
      // A card refund stays pending while the balance is short; this one is then told to fail.
      if (outcome) {
        sandbox.refundOutcomes.add({
          outcome: 'pending',
          charge: charge.id,
          pendingReason: 'insufficient_funds',
        });
      }
      const made = await merchant.refunds.create(
        { chargeId: charge.id, ...refund },
        { idempotencyKey: `example-refund-${order.order}-${index}` },
      );
      if (outcome === 'failed') {
        await sandbox.settleRefund(made.id, {
          status: 'failed',
          failureReason: 'expired_or_canceled_card',
        });
      }
    }
    charges.push({ order: order.order, id: charge.id, amount: order.amount });
  }
  // Seeding is not what a page asked for: start the request log afresh.
  sandbox.requests.clear();
  return charges;
}
