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
} satisfies Record<string, string>;

/** Every message key of the kit. */
export type MessageKey = keyof typeof en;

/**
 * A complete message catalogue. Translations are typed with it, so a missing or a stray key
 * fails the type check.
 */
export type Messages = Record<MessageKey, string>;
