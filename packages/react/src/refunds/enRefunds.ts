/**
 * The English messages of `@pelago/connect-react/refunds`, built into that entry so that pages
 * without refunds do not download them. French and Spanish are `frRefunds` and `esRefunds`,
 * exported next to `fr` and `es` by `@pelago/connect-react/locales/fr` and `/locales/es`.
 * Every other refund catalogue must hold exactly these keys.
 */
export const enRefunds = {
  // The charge list
  chargeListLabel: 'Payments',
  chargeSearchLabel: 'Find a payment',
  chargeSearchHint: 'A charge ID (ch_…) or an order reference.',
  chargeSearchButton: 'Search',
  chargeListLoading: 'Loading payments…',
  chargeListEmpty: 'No payments yet',
  chargeListEmptyBody: 'Payments show up here once attendees have paid.',
  chargeListNoMatch: 'No payment matches “{query}”',
  chargeListNoMatchBody: 'Check the charge ID or order reference, or clear the search.',
  chargeListPage: 'Page {page}',
  chargeListPrevious: 'Previous page',
  chargeListNext: 'Next page',
  chargeListResults: 'Payments: {count} shown, page {page}.',
  columnDate: 'Date',
  columnDescription: 'Description',
  columnCustomer: 'Customer',
  columnAmount: 'Amount',
  columnRefunded: 'Refunded',
  columnStatus: 'Status',
  chargeNoDescription: 'Payment {id}',
  noCustomer: 'No email',

  // Charge statuses
  chargeSucceeded: 'Succeeded',
  chargeRefunded: 'Refunded',
  chargePartiallyRefunded: 'Partially refunded',
  chargePending: 'Pending',
  chargeFailed: 'Failed',
  chargeDisputed: 'Disputed',
  chargeUncaptured: 'Uncaptured',

  // The panel
  panelLoading: 'Loading the payment…',
  panelTitle: 'Payment of {amount}',
  panelClose: 'Close',
  panelRetry: 'Try again',
  detailAmount: 'Amount',
  detailDate: 'Date',
  detailCard: 'Card',
  detailDescription: 'Description',
  detailCustomer: 'Customer',
  detailRefunded: 'Refunded so far',
  detailLeft: 'Left to refund',
  cardNumber: '{brand} •••• {last4}',
  cardUnknown: 'the original payment method',

  // Why a charge cannot be refunded
  notRefundableTitle: 'This payment cannot be refunded',
  notRefundableDisputed:
    'The customer disputed this payment, so it cannot be refunded. Respond to the dispute in the Stripe Dashboard instead.',
  notRefundableUncaptured:
    'This payment was authorised but never captured, so there is nothing to refund. Release it in the Stripe Dashboard instead.',
  notRefundableRefunded: 'This payment has been refunded in full: nothing is left to refund.',
  notRefundableFailed: 'This payment failed, so no money was taken and there is nothing to refund.',

  // The refund form
  refundFormTitle: 'Refund this payment',
  refundKindLabel: 'How much to refund',
  refundFull: 'Full refund, {amount}',
  refundPartial: 'Partial refund',
  amountLabel: 'Amount',
  amountHint: 'In {currency}, at most {remaining}.',
  reasonLabel: 'Reason',
  reasonChoose: 'Choose a reason',
  reasonDuplicate: 'Duplicate',
  reasonFraudulent: 'Fraudulent',
  reasonRequestedByCustomer: 'Requested by customer',
  reasonOther: 'Other',
  reasonExpiredUncapturedCharge: 'Authorisation expired',
  noteLabel: 'Note',
  noteHint: 'Why you are refunding. It is kept with the refund in Stripe.',
  reviewRefund: 'Review refund',

  // Refusals before anything is sent
  amountMissing: 'Enter the amount to refund, at most {remaining}.',
  amountMalformed:
    'Enter the amount in digits, e.g. {example}. At most {remaining} can be refunded.',
  amountZero: 'Enter an amount greater than zero, at most {remaining}.',
  amountTooLarge:
    'That is more than what is left to refund: at most {remaining} can be refunded. Enter {remaining} or less.',
  reasonMissing: 'Choose why you are refunding this payment.',
  noteMissing: 'Say why you are refunding, in a few words.',
  noteTooLong: 'Keep the note to {max} characters or fewer.',

  // The confirmation
  confirmTitle: 'Confirm the refund',
  confirmSummary:
    'Refund {amount} of {total} to {card} — refunds take 5–10 business days to reach the customer.',
  confirmReason: 'Reason: {reason}',
  confirmLeftAfter: 'After this refund, {left} will be left to refund.',
  confirmRefund: 'Confirm refund',
  confirmBack: 'Back',
  refunding: 'Refunding…',
  refundingAnnouncement: 'Sending the refund of {amount}…',
  retryRefund: 'Try again',

  // After the refund
  resultSucceeded: 'Refund of {amount} made',
  resultPending: 'Refund of {amount} is pending',
  resultOther: 'Refund of {amount} sent',
  resultBody: 'It takes 5–10 business days to reach the customer. {left} is left to refund.',
  resultNothingLeft:
    'It takes 5–10 business days to reach the customer. The payment is now refunded in full.',
  resultAnnouncement: 'Refund of {amount} made. {left} is left to refund.',
  resultAnnouncementFull: 'Refund of {amount} made. The payment is now refunded in full.',
  refundAgain: 'Make another refund',

  // Refund history
  historyTitle: 'Refunds',
  historyEmpty: 'No refunds yet.',
  historyItem: '{amount} on {date}',
  refundSucceeded: 'Refunded',
  refundPending: 'Refund pending',
  refundFailed: 'Refund failed',
  refundCanceled: 'Refund canceled',
  refundRequiresAction: 'Action needed',
  refundUnknown: 'Status unknown',
  pendingProcessing: 'Stripe is processing it.',
  pendingInsufficientFunds: 'Waiting for your Stripe balance to cover it.',
  pendingChargePending: 'Waiting for the payment itself to complete.',
  pendingUnknown: 'Stripe has not finished it yet.',
  failedLostOrStolenCard: 'The card was reported lost or stolen.',
  failedExpiredOrCanceledCard: 'The card has expired or was cancelled.',
  failedChargeDisputed: 'The customer disputed the payment while the refund was pending.',
  failedInsufficientFunds: 'Your Stripe balance could not cover it.',
  failedDeclined: 'The customer’s bank declined it.',
  failedMerchantRequest: 'It was cancelled at your request.',
  failedUnknown: 'Stripe did not say why.',
  failedMoneyBack: 'The money is back in your Stripe balance: pay the customer another way.',
  requiresActionBody: 'Stripe needs more information: open this refund in the Stripe Dashboard.',
  unknownStatusBody: 'Check this refund in the Stripe Dashboard.',

  // What is left, after every refusal
  leftToRefund: '{left} is left to refund.',

  // Refusals and failures, by code (see refundErrorKeys)
  refundErrorOverRefund:
    'Stripe refused: that is more than what is left on this payment. Nothing was refunded. Enter {left} or less.',
  refundErrorNotRefundable:
    'Stripe cannot refund this payment, so nothing was refunded. Open it in the Stripe Dashboard to see why.',
  refundErrorInProgress:
    'This refund is still being processed. Wait a few seconds and try again: it will not be refunded twice.',
  refundErrorNetwork:
    'The server could not be reached, so we cannot tell whether the refund went through. Try again: it will not be refunded twice.',
  refundErrorTimeout:
    'Stripe took too long to answer, so we cannot tell whether the refund went through. Try again: it will not be refunded twice.',
  refundErrorRateLimited:
    'Too many requests to Stripe right now. Wait a minute and try again: it will not be refunded twice.',
  refundErrorStripeUnavailable:
    'Stripe is not responding properly right now. Try again in a moment: it will not be refunded twice.',
  refundErrorForbidden:
    'Your account can see payments but not refund them. Ask an administrator to make this refund.',
  refundErrorUnauthenticated: 'Your session has ended. Sign in again, then make the refund.',
  refundErrorKeyProblem:
    'The connected Stripe key no longer works, so nothing was refunded. Connect a new restricted key, then try again.',
  refundErrorPermissionMissing:
    'The connected Stripe key cannot make refunds, so nothing was refunded. In the Stripe Dashboard, set Refunds to Write on the key, then try again.',
  refundErrorNotConnected:
    'No Stripe key is connected, so nothing was refunded. Connect your Stripe account first.',
  refundErrorNotFound:
    'This payment was not found in the connected Stripe account. It may belong to another account or mode.',
  refundErrorConflict:
    'This refund was already sent with other details. Close the payment, open it again and start over.',
  refundErrorReasonInvalid:
    'Stripe did not accept this reason. Choose another reason and try again.',
  refundErrorAmountInvalid: 'Stripe did not accept this amount. Check it and try again.',
  refundErrorRefundFailed:
    'Something went wrong before the refund was confirmed. Try again: it will not be refunded twice.',
  refundErrorLoadNetwork: 'The server could not be reached. Check your connection and try again.',
  refundErrorLoadFailed: 'The payment information could not be loaded. Try again.',
} satisfies Record<string, string>;

/** Every message key of the refunds entry. */
export type RefundMessageKey = keyof typeof enRefunds;

/**
 * A complete refunds catalogue. Give it to the provider together with the main one:
 * `messages={{ ...fr, ...frRefunds }}`.
 */
export type RefundMessages = Record<RefundMessageKey, string>;
