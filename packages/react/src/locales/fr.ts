import type { Messages } from '../i18n/en';

/**
 * The French messages, a complete catalogue for the provider's `messages`. A separate entry
 * point keeps it out of the bundles of apps that do not use it.
 *
 * @example
 * import { fr } from '@pelago/connect-react/locales/fr';
 *
 * <PelagoConnectProvider endpoint="/api/pelago-connect" locale="fr" messages={fr}>
 *   <ConnectOnboarding companyName="Acme Manufacturing Company" />
 * </PelagoConnectProvider>
 */
export const fr: Messages = {
  guideTitle: 'Créer une clé Stripe pour Pelago Connect',
  guideIntro:
    'Suivez ces étapes dans votre tableau de bord Stripe. À la fin, vous aurez une clé qui permet à Pelago Connect d’encaisser les inscriptions et d’effectuer des remboursements sur votre compte Stripe, et rien d’autre.',
  modeTest: 'Mode test',
  modeLive: 'Mode production',
  stepListLabel: 'Étapes de création de la clé',
  stepCounter: 'Étape {current} sur {total}',
  stepAnnouncement: 'Étape {current} sur {total} : {title}',
  stepStateCompleted: 'terminée',
  stepStateCurrent: 'en cours',
  stepStateNotStarted: 'pas commencée',
  progressLabel: 'Progression de la création de la clé',
  back: 'Retour',
  next: 'Suivant',
  finish: 'J’ai ma clé',
  exit: 'Quitter le guide',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',

  stepOpenApiKeysTitle: 'Ouvrir vos clés API',
  stepOpenApiKeysBody:
    'Connectez-vous au tableau de bord Stripe, ouvrez le menu Développeurs et choisissez Clés API.',
  stepOpenApiKeysTestNote:
    'Vous êtes en mode test : le lien ci-dessous ouvre la partie test de votre compte, où aucun argent réel ne circule.',
  stepOpenApiKeysLiveNote:
    'Vous êtes en mode production : le lien ci-dessous ouvre votre compte réel, où les paiements sont bien réels.',
  stepOpenApiKeysLink: 'Ouvrir les clés API dans Stripe',

  stepCreateRestrictedKeyTitle: 'Commencer une clé restreinte',
  stepCreateRestrictedKeyBody:
    'Sur la page des clés API, appuyez sur Créer une clé restreinte. Une clé restreinte ne peut faire que ce que vous autorisez : Pelago obtient les paiements et les remboursements, rien de plus.',
  stepCreateRestrictedKeyShortcut:
    'Raccourci : ce lien ouvre le formulaire avec le nom et les deux autorisations déjà remplis. Vérifiez-les avec les étapes suivantes avant de créer la clé.',
  stepCreateRestrictedKeyLink: 'Ouvrir un formulaire de clé restreinte prérempli',
  stepCreateRestrictedKeyManual:
    'Si le formulaire s’ouvre vide, pas de souci : les étapes suivantes montrent chaque champ à remplir à la main.',

  stepNameKeyTitle: 'Nommer votre clé',
  stepNameKeyBody:
    'Donnez à la clé un nom court, formé du nom de votre entreprise suivi de _Pelago. Vous la retrouverez facilement en passant vos clés en revue, et l’équipe Pelago aussi.',
  stepNameKeyExample: 'Par exemple, Acme Manufacturing Company utiliserait Acme_Pelago.',
  companyNameLabel: 'Nom de votre entreprise',
  companyNameHint: 'Nous en tirons un nom de clé à copier.',
  suggestedNameLabel: 'Nom de clé proposé',
  suggestedNameEmpty: 'Saisissez le nom de votre entreprise pour obtenir une proposition.',
  copyName: 'Copier le nom',
  copied: 'Copié',
  copiedAnnouncement: '{name} copié dans le presse-papiers.',
  copyFailed: 'La copie n’est pas possible ici. Sélectionnez le nom et copiez-le vous-même.',

  stepSetPermissionsTitle: 'Autoriser paiements et remboursements',
  stepSetPermissionsBody:
    'Dans la liste des autorisations, trouvez Charges et Refunds (paiements et remboursements) et réglez chacune sur Écriture. Pelago en a besoin pour verser l’argent des inscriptions sur votre compte et pour rembourser des commandes. Laissez toutes les autres autorisations sur Aucune.',

  stepCreateKeyTitle: 'Créer la clé',
  stepCreateKeyBody:
    'Descendez en bas du formulaire et appuyez sur Créer la clé. Stripe vous ramène à la page des clés API, où la nouvelle clé apparaît sous le nom choisi.',

  stepRevealKeyTitle: 'Afficher et copier la clé',
  stepRevealKeyBody:
    'Trouvez {name} parmi vos clés restreintes et appuyez sur Afficher le jeton. Copiez le jeton en entier : il commence par {prefix}.',
  stepRevealKeyYourKey: 'votre nouvelle clé',

  stepHandOverTitle: 'Confier la clé à Pelago',
  stepHandOverBody:
    'Appuyez sur « {finish} » et collez la clé dans le formulaire sécurisé qui suit. Pelago la vérifie aussitôt.',

  keepSafeTitle: 'Gardez cette clé en lieu sûr',
  keepSafeBody:
    'Toute personne qui détient cette clé peut encaisser et rembourser sur votre compte Stripe. Ne l’envoyez jamais par e-mail, par messagerie ou dans un ticket d’assistance. En cas de fuite, renouvelez-la ou supprimez-la dans le tableau de bord Stripe et créez-en une nouvelle.',

  zoomOpen: 'Agrandir l’image',
  zoomClose: 'Fermer',
  zoomDialogLabel: 'Image agrandie : {alt}',
  illustrationLoading: 'Chargement de l’image',
  illoDevelopers: 'Développeurs',
  illoApiKeys: 'Clés API',
  illoCreateRestrictedKey: 'Créer une clé restreinte',
  illoKeyName: 'Nom de la clé',
  illoPermissions: 'Autorisations',
  illoCharges: 'Charges',
  illoRefunds: 'Refunds',
  illoNone: 'Aucune',
  illoRead: 'Lecture',
  illoWrite: 'Écriture',
  illoCreateKey: 'Créer la clé',
  illoRestrictedKeys: 'Clés restreintes',
  illoRevealKey: 'Afficher le jeton',
  altOpenApiKeys:
    'Croquis du tableau de bord Stripe, menu Développeurs ouvert et Clés API mis en évidence.',
  altCreateRestrictedKey:
    'Croquis de la page des clés API, bouton Créer une clé restreinte mis en évidence.',
  altNameKey: 'Croquis du formulaire de clé restreinte, champ du nom mis en évidence.',
  altSetPermissions:
    'Croquis du tableau des autorisations, Charges et Refunds réglés sur Écriture.',
  altCreateKey: 'Croquis du bas du formulaire, bouton Créer la clé mis en évidence.',
  altRevealKey:
    'Croquis de la page des clés API avec la nouvelle clé, bouton Afficher le jeton mis en évidence.',
  noteOpenDevelopers: 'Ouvrez le menu Développeurs.',
  noteChooseApiKeys: 'Choisissez Clés API.',
  notePressCreateRestricted: 'Appuyez sur Créer une clé restreinte.',
  noteTypeName: 'Saisissez ici le nom de la clé.',
  noteChargesWrite: 'Charges : choisissez Écriture.',
  noteRefundsWrite: 'Refunds : choisissez Écriture.',
  notePressCreateKey: 'Appuyez sur Créer la clé en bas du formulaire.',
  noteFindKey: 'Votre nouvelle clé, listée sous son nom.',
  notePressReveal: 'Appuyez sur Afficher le jeton, puis copiez-le.',
  keyFormTitle: 'Collez votre clé restreinte',
  keyInputLabel: 'Clé restreinte',
  keyInputHint:
    'Elle commence par {prefix}. Pelago Connect la vérifie aussitôt auprès de Stripe et ne l’affiche plus jamais.',
  keyShow: 'Afficher la clé',
  keyHide: 'Masquer la clé',
  keyNameLabel: 'Nom de la clé (facultatif)',
  keyNameHint: 'Le nom de la clé dans votre tableau de bord Stripe, pour la reconnaître plus tard.',
  keySubmit: 'Vérifier et connecter',
  keySubmitting: 'Vérification…',
  keyChecking: 'Vérification de votre clé auprès de Stripe…',
  keyVerified: 'Clé vérifiée. Stripe est connecté.',
  checklistLabel: 'Ce que Stripe a confirmé',
  permissionCharges: 'Charges',
  permissionRefunds: 'Refunds',
  permissionWrite: '{permission} : accès en écriture',
  permissionMissing: '{permission} : manquant',
  permissionUnknown: '{permission} : vérification impossible',
  showPermissionsStep: 'Me montrer comment régler les autorisations',

  keyPrefixEither: 'rk_live_ (ou rk_test_ en mode test)',
  keyCheckEmpty: 'Collez votre clé restreinte. Elle commence par {restricted}.',
  keyCheckSecretKey:
    'C’est une clé secrète (elle commence par {prefix}). Une clé secrète peut tout faire sur votre compte Stripe : elle n’a donc pas été acceptée et n’a été envoyée nulle part. Dans le tableau de bord Stripe, ouvrez Développeurs → Clés API, cliquez sur « Créer une clé restreinte », donnez-lui l’accès en écriture à Charges et Refunds, puis collez cette clé à la place. Elle commence par {restricted}.',
  keyCheckPublishableKey:
    'C’est votre clé publiable (elle commence par {prefix}). Elle est publique et ne permet ni paiement ni remboursement. Votre clé restreinte se trouve plus bas sur la même page des clés API, sous « Clés restreintes » : cliquez sur Afficher à côté, copiez-la et collez-la ici. Elle commence par {restricted}.',
  keyCheckWebhookSecret:
    'C’est un secret de signature de webhook (il commence par whsec_), pas une clé API : il sert seulement à vérifier que les événements viennent de Stripe.',
  keyCheckEphemeralKey:
    'C’est une clé éphémère (elle commence par ek_) : une clé de courte durée créée pour un seul client, pas votre clé API.',
  keyCheckAccountId:
    'C’est l’identifiant de votre compte Stripe (il commence par acct_). Il désigne votre compte, mais ce n’est pas une clé.',
  keyCheckNotAKey: 'Cela ne ressemble pas à une clé Stripe.',
  keyCheckPasteInstead:
    'Collez plutôt votre clé restreinte : dans le tableau de bord Stripe, ouvrez Développeurs → Clés API ; elle se trouve sous « Clés restreintes » et commence par {restricted}.',
  keyCheckHidden:
    'C’est la forme masquée de la clé, telle que la liste des clés API l’affiche (avec des points ou des astérisques au milieu) : elle ne peut pas servir. Dans le tableau de bord Stripe, trouvez la clé sous « Clés restreintes », cliquez sur Afficher, puis copiez la clé entière qui commence par {restricted}.',
  keyCheckTooLong:
    'C’est bien plus long qu’une clé Stripe. Collez uniquement la clé, sans rien autour.',
  keyCheckTooShort:
    'Cette clé est trop courte : il semble en manquer une partie. Copiez de nouveau la clé entière depuis le tableau de bord Stripe (elle commence par {restricted}) et collez-la sans la modifier.',
  keyCheckPastedTwice:
    'La clé semble collée deux fois. Videz le champ et collez la clé une seule fois.',
  keyCheckBadCharacters:
    'Cette clé contient des caractères qu’une clé Stripe n’a jamais : après le préfixe, il n’y a que des lettres et des chiffres. Copiez de nouveau la clé depuis le tableau de bord Stripe avec son bouton de copie et collez-la sans la modifier. Elle commence par {restricted}.',
  keyCheckBadPrefix:
    'Cela ressemble à une clé restreinte, mais son début est abîmé : elle doit commencer par rk_live_ ou rk_test_ en minuscules. Copiez de nouveau la clé depuis le tableau de bord Stripe.',
  keyCheckLiveKeyInTestMode:
    'C’est une clé de production (elle commence par rk_live_), mais cette connexion est en mode test. Dans le tableau de bord Stripe, passez en mode test (l’interrupteur « Mode test »), ouvrez Développeurs → Clés API et collez la clé restreinte qui commence par rk_test_.',
  keyCheckTestKeyInLiveMode:
    'C’est une clé de test (elle commence par rk_test_), mais cette connexion encaisse de vrais paiements. Dans le tableau de bord Stripe, désactivez le mode test pour voir vos données réelles, ouvrez Développeurs → Clés API et collez la clé restreinte qui commence par rk_live_.',
  keyCheckNotText:
    'Collez votre clé restreinte sous forme de texte. Elle commence par rk_live_ (ou rk_test_ en mode test).',

  errorMalformed:
    'Cette clé est incomplète ou contient des caractères en trop. Copiez-la de nouveau depuis le tableau de bord Stripe et collez-la telle quelle.',
  errorWrongMode:
    'Cette clé appartient à l’autre mode Stripe (test ou production). Passez le tableau de bord Stripe dans le bon mode et copiez la clé depuis celui-ci.',
  errorKeyInvalid:
    'Stripe ne reconnaît pas cette clé. Elle a peut-être été supprimée ou mal copiée. Copiez de nouveau la clé ou créez une nouvelle clé restreinte.',
  errorKeyExpired:
    'Stripe indique que cette clé a expiré ou a été renouvelée. Créez une nouvelle clé restreinte dans le tableau de bord Stripe et connectez-la.',
  errorPermissionMissing:
    'Il manque une autorisation à cette clé. Modifiez la clé dans le tableau de bord Stripe et donnez-lui l’accès en écriture à Charges et Refunds.',
  errorKeyNotConnected:
    'Aucune clé Stripe n’est encore connectée. Connectez d’abord une clé restreinte.',
  errorKeyUnreadable:
    'La clé Stripe enregistrée ne peut plus être lue. Connectez de nouveau votre clé restreinte.',
  errorRateLimited:
    'Trop de demandes envoyées à Stripe en ce moment. Patientez un instant et réessayez.',
  errorStripeUnavailable:
    'Stripe ne répond pas correctement en ce moment. Réessayez dans un instant.',
  errorNetwork: 'La connexion à Stripe a échoué. Vérifiez le réseau et réessayez.',
  errorTimeout: 'Stripe a mis trop de temps à répondre. Réessayez dans un instant.',
  errorUnauthenticated: 'Vous n’êtes pas connecté. Connectez-vous et réessayez.',
  errorForbidden: 'Vous n’avez pas l’autorisation de faire cela.',
  errorRequestFailed: 'Stripe n’a pas pu traiter cette demande.',
  errorInternal:
    'Un problème est survenu de notre côté. Réessayez, et contactez l’assistance s’il persiste.',

  statusLoading: 'Vérification de votre connexion Stripe…',
  statusConnected: 'Stripe est connecté',
  statusNotConnected: 'Stripe n’est pas connecté',
  statusNotConnectedBody:
    'Connectez une clé restreinte pour que Pelago Connect puisse encaisser des paiements et effectuer des remboursements sur votre compte Stripe.',
  statusMode: 'Mode',
  statusModeTest: 'Test',
  statusModeLive: 'Production',
  statusKeyName: 'Nom de la clé',
  statusKey: 'Clé',
  statusVerified: 'Vérifiée',
  statusPermissions: 'Autorisations',
  statusVerify: 'Vérifier de nouveau',
  statusReplace: 'Remplacer la clé',
  statusConnect: 'Connecter une clé',
  statusDisconnect: 'Déconnecter',
  statusDisconnecting: 'Déconnexion…',
  statusDisconnected: 'Stripe est déconnecté.',
  statusRetry: 'Réessayer',
  disconnectTitle: 'Déconnecter Stripe ?',
  disconnectBody:
    'Pelago Connect cessera d’encaisser des paiements et d’effectuer des remboursements sur votre compte Stripe jusqu’à ce que vous connectiez une nouvelle clé. La clé elle-même reste dans votre tableau de bord Stripe : supprimez-la si vous n’en avez plus besoin.',
  disconnectCancel: 'Annuler',

  alreadyHaveKey: 'J’ai déjà une clé',
};
