/**
 * The English messages of `@pelago/connect-react/checkout`, built into that entry so that pages
 * without a payment form do not download them. French and Spanish are `frCheckout` and
 * `esCheckout`, exported next to `fr` and `es` by `@pelago/connect-react/locales/fr` and
 * `/locales/es`. Every other checkout catalogue must hold exactly these keys.
 *
 * The attendee reads these, not the merchant: they never speak of keys, accounts or servers.
 */
export const enCheckout = {
  // The form
  formLabel: 'Payment',
  amountDue: 'Amount to pay: {amount}',
  cardLabel: 'Card details',
  cardLoading: 'Loading the secure card form…',
  payButton: 'Pay {amount}',
  paying: 'Paying {amount}…',
  payingAnnouncement: 'Sending your payment of {amount}. Please wait.',
  securedBy: 'Your card details go straight to Stripe: this site never sees them.',

  // Before the card field can show
  checkingPayments: 'Getting the payment form ready…',
  unavailableTitle: 'Payments aren’t available right now',
  unavailableBody:
    'This site cannot take card payments at the moment, so nothing was charged. Please try again later or contact the organiser.',
  unavailableCheckFailed:
    'We couldn’t reach this site to prepare the payment. Check your connection, then try again.',
  loadFailedTitle: 'We couldn’t load the secure card form',
  loadFailedBody:
    'An ad blocker or network filter may be blocking Stripe (js.stripe.com), the service that keeps your card details safe. Allow js.stripe.com or switch networks, then try again.',
  loadFailedReloadPage:
    'An ad blocker or network filter may be blocking Stripe (js.stripe.com), the service that keeps your card details safe. Allow js.stripe.com or switch networks, then reload the page to try again.',
  tryAgain: 'Try again',

  // The card field's own checks, in place of Stripe.js's wording
  cardErrorIncompleteNumber: 'The card number is missing some digits.',
  cardErrorInvalidNumber: 'This card number isn’t valid. Check it against your card.',
  cardErrorIncompleteExpiry: 'The expiry date is incomplete.',
  cardErrorInvalidExpiryMonth: 'The expiry month isn’t valid.',
  cardErrorInvalidExpiryYear: 'The expiry year isn’t valid.',
  cardErrorExpiryPast: 'This expiry date has passed. Check it, or use another card.',
  cardErrorIncompleteCvc: 'The security code (CVC) is incomplete.',
  cardErrorInvalidCvc: 'The security code (CVC) isn’t valid.',
  cardErrorIncompleteZip: 'The postcode is incomplete.',

  // Payment failures
  failedTitle: 'The payment did not go through',
  // A lost answer may hide a payment that was made: the title must not say it failed.
  retryTitle: 'We couldn’t confirm your payment',
  declinedGeneric:
    'Your card was declined by the bank. You have not been charged. Try another card, or contact your bank.',
  declinedInsufficientFunds:
    'Your card was declined: there are not enough funds on it. You have not been charged. Try another card.',
  declinedExpiredCard:
    'Your card has expired. You have not been charged. Check the expiry date or use another card.',
  declinedIncorrectCvc:
    'The security code (CVC) is wrong. You have not been charged. Check the three or four digits on your card and pay again.',
  declinedProcessingError:
    'Your bank could not process the card just now. You have not been charged. Pay again in a moment, or use another card.',
  authenticationRequired:
    'Your bank asks to confirm this payment with an extra check (such as a code sent to your phone), which this form cannot do. You have not been charged. Please try another card.',
  cardCheckFailed:
    'We couldn’t reach Stripe to check your card. You have not been charged. Check your connection, then try again.',
  retryNetwork:
    'The connection was lost before your payment was confirmed, so we can’t tell yet whether it went through. Try again: nothing more will be charged.',
  retryTimeout:
    'Your payment is taking longer than usual to confirm. Try again: nothing more will be charged.',
  retryInProgress:
    'Your payment is still being processed. Wait a few seconds, then try again: nothing more will be charged.',
  retryBusy:
    'The payment service is busy, so we couldn’t confirm your payment. Wait a moment, then try again: nothing more will be charged.',
  retryUnknown:
    'Something went wrong before your payment was confirmed. Try again: nothing more will be charged.',
  retryResumed:
    'We couldn’t confirm your last payment before the page was reloaded. Try again: nothing more will be charged.',
  misconfigured:
    'This payment form isn’t set up correctly, so the payment could not be made. You have not been charged. Please contact the organiser.',
  amountInvalid:
    'This payment form has no valid amount to pay, so it cannot take a payment. Please contact the organiser.',

  // After the payment
  paidTitle: 'Payment received',
  paidSummary: 'Paid {amount} with {card}.',
  paidReceipt: 'Receipt reference {reference}',
  paidEmail: 'A receipt is on its way to {email}.',
  // No-break spaces keep the card on one line on a narrow screen.
  paidCard: '{brand}\u00a0••••\u00a0{last4}',
  paidCardUnknown: 'your card',
} satisfies Record<string, string>;

/** Every message key of the checkout entry. */
export type CheckoutMessageKey = keyof typeof enCheckout;

/**
 * A complete checkout catalogue. Give it to the provider together with the main one:
 * `messages={{ ...fr, ...frCheckout }}`.
 */
export type CheckoutMessages = Record<CheckoutMessageKey, string>;
