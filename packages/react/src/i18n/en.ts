import { connectErrorMessages } from '@pelago/connect-core';

/**
 * The English messages, the default catalogue. Placeholders in braces (`{name}`) are filled
 * in at run time. Every other catalogue must hold exactly these keys.
 */
export const en = {
  // The guide around the steps
  guideTitle: 'Create a Stripe key for Pelago Connect',
  guideIntro:
    'Follow these steps in your Stripe Dashboard. At the end you will have a key that lets Pelago Connect take registration payments and make refunds on your Stripe account, and nothing else.',
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
  exit: 'Leave the guide',
  opensInNewTab: '(opens in a new tab)',

  // Step 1
  stepOpenApiKeysTitle: 'Open your API keys',
  stepOpenApiKeysBody:
    'Sign in to the Stripe Dashboard, open the Developers menu and pick API keys.',
  stepOpenApiKeysTestNote:
    'You are in test mode: the link below opens the test side of your account, where no real money moves.',
  stepOpenApiKeysLiveNote:
    'You are in live mode: the link below opens your live account, where charges are real.',
  stepOpenApiKeysLink: 'Open API keys in Stripe',

  // Step 2
  stepCreateRestrictedKeyTitle: 'Start a restricted key',
  stepCreateRestrictedKeyBody:
    'On the API keys page, press Create restricted key. A restricted key can only do what you allow, so Pelago gets charges and refunds and nothing more.',
  stepCreateRestrictedKeyShortcut:
    'Shortcut: this link opens the form with the name and both permissions already filled in. Check them against the next steps before you create the key.',
  stepCreateRestrictedKeyLink: 'Open a prefilled restricted key form',
  stepCreateRestrictedKeyManual:
    'If the form opens empty, no problem: the next steps show every field to fill in by hand.',

  // Step 3
  stepNameKeyTitle: 'Name your key',
  stepNameKeyBody:
    'Give the key a short name made of your company name and _Pelago. You will spot it easily when you review your keys later, and so will the Pelago team.',
  stepNameKeyExample: 'For example, Acme Manufacturing Company would use Acme_Pelago.',
  companyNameLabel: 'Your company name',
  companyNameHint: 'We turn it into a key name you can copy.',
  suggestedNameLabel: 'Suggested key name',
  suggestedNameEmpty: 'Type your company name to get a suggestion.',
  copyName: 'Copy name',
  copied: 'Copied',
  copiedAnnouncement: '{name} copied to the clipboard.',
  copyFailed: 'Copying is not available here. Select the name and copy it yourself.',

  // Step 4
  stepSetPermissionsTitle: 'Allow charges and refunds',
  stepSetPermissionsBody:
    'In the list of permissions, find Charges and Refunds and set each of them to Write. Pelago needs them to pay registration money into your account and to refund orders. Leave every other permission at None.',

  // Step 5
  stepCreateKeyTitle: 'Create the key',
  stepCreateKeyBody:
    'Scroll to the bottom of the form and press Create key. Stripe takes you back to the API keys page, where the new key appears under the name you gave it.',

  // Step 6
  stepRevealKeyTitle: 'Reveal and copy the key',
  stepRevealKeyBody:
    'Find {name} among your restricted keys and press Reveal key token. Copy the whole token: it starts with {prefix}.',
  stepRevealKeyYourKey: 'your new key',

  // Step 7
  stepHandOverTitle: 'Hand the key to Pelago',
  stepHandOverBody:
    'Press “{finish}” and paste the key into the secure form that follows. Pelago checks it straight away.',

  // Keep it safe
  keepSafeTitle: 'Keep this key safe',
  keepSafeBody:
    'Anyone who holds this key can charge and refund on your Stripe account. Never send it by email, chat or in a support ticket. If it leaks, roll or delete it in the Stripe Dashboard and make a new one.',

  // The pictures
  zoomOpen: 'Enlarge picture',
  zoomClose: 'Close',
  zoomDialogLabel: 'Enlarged picture: {alt}',
  illustrationLoading: 'Loading picture',
  illoDevelopers: 'Developers',
  illoApiKeys: 'API keys',
  illoCreateRestrictedKey: 'Create restricted key',
  illoKeyName: 'Key name',
  illoPermissions: 'Permissions',
  illoCharges: 'Charges',
  illoRefunds: 'Refunds',
  illoNone: 'None',
  illoRead: 'Read',
  illoWrite: 'Write',
  illoCreateKey: 'Create key',
  illoRestrictedKeys: 'Restricted keys',
  illoRevealKey: 'Reveal key token',
  altOpenApiKeys:
    'Sketch of the Stripe Dashboard with the Developers menu open and API keys highlighted.',
  altCreateRestrictedKey:
    'Sketch of the API keys page with the Create restricted key button highlighted.',
  altNameKey: 'Sketch of the restricted key form with the key name field highlighted.',
  altSetPermissions: 'Sketch of the permissions table with Charges and Refunds both set to Write.',
  altCreateKey: 'Sketch of the bottom of the form with the Create key button highlighted.',
  altRevealKey:
    'Sketch of the API keys page listing the new key, with the Reveal key token button highlighted.',
  noteOpenDevelopers: 'Open the Developers menu.',
  noteChooseApiKeys: 'Choose API keys.',
  notePressCreateRestricted: 'Press Create restricted key.',
  noteTypeName: 'Type the key name here.',
  noteChargesWrite: 'Charges: choose Write.',
  noteRefundsWrite: 'Refunds: choose Write.',
  notePressCreateKey: 'Press Create key at the bottom of the form.',
  noteFindKey: 'Your new key, listed under its name.',
  notePressReveal: 'Press Reveal key token, then copy the token.',
  // The key entry form
  keyFormTitle: 'Paste your restricted key',
  keyInputLabel: 'Restricted key',
  keyInputHint:
    'It starts with {prefix}. Pelago Connect checks it with Stripe straight away and never shows it again.',
  keyShow: 'Show key',
  keyHide: 'Hide key',
  keyNameLabel: 'Key name (optional)',
  keyNameHint: 'The name the key has in your Stripe Dashboard, so you recognise it later.',
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

  // What the form says about a paste before anything is sent: the words of parseStripeKey
  keyPrefixEither: 'rk_live_ (or rk_test_ in test mode)',
  keyCheckEmpty: 'Paste your restricted key. It starts with {restricted}.',
  keyCheckSecretKey:
    'This is a secret key (it starts with {prefix}). A secret key can do anything on your Stripe account, so it was not accepted and was not sent anywhere. In the Stripe Dashboard, open Developers → API keys, click “Create restricted key”, give it write access to Charges and Refunds, and paste that key instead. It starts with {restricted}.',
  keyCheckPublishableKey:
    'This is your publishable key (it starts with {prefix}). It is public and cannot take payments or refunds. Your restricted key is further down the same API keys page, under “Restricted keys”: click Reveal next to it, copy it and paste it here. It starts with {restricted}.',
  keyCheckWebhookSecret:
    'This is a webhook signing secret (it starts with whsec_), not an API key: it only checks that events come from Stripe.',
  keyCheckEphemeralKey:
    'This is an ephemeral key (it starts with ek_): a short-lived key made for one customer, not your API key.',
  keyCheckAccountId:
    'This is your Stripe account ID (it starts with acct_). It names your account but is not a key.',
  keyCheckNotAKey: 'This does not look like a Stripe key.',
  keyCheckPasteInstead:
    'Paste your restricted key instead: in the Stripe Dashboard open Developers → API keys; it is under “Restricted keys” and starts with {restricted}.',
  keyCheckHidden:
    'This is the hidden form of the key, as the API keys list shows it (with dots or asterisks in the middle), so it cannot be used. In the Stripe Dashboard, find the key under “Restricted keys”, click Reveal, then copy the whole key that starts with {restricted}.',
  keyCheckTooLong:
    'This is much longer than a Stripe key. Paste only the key itself, without anything around it.',
  keyCheckTooShort:
    'This key is too short: part of it seems to be missing. Copy the whole key again from the Stripe Dashboard (it starts with {restricted}) and paste it without editing.',
  keyCheckPastedTwice: 'The key seems to be pasted twice. Clear the field and paste the key once.',
  keyCheckBadCharacters:
    'This key contains characters a Stripe key never has: after the prefix there are only letters and digits. Copy the key again from the Stripe Dashboard with its copy button and paste it without editing. It starts with {restricted}.',
  keyCheckBadPrefix:
    'This looks like a restricted key, but its beginning is damaged: it must start with rk_live_ or rk_test_ in lowercase. Copy the key again from the Stripe Dashboard.',
  keyCheckLiveKeyInTestMode:
    'This is a live key (it starts with rk_live_), but this connection is in test mode. In the Stripe Dashboard, switch to test mode (the “Test mode” toggle), open Developers → API keys and paste the restricted key that starts with rk_test_.',
  keyCheckTestKeyInLiveMode:
    'This is a test key (it starts with rk_test_), but this connection takes real payments. In the Stripe Dashboard, switch test mode off to see your live data, open Developers → API keys and paste the restricted key that starts with rk_live_.',
  keyCheckNotText:
    'Paste your restricted key as text. It starts with rk_live_ (or rk_test_ in test mode).',

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

  // The connection status
  statusLoading: 'Checking your Stripe connection…',
  statusConnected: 'Stripe is connected',
  statusNotConnected: 'Stripe is not connected',
  statusNotConnectedBody:
    'Connect a restricted key so that Pelago Connect can take payments and make refunds on your Stripe account.',
  statusMode: 'Mode',
  statusModeTest: 'Test',
  statusModeLive: 'Live',
  statusKeyName: 'Key name',
  statusKey: 'Key',
  statusVerified: 'Verified',
  statusPermissions: 'Permissions',
  statusVerify: 'Verify again',
  statusReplace: 'Replace key',
  statusConnect: 'Connect a key',
  statusDisconnect: 'Disconnect',
  statusDisconnecting: 'Disconnecting…',
  statusDisconnected: 'Stripe is disconnected.',
  statusRetry: 'Try again',
  disconnectTitle: 'Disconnect Stripe?',
  disconnectBody:
    'Pelago Connect will stop taking payments and making refunds on your Stripe account until you connect a key again. The key itself stays in your Stripe Dashboard: delete it there if you no longer need it.',
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
