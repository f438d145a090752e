import { connectErrorMessages } from '@pelago/connect-core';

/**
 * The English messages, the default catalogue. Placeholders in braces (`{name}`) are filled
 * in at run time. Every other catalogue must hold exactly these keys.
 */
export const en = {
  // The guide around the steps
  guideTitle: 'Create a Stripe key for Pelago Connect',
  guideIntro:
    'Pelago Connect is the payment service behind the event registrations on this site. Follow these steps in your Stripe Dashboard to make a key that lets it take registration payments and make refunds on your Stripe account, and nothing else.',
  guideTitleFix: 'Give your Stripe key the permissions it needs',
  guideIntroFix:
    'Your key for Pelago Connect is missing a permission. Change it in your Stripe Dashboard: the key stays the same, so there is nothing to copy or paste again.',
  modeTest: 'Test mode',
  modeLive: 'Live mode',
  stepListLabel: 'Key setup steps',
  stepCounter: 'Step {current} of {total}',
  stepAnnouncement: 'Step {current} of {total}: {title}',
  stepStateCompleted: 'completed',
  stepStateCurrent: 'current',
  stepStateNotStarted: 'not started',
  progressLabel: 'Key setup progress',
  back: 'Back',
  next: 'Next',
  finish: 'I have my key',
  finishFixed: 'I’ve updated the permissions',
  exit: 'Leave the guide',
  opensInNewTab: '(opens in a new tab)',

  // Step: open the API keys page
  stepOpenApiKeysTitle: 'Open your API keys',
  stepOpenApiKeysAdmin:
    'You need the Administrator role on the Stripe account to make or change keys. If you have another role, ask an administrator to do these steps.',
  stepOpenApiKeysBody:
    'Sign in to the Stripe Dashboard. In the menu on the left, open Developers, near the bottom (on some accounts it is under Settings), then choose API keys.',
  stepOpenApiKeysTestNote:
    'You are in test mode: the link below opens the test side of your account, where no real money moves.',
  stepOpenApiKeysLiveNote:
    'You are in live mode: the link below opens your live account, where payments are real. Make sure Stripe is not showing test data.',
  stepOpenApiKeysLink: 'Open API keys in Stripe',

  // Step: press Create restricted key
  stepCreateRestrictedKeyTitle: 'Create a restricted key',
  stepCreateRestrictedKeyBody:
    'Under Restricted keys, press Create restricted key. A restricted key can do only what you allow: here, take payments and make refunds.',
  stepCreateRestrictedKeyShortcut:
    'Shortcut: this link opens the form with the name and both permissions already filled in. Check them against the next steps before you create the key.',
  stepCreateRestrictedKeyLink: 'Open a prefilled restricted key form',
  stepCreateRestrictedKeyManual:
    'If the form opens empty, no problem: the next steps show every field to fill in by hand.',

  // Step: say how the key will be used
  stepChooseUsageTitle: 'Say who will use the key',
  stepChooseUsageBody:
    'Stripe asks “How will you use this API key?”. Choose “Providing this key to another website”, then press Continue.',
  stepChooseUsageOlder:
    'Stripe does not ask and shows a form with a name and a list of permissions straight away? Your account has the older form: go on to the next step.',

  // Step: name and website
  stepNameKeyTitle: 'Name your key',
  stepNameKeyBody:
    'Type a name made of your company name and _Pelago, so you recognise the key later among your other keys.',
  stepNameKeyExample: 'For example, Acme Manufacturing Company would use Acme_Pelago.',
  stepNameKeyUrl: 'If Stripe asks for the website’s address, type {url}.',
  stepNameKeyUrlUnknown: 'If Stripe asks for the website’s address, type the address of this site.',
  stepNameKeyCustomize:
    'Then choose “Customize permissions for this key”, not the choice that gives the key every permission, and press Continue.',
  companyNameLabel: 'Your company name',
  companyNameHint: 'We turn it into a key name you can copy.',
  suggestedNameLabel: 'Suggested key name',
  suggestedNameEmpty: 'Type your company name to get a suggestion.',
  copyName: 'Copy name',
  copied: 'Copied',
  copiedAnnouncement: '{name} copied to the clipboard.',
  copyFailed: 'Copying is not available here. Select the name and copy it yourself.',

  // Step: permissions
  stepSetPermissionsTitle: 'Allow charges and refunds',
  stepSetPermissionsBody:
    'In the list of permissions, set Charges to Write and Refunds to Write. They let registration money be paid into your account and orders be refunded. Leave every other permission at None.',
  stepSetPermissionsFixBody:
    'Set Charges to Write and Refunds to Write, and leave the other permissions as they are. Then save your changes with the button at the bottom of the page.',

  // Step: create
  stepCreateKeyTitle: 'Create the key',
  stepCreateKeyBody:
    'Check that only Charges and Refunds are at Write, then press Create key at the bottom of the page.',

  // Step: copy the key
  stepRevealKeyTitle: 'Copy the key now',
  stepRevealKeyBody:
    'Stripe shows your new key, which starts with {prefix}. Press the copy button next to it before you press Done.',
  stepRevealKeyLiveNote:
    'A live key is shown only this once. If you close the window without copying it, you will have to create another key.',
  stepRevealKeyTestNote:
    'A test key can be shown again later on the API keys page, but copying it now saves you the trip.',
  stepRevealKeyOlder:
    'Stripe took you back to the API keys page instead? Find {name} under Restricted keys, press Reveal key token next to it and copy the whole key.',
  stepRevealKeyYourKey: 'your new key',

  // Step (fixing permissions): open the existing key
  stepEditKeyTitle: 'Find your key and edit it',
  stepEditKeyBody:
    'Under Restricted keys, find {name}. Open the menu (•••) at the end of its row and choose Edit key.',
  stepEditKeySameKey:
    'You are changing the key you already have: it keeps the same value, so there is nothing to copy or paste again.',
  stepEditKeyYourKey: 'the key you made for Pelago',

  // Step: copy the publishable key
  stepPublishableKeyTitle: 'Copy your publishable key',
  stepPublishableKeyBody:
    'Back on API keys, under Standard keys, copy the Publishable key too. It starts with {prefix}; attendees’ cards need it.',
  stepPublishableKeySafe:
    'It is public, so it is safe to share. Test and live mode each have their own.',

  // Step: hand the key over
  stepHandOverTitle: 'Connect your key',
  stepHandOverBody:
    'Press “{finish}” and paste the key into the secure form that follows. It is checked with Stripe straight away.',
  stepHandOverFixTitle: 'Check your key again',
  stepHandOverFixBody:
    'Your key has not changed, so there is nothing to paste. Press “{finish}” to check it again with its new permissions.',

  // Keep it safe
  keepSafeTitle: 'Keep this key safe',
  keepSafeBody:
    'Anyone who holds this key can take payments and make refunds on your Stripe account. Never send it by email, chat or in a support ticket. If it gets out, delete it in the Stripe Dashboard and create a new one.',

  // The pictures
  zoomOpen: 'Enlarge picture',
  zoomClose: 'Close',
  zoomDialogLabel: 'Enlarged picture: {alt}',
  illustrationLoading: 'Loading picture',
  illoSearch: 'Search',
  illoHome: 'Home',
  illoBalances: 'Balances',
  illoTransactions: 'Transactions',
  illoCustomers: 'Customers',
  illoProductCatalog: 'Product catalog',
  illoDevelopers: 'Developers',
  illoApiKeys: 'API keys',
  illoStandardKeys: 'Standard keys',
  illoPublishableKey: 'Publishable key',
  illoSecretKey: 'Secret key',
  illoRestrictedKeys: 'Restricted keys',
  illoCreateRestrictedKey: 'Create restricted key',
  illoHowUse: 'How will you use this API key?',
  illoAnotherWebsite: 'Providing this key to another website',
  illoContinue: 'Continue',
  illoKeyName: 'Name',
  illoWebsiteUrl: 'URL',
  illoCustomize: 'Customize permissions for this key',
  illoPermissions: 'Permissions',
  illoCharges: 'Charges',
  illoRefunds: 'Refunds',
  illoNone: 'None',
  illoRead: 'Read',
  illoWrite: 'Write',
  illoCreateKey: 'Create key',
  illoCancel: 'Cancel',
  illoCopy: 'Copy',
  illoDone: 'Done',
  illoEditKey: 'Edit key',
  altOpenApiKeys:
    'The Stripe Dashboard with Developers open near the bottom of the side menu, and API keys in it.',
  altCreateRestrictedKey:
    'The API keys page: Standard keys, then Restricted keys with the Create restricted key button.',
  altChooseUsage:
    'Stripe asks how the key will be used; “Providing this key to another website” is chosen.',
  altNameKey: 'The key name and website fields, with “Customize permissions for this key” chosen.',
  altSetPermissions: 'The permissions list: Charges and Refunds at Write, the rest at None.',
  altCreateKey: 'The bottom of the permissions page with the Create key button.',
  altRevealKey: 'The window that shows the new key, with Copy and Done.',
  altEditKey: "The Restricted keys list, with the key's menu open on Edit key.",
  altPublishableKey: 'The API keys page, with the Publishable key row under Standard keys.',
  noteOpenDevelopers: 'Open Developers, near the bottom of the menu.',
  noteChooseApiKeys: 'Choose API keys.',
  notePressCreateRestricted: 'Press Create restricted key.',
  noteChooseAnotherWebsite: 'Choose “Providing this key to another website”.',
  notePressContinue: 'Press Continue.',
  noteTypeName: 'Type the key name here.',
  noteTypeUrl: 'Type the website’s address.',
  noteChooseCustomize: 'Choose “Customize permissions for this key”.',
  noteChargesWrite: 'Charges: choose Write.',
  noteRefundsWrite: 'Refunds: choose Write.',
  notePressCreateKey: 'Press Create key.',
  noteCopyKey: 'Copy the whole key now.',
  notePressDone: 'Press Done only after copying.',
  noteFindKey: 'Find your key by its name.',
  noteChooseEditKey: 'Open the menu (•••) and choose Edit key.',
  noteCopyPublishableKey: 'Copy the publishable key.',
  // The key entry form
  keyFormTitle: 'Paste your restricted key',
  keyInputLabel: 'Restricted key',
  keyInputHint:
    'It starts with {prefix}. This site checks it with Stripe straight away and never shows it again.',
  keyShow: 'Show key',
  keyHide: 'Hide key',
  keyNameLabel: 'Key name (optional)',
  keyNameHint: 'The name the key has in your Stripe Dashboard, so you recognise it later.',
  pkInputLabel: 'Publishable key',
  pkInputHint:
    'From API keys, under Standard keys; it starts with {prefix}. It is public, and attendees need it to pay.',
  pkInputHintOptional: 'You can also add it later.',
  keySubmit: 'Verify and connect',
  keySubmitting: 'Verifying…',
  keyChecking: 'Checking your key with Stripe…',
  keyVerified: 'Key verified. Stripe is connected.',
  checklistLabel: 'What Stripe confirmed',
  permissionCharges: 'Charges',
  permissionRefunds: 'Refunds',
  permissionWrite: '{permission}: write access',
  permissionMissing: '{permission}: missing',
  permissionUnknown: '{permission}: could not be checked',
  showPermissionsStep: 'Show me how to set permissions',
  keyRetry: 'Try again',
  keyCheckAgain: 'I’ve updated the permissions — check again',
  keyPasteOther: 'Paste a different key',
  keyKept: 'Your key stays on this page for a few minutes: no need to paste it again.',
  keyForgotten: 'For your safety the key was cleared after a few minutes. Paste it again.',
  keyEmptyTitle: 'No key pasted yet',
  helpLink: 'Get help',
  signInLink: 'Sign in again',
  errorTitleKeyUnusable: 'This key can’t be used',
  errorTitleKeyUnknown: 'Stripe doesn’t know this key',
  errorTitleKeyExpired: 'This key has expired',
  errorTitlePermission: 'A permission is missing',
  errorTitleStripeBusy: 'Stripe is busy right now',
  errorTitleNetwork: 'The connection dropped',
  errorTitleSignedOut: 'You’re signed out',
  errorTitleNotAllowed: 'Not allowed here',
  errorTitleSite: 'This site had a problem',

  // What the form says about a paste before anything is sent: at most two short sentences,
  // what was pasted, then what to paste instead (the title above it says it was refused)
  keyPrefixEither: 'rk_live_ (or rk_test_ in test mode)',
  keyCheckEmpty: 'Paste your restricted key. It starts with {restricted}.',
  keyCheckSecretKey:
    'This is a secret key (it starts with {prefix}): it can do anything on your account, so it was not sent. Paste a restricted key instead; it starts with {restricted}.',
  keyCheckPublishableKey:
    'This is your publishable key (it starts with {prefix}), which cannot take payments. Paste your restricted key from the same page instead; it starts with {restricted}.',
  keyCheckWebhookSecret:
    'This is a webhook signing secret (it starts with whsec_), not an API key.',
  keyCheckEphemeralKey:
    'This is a short-lived ephemeral key (it starts with ek_), not your API key.',
  keyCheckAccountId: 'This is your Stripe account ID (it starts with acct_), not a key.',
  keyCheckNotAKey: 'This does not look like a Stripe key.',
  keyCheckPasteInstead:
    'Paste your restricted key from Developers → API keys instead; it starts with {restricted}.',
  keyCheckHidden:
    'This is the hidden form of the key, with dots in the middle. Click Reveal in Stripe and copy the whole key; it starts with {restricted}.',
  keyCheckTooLong: 'This is much longer than a Stripe key. Paste only the key itself.',
  keyCheckTooShort:
    'This key is too short: part of it is missing. Copy the whole key again; it starts with {restricted}.',
  keyCheckPastedTwice: 'The key seems to be pasted twice. Clear the field and paste it once.',
  keyCheckBadCharacters:
    'This key contains characters a Stripe key never has. Copy it again with Stripe’s copy button; it starts with {restricted}.',
  keyCheckBadPrefix:
    'The start of this key is damaged: it must start with rk_live_ or rk_test_, in lowercase. Copy the key again.',
  keyCheckLiveKeyInTestMode:
    'This is a live key (it starts with rk_live_), but this connection is in test mode. Paste a restricted key made in test mode; it starts with rk_test_.',
  keyCheckTestKeyInLiveMode:
    'This is a test key (it starts with rk_test_), but this connection takes real payments. Paste a restricted key made in live mode; it starts with rk_live_.',
  keyCheckNotText:
    'Paste your restricted key as text. It starts with rk_live_ (or rk_test_ in test mode).',

  // The same for the publishable-key field
  pkCheckEmpty: 'Paste your publishable key too. It starts with {publishable}.',
  pkCheckSecretKey:
    'This is a secret key (it starts with {prefix}): it was cleared, not sent. Paste the publishable key; it starts with {publishable}.',
  pkCheckRestrictedKey:
    'This is your restricted key (it starts with {prefix}): it goes in the field above, so it was cleared here, not sent. Paste the publishable key; it starts with {publishable}.',
  pkCheckMalformed:
    'This is not a whole publishable key. Copy it again from Standard keys; it starts with {publishable}.',
  pkCheckWrongMode:
    'This publishable key is for the other mode (test or live). Paste the one that starts with {publishable}.',

  // Errors from the server, by code (see errorMessageKeys); the English ones are core's
  errorMalformed: connectErrorMessages.malformed,
  errorWrongMode: connectErrorMessages.wrong_mode,
  errorKeyInvalid: connectErrorMessages.key_invalid,
  errorKeyExpired: connectErrorMessages.key_expired,
  errorPermissionMissing: connectErrorMessages.permission_missing,
  errorKeyNotConnected: connectErrorMessages.key_not_connected,
  errorKeyUnreadable: connectErrorMessages.key_unreadable,
  errorRateLimited: connectErrorMessages.rate_limited,
  errorStripeUnavailable: connectErrorMessages.stripe_unavailable,
  errorNetwork: connectErrorMessages.network_error,
  errorTimeout: connectErrorMessages.timeout,
  errorUnauthenticated: connectErrorMessages.unauthenticated,
  errorForbidden: connectErrorMessages.forbidden,
  errorRequestFailed: connectErrorMessages.invalid_request,
  errorInternal: connectErrorMessages.internal_error,
  errorPublishableKeyInvalid: connectErrorMessages.publishable_key_invalid,
  errorPublishableKeyWrongMode: connectErrorMessages.publishable_key_wrong_mode,
  errorPublishableKeyMismatch: connectErrorMessages.publishable_key_mismatch,
  errorTitlePublishableKey: 'This publishable key can’t be used',

  // The connection status
  statusLoading: 'Checking your Stripe connection…',
  statusConnected: 'Stripe is connected',
  statusAttention: 'Stripe needs your attention',
  statusAttentionPermission:
    'Payments or refunds fail until the missing permission is set to Write on this key in Stripe.',
  statusAttentionKey: 'This key no longer works. Connect a new restricted key.',
  statusFix: 'Show me how to fix it',
  statusNotConnected: 'Stripe is not connected',
  statusNotConnectedBody:
    'Connect a restricted key so that this site can take payments and make refunds on your Stripe account.',
  statusMode: 'Mode',
  statusModeTest: 'Test',
  statusModeLive: 'Live',
  statusKeyName: 'Key name',
  statusKey: 'Key',
  statusVerified: 'Verified',
  statusPermissions: 'Permissions',
  statusPublishableKey: 'Publishable key',
  statusPublishableKeyNone: 'Not added yet',
  statusPairingConfirmed: 'Matches your key’s account',
  statusPairingUnconfirmed: 'We’ll confirm it with the first payment',
  statusPairingMismatch: 'From another Stripe account',
  statusPayments: 'Payments',
  statusPaymentsReady: 'Attendees can pay',
  statusPaymentsUnconfirmed: 'Attendees can pay (not confirmed yet)',
  statusPaymentsMissing: 'Not ready: add your publishable key',
  statusPaymentsMismatch: 'Not ready: replace the publishable key',
  statusPaymentsNoCharges: 'Not ready: the key may not create charges',
  statusAddPublishableKey: 'Add publishable key',
  statusReplacePublishableKey: 'Replace publishable key',
  pkSave: 'Save',
  pkSaving: 'Saving…',
  pkSaved: 'Publishable key saved.',
  statusVerify: 'Verify again',
  statusReplace: 'Replace key',
  statusConnect: 'Connect a key',
  statusDisconnect: 'Disconnect',
  statusDisconnecting: 'Disconnecting…',
  statusDisconnected: 'Stripe is disconnected.',
  statusRetry: 'Try again',
  disconnectTitle: 'Disconnect Stripe?',
  disconnectBody:
    'This site will stop taking payments and making refunds on your Stripe account until you connect a key again. The key itself stays in your Stripe Dashboard: delete it there if you no longer need it.',
  disconnectCancel: 'Cancel',

  // The onboarding
  alreadyHaveKey: 'I already have a key',
} satisfies Record<string, string>;

/** Every message key of the kit. */
export type MessageKey = keyof typeof en;

/**
 * A complete message catalogue. Translations are typed with it, so a missing or a stray key
 * fails the type check.
 */
export type Messages = Record<MessageKey, string>;
