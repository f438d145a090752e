import type { Messages } from '../i18n/en';

/**
 * The French messages, a complete catalogue for the provider's `messages`. A separate entry
 * point keeps it out of the bundles of apps that do not use it.
 *
 * @example
 * import { fr } from '@pelago/connect-react/locales/fr';
 *
 * <PelagoConnectProvider endpoint="/api/pelago" locale="fr" messages={fr}>
 *   <ConnectOnboarding companyName="Acme Manufacturing Company" />
 * </PelagoConnectProvider>
 */
export const fr: Messages = {
  guideTitle: 'Créer une clé Stripe pour Pelago Connect',
  guideIntro:
    'Pelago Connect est le service de paiement derrière les inscriptions aux événements de ce site. Suivez ces étapes dans votre Dashboard Stripe pour créer une clé qui lui permet d’encaisser les inscriptions et d’effectuer des remboursements sur votre compte Stripe, et rien d’autre.',
  guideTitleFix: 'Donner à votre clé Stripe les autorisations nécessaires',
  guideIntroFix:
    'Il manque une autorisation à votre clé pour Pelago Connect. Modifiez-la dans votre Dashboard Stripe : la clé reste la même, il n’y a rien à copier ni à recoller.',
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
  finishFixed: 'J’ai mis à jour les autorisations',
  exit: 'Quitter le guide',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',

  stepOpenApiKeysTitle: 'Ouvrir vos clés API',
  stepOpenApiKeysAdmin:
    'Il faut le rôle Administrateur sur le compte Stripe pour créer ou modifier des clés. Si vous avez un autre rôle, demandez à un administrateur de suivre ces étapes.',
  stepOpenApiKeysBody:
    'Connectez-vous au Dashboard Stripe. Dans le menu de gauche, ouvrez Développeurs, vers le bas (sur certains comptes, dans Paramètres), puis choisissez Clés API.',
  stepOpenApiKeysTestNote:
    'Vous êtes en mode test : le lien ci-dessous ouvre la partie test de votre compte, où aucun argent réel ne circule.',
  stepOpenApiKeysLiveNote:
    'Vous êtes en mode production : le lien ci-dessous ouvre votre compte réel, où les paiements sont bien réels. Vérifiez que Stripe n’affiche pas les données de test.',
  stepOpenApiKeysLink: 'Ouvrir les clés API dans Stripe',

  stepCreateRestrictedKeyTitle: 'Créer une clé restreinte',
  stepCreateRestrictedKeyBody:
    'Sous Clés restreintes, appuyez sur Créer une clé restreinte. Une clé restreinte ne peut faire que ce que vous autorisez : ici, encaisser des paiements et rembourser.',
  stepCreateRestrictedKeyShortcut:
    'Raccourci : ce lien ouvre le formulaire avec le nom et les deux autorisations déjà remplis. Vérifiez-les avec les étapes suivantes avant de créer la clé.',
  stepCreateRestrictedKeyLink: 'Ouvrir un formulaire de clé restreinte prérempli',
  stepCreateRestrictedKeyManual:
    'Si le formulaire s’ouvre vide, pas de souci : les étapes suivantes montrent chaque champ à remplir à la main.',

  stepChooseUsageTitle: 'Dire qui utilisera la clé',
  stepChooseUsageBody:
    'Stripe demande comment vous allez utiliser cette clé API. Choisissez « Fournir cette clé à un autre site Web », puis appuyez sur Continuer.',
  stepChooseUsageOlder:
    'Stripe ne pose pas la question et affiche tout de suite un formulaire avec un nom et une liste d’autorisations ? Votre compte a l’ancien formulaire : passez à l’étape suivante.',

  stepNameKeyTitle: 'Nommer votre clé',
  stepNameKeyBody:
    'Saisissez un nom formé du nom de votre entreprise suivi de _Pelago, pour reconnaître la clé plus tard parmi vos autres clés.',
  stepNameKeyExample: 'Par exemple, Acme Manufacturing Company utiliserait Acme_Pelago.',
  stepNameKeyUrl: 'Si Stripe demande l’adresse du site Web, saisissez {url}.',
  stepNameKeyUrlUnknown: 'Si Stripe demande l’adresse du site Web, saisissez l’adresse de ce site.',
  stepNameKeyCustomize:
    'Choisissez ensuite « Personnaliser les autorisations de cette clé », et non le choix qui donne toutes les autorisations, puis appuyez sur Continuer.',
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
    'Dans la liste des autorisations, réglez Paiements sur Écriture et Remboursements sur Écriture. Elles permettent de verser l’argent des inscriptions sur votre compte et de rembourser des commandes. Laissez toutes les autres autorisations sur Aucune.',
  stepSetPermissionsFixBody:
    'Réglez Paiements sur Écriture et Remboursements sur Écriture, sans toucher aux autres autorisations. Enregistrez ensuite vos modifications avec le bouton en bas de la page.',

  stepCreateKeyTitle: 'Créer la clé',
  stepCreateKeyBody:
    'Vérifiez que seuls Paiements et Remboursements sont sur Écriture, puis appuyez sur Créer une clé en bas de la page.',

  stepRevealKeyTitle: 'Copier la clé tout de suite',
  stepRevealKeyBody:
    'Stripe affiche votre nouvelle clé, qui commence par {prefix}. Appuyez sur le bouton de copie à côté avant d’appuyer sur Terminé.',
  stepRevealKeyLiveNote:
    'Une clé de production n’est affichée qu’une seule fois. Si vous fermez la fenêtre sans la copier, il faudra créer une autre clé.',
  stepRevealKeyTestNote:
    'Une clé de test peut être affichée de nouveau plus tard sur la page des clés API, mais la copier maintenant vous évite d’y retourner.',
  stepRevealKeyOlder:
    'Stripe vous a ramené à la page des clés API ? Trouvez {name} sous Clés restreintes, appuyez sur Révéler le token de la clé à côté et copiez la clé en entier.',
  stepRevealKeyYourKey: 'votre nouvelle clé',

  stepEditKeyTitle: 'Trouver votre clé et la modifier',
  stepEditKeyBody:
    'Sous Clés restreintes, trouvez {name}. Ouvrez le menu (•••) au bout de sa ligne et choisissez Modifier la clé.',
  stepEditKeySameKey:
    'Vous modifiez la clé que vous avez déjà : elle garde la même valeur, il n’y a donc rien à copier ni à recoller.',
  stepEditKeyYourKey: 'la clé créée pour Pelago',

  stepPublishableKeyTitle: 'Copier votre clé publiable',
  stepPublishableKeyBody:
    'De retour sur Clés API, sous Clés standard, copiez aussi la Clé publiable. Elle commence par {prefix} ; les participants en ont besoin pour payer.',
  stepPublishableKeySafe:
    'Elle est publique : sans risque à partager. Les modes test et production ont chacun la leur.',

  stepHandOverTitle: 'Connecter votre clé',
  stepHandOverBody:
    'Appuyez sur « {finish} » et collez la clé dans le formulaire sécurisé qui suit. Elle est vérifiée aussitôt auprès de Stripe.',
  stepHandOverFixTitle: 'Vérifier votre clé de nouveau',
  stepHandOverFixBody:
    'Votre clé n’a pas changé, il n’y a rien à coller. Appuyez sur « {finish} » pour la vérifier de nouveau avec ses nouvelles autorisations.',

  keepSafeTitle: 'Gardez cette clé en lieu sûr',
  keepSafeBody:
    'Toute personne qui détient cette clé peut encaisser et rembourser sur votre compte Stripe. Ne l’envoyez jamais par e-mail, par messagerie ou dans un ticket d’assistance. Si elle est divulguée, supprimez-la dans le Dashboard Stripe et créez-en une nouvelle.',

  zoomOpen: 'Agrandir l’image',
  zoomClose: 'Fermer',
  zoomDialogLabel: 'Image agrandie : {alt}',
  illustrationLoading: 'Chargement de l’image',
  illoSearch: 'Rechercher',
  illoHome: 'Accueil',
  illoBalances: 'Soldes',
  illoTransactions: 'Transactions',
  illoCustomers: 'Clients',
  illoProductCatalog: 'Catalogue de produits',
  illoDevelopers: 'Développeurs',
  illoApiKeys: 'Clés API',
  illoStandardKeys: 'Clés standard',
  illoPublishableKey: 'Clé publiable',
  illoSecretKey: 'Clé secrète',
  illoRestrictedKeys: 'Clés restreintes',
  illoCreateRestrictedKey: 'Créer une clé restreinte',
  illoHowUse: 'Comment allez-vous utiliser cette clé API\u00a0?',
  illoAnotherWebsite: 'Fournir cette clé à un autre site Web',
  illoContinue: 'Continuer',
  illoKeyName: 'Nom',
  illoWebsiteUrl: 'URL',
  illoCustomize: 'Personnaliser les autorisations de cette clé',
  illoPermissions: 'Autorisations',
  illoCharges: 'Paiements',
  illoRefunds: 'Remboursements',
  illoNone: 'Aucune',
  illoRead: 'Lecture',
  illoWrite: 'Écriture',
  illoCreateKey: 'Créer une clé',
  illoCancel: 'Annuler',
  illoCopy: 'Copier',
  illoDone: 'Terminé',
  illoEditKey: 'Modifier la clé',
  altOpenApiKeys:
    'Le Dashboard Stripe, Développeurs ouvert vers le bas du menu, avec Clés API dedans.',
  altCreateRestrictedKey:
    'La page des clés API : clés standard, puis clés restreintes avec le bouton Créer une clé restreinte.',
  altChooseUsage:
    'Stripe demande l’usage de la clé ; « Fournir cette clé à un autre site Web » est choisi.',
  altNameKey:
    'Les champs du nom et du site Web, avec « Personnaliser les autorisations de cette clé » choisi.',
  altSetPermissions:
    'La liste des autorisations : Paiements et Remboursements sur Écriture, le reste sur Aucune.',
  altCreateKey: 'Le bas de la page des autorisations avec le bouton Créer une clé.',
  altRevealKey: 'La fenêtre qui affiche la nouvelle clé, avec Copier et Terminé.',
  altEditKey: 'La liste des clés restreintes, le menu de la clé ouvert sur Modifier la clé.',
  altPublishableKey: 'La page des clés API, avec la ligne Clé publiable sous Clés standard.',
  noteOpenDevelopers: 'Ouvrez Développeurs, vers le bas du menu.',
  noteChooseApiKeys: 'Choisissez Clés API.',
  notePressCreateRestricted: 'Appuyez sur Créer une clé restreinte.',
  noteChooseAnotherWebsite: 'Choisissez « Fournir cette clé à un autre site Web ».',
  notePressContinue: 'Appuyez sur Continuer.',
  noteTypeName: 'Saisissez ici le nom de la clé.',
  noteTypeUrl: 'Saisissez l’adresse du site Web.',
  noteChooseCustomize: 'Choisissez « Personnaliser les autorisations de cette clé ».',
  noteChargesWrite: 'Paiements : choisissez Écriture.',
  noteRefundsWrite: 'Remboursements : choisissez Écriture.',
  notePressCreateKey: 'Appuyez sur Créer une clé.',
  noteCopyKey: 'Copiez toute la clé maintenant.',
  notePressDone: 'N’appuyez sur Terminé qu’après la copie.',
  noteFindKey: 'Trouvez votre clé par son nom.',
  noteChooseEditKey: 'Ouvrez le menu (•••) et choisissez Modifier la clé.',
  noteCopyPublishableKey: 'Copiez la clé publiable.',
  keyFormTitle: 'Collez votre clé restreinte',
  keyInputLabel: 'Clé restreinte',
  keyInputHint:
    'Elle commence par {prefix}. Ce site la vérifie aussitôt auprès de Stripe et ne l’affiche plus jamais.',
  keyShow: 'Afficher la clé',
  keyHide: 'Masquer la clé',
  keyNameLabel: 'Nom de la clé (facultatif)',
  keyNameHint: 'Le nom de la clé dans votre tableau de bord Stripe, pour la reconnaître plus tard.',
  pkInputLabel: 'Clé publiable',
  pkInputHint:
    'Dans Clés API, sous Clés standard ; elle commence par {prefix}. Publique, elle sert aux participants pour payer.',
  pkInputHintOptional: 'Vous pouvez aussi l’ajouter plus tard.',
  keySubmit: 'Vérifier et connecter',
  keySubmitting: 'Vérification…',
  keyChecking: 'Vérification de votre clé auprès de Stripe…',
  keyVerified: 'Clé vérifiée. Stripe est connecté.',
  checklistLabel: 'Ce que Stripe a confirmé',
  permissionCharges: 'Paiements',
  permissionRefunds: 'Remboursements',
  permissionWrite: '{permission} : accès en écriture',
  permissionMissing: '{permission} : manquant',
  permissionUnknown: '{permission} : vérification impossible',
  showPermissionsStep: 'Me montrer comment régler les autorisations',
  keyRetry: 'Réessayer',
  keyCheckAgain: 'J’ai modifié les autorisations — vérifier à nouveau',
  keyPasteOther: 'Coller une autre clé',
  keyKept: 'Votre clé reste sur cette page quelques minutes : inutile de la coller à nouveau.',
  keyForgotten: 'Par sécurité, la clé a été effacée après quelques minutes. Collez-la à nouveau.',
  keyEmptyTitle: 'Aucune clé collée',
  helpLink: 'Obtenir de l’aide',
  signInLink: 'Se reconnecter',
  errorTitleKeyUnusable: 'Cette clé ne convient pas',
  errorTitleKeyUnknown: 'Stripe ne connaît pas cette clé',
  errorTitleKeyExpired: 'Cette clé a expiré',
  errorTitlePermission: 'Il manque une autorisation',
  errorTitleStripeBusy: 'Stripe est occupé en ce moment',
  errorTitleNetwork: 'La connexion a été coupée',
  errorTitleSignedOut: 'Vous êtes déconnecté',
  errorTitleNotAllowed: 'Action non autorisée ici',
  errorTitleSite: 'Ce site a rencontré un problème',

  keyPrefixEither: 'rk_live_ (ou rk_test_ en mode test)',
  keyCheckEmpty: 'Collez votre clé restreinte. Elle commence par {restricted}.',
  keyCheckSecretKey:
    'C’est une clé secrète (elle commence par {prefix}) : elle peut tout faire sur votre compte, elle n’a donc pas été envoyée. Collez plutôt une clé restreinte ; elle commence par {restricted}.',
  keyCheckPublishableKey:
    'C’est votre clé publiable (elle commence par {prefix}), qui ne permet pas d’encaisser. Collez plutôt votre clé restreinte, sur la même page ; elle commence par {restricted}.',
  keyCheckWebhookSecret:
    'C’est un secret de signature de webhook (il commence par whsec_), pas une clé API.',
  keyCheckEphemeralKey:
    'C’est une clé éphémère de courte durée (elle commence par ek_), pas votre clé API.',
  keyCheckAccountId:
    'C’est l’identifiant de votre compte Stripe (il commence par acct_), pas une clé.',
  keyCheckNotAKey: 'Cela ne ressemble pas à une clé Stripe.',
  keyCheckPasteInstead:
    'Collez plutôt votre clé restreinte, dans Développeurs → Clés API ; elle commence par {restricted}.',
  keyCheckHidden:
    'C’est la forme masquée de la clé, avec des points au milieu. Cliquez sur Afficher dans Stripe et copiez la clé entière ; elle commence par {restricted}.',
  keyCheckTooLong: 'C’est bien plus long qu’une clé Stripe. Collez uniquement la clé.',
  keyCheckTooShort:
    'Cette clé est trop courte : il en manque une partie. Copiez de nouveau la clé entière ; elle commence par {restricted}.',
  keyCheckPastedTwice:
    'La clé semble collée deux fois. Videz le champ et collez-la une seule fois.',
  keyCheckBadCharacters:
    'Cette clé contient des caractères qu’une clé Stripe n’a jamais. Copiez-la de nouveau avec le bouton de copie de Stripe ; elle commence par {restricted}.',
  keyCheckBadPrefix:
    'Le début de cette clé est abîmé : elle doit commencer par rk_live_ ou rk_test_, en minuscules. Copiez de nouveau la clé.',
  keyCheckLiveKeyInTestMode:
    'C’est une clé de production (elle commence par rk_live_), mais cette connexion est en mode test. Collez une clé restreinte créée en mode test ; elle commence par rk_test_.',
  keyCheckTestKeyInLiveMode:
    'C’est une clé de test (elle commence par rk_test_), mais cette connexion encaisse de vrais paiements. Collez une clé restreinte créée en mode production ; elle commence par rk_live_.',
  keyCheckNotText:
    'Collez votre clé restreinte sous forme de texte. Elle commence par rk_live_ (ou rk_test_ en mode test).',

  pkCheckEmpty: 'Collez aussi la clé publiable. Elle commence par {publishable}.',
  pkCheckSecretKey:
    'C’est une clé secrète (elle commence par {prefix}) : elle a été effacée, pas envoyée. Collez la clé publiable ; elle commence par {publishable}.',
  pkCheckRestrictedKey:
    'C’est votre clé restreinte (elle commence par {prefix}) : elle va dans le champ du dessus, elle a été effacée ici, pas envoyée. Collez la clé publiable ; elle commence par {publishable}.',
  pkCheckMalformed:
    'Ce n’est pas une clé publiable entière. Copiez-la de nouveau sous Clés standard ; elle commence par {publishable}.',
  pkCheckWrongMode:
    'Cette clé publiable est celle de l’autre mode (test ou production). Collez celle qui commence par {publishable}.',

  errorMalformed:
    'Cette clé est incomplète ou contient des caractères en trop. Copiez-la de nouveau depuis le tableau de bord Stripe et collez-la telle quelle.',
  errorWrongMode:
    'Cette clé appartient à l’autre mode Stripe (test ou production). Passez le tableau de bord Stripe dans le bon mode et copiez la clé depuis celui-ci.',
  errorKeyInvalid:
    'Stripe ne reconnaît pas cette clé. Elle a peut-être été supprimée ou mal copiée. Copiez de nouveau la clé ou créez une nouvelle clé restreinte.',
  errorKeyExpired:
    'Stripe indique que cette clé a expiré ou a été remplacée. Créez une nouvelle clé restreinte dans le tableau de bord Stripe et connectez-la.',
  errorPermissionMissing:
    'Il manque une autorisation à cette clé. Modifiez la clé dans le tableau de bord Stripe et donnez-lui l’accès en écriture à Paiements et Remboursements.',
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
  errorUnauthenticated:
    'Votre session sur ce site a pris fin. Reconnectez-vous dans un autre onglet, puis réessayez ici ; recharger la page fonctionne aussi.',
  errorForbidden: 'Vous n’avez pas l’autorisation de faire cela.',
  errorRequestFailed: 'Stripe n’a pas pu traiter cette demande.',
  errorInternal:
    'Ce site n’a pas pu terminer la demande. Réessayez dans un instant ; si cela continue, contactez l’assistance du site.',
  errorPublishableKeyInvalid:
    'Ce n’est pas une clé publiable. Copiez celle qui commence par pk_live_ (ou pk_test_) sous Clés standard.',
  errorPublishableKeyWrongMode:
    'Cette clé publiable est de l’autre mode (test ou production). Copiez celle du mode de votre clé restreinte.',
  errorPublishableKeyMismatch:
    'Cette clé publiable vient d’un autre compte Stripe. Collez celle du compte de votre clé restreinte.',
  errorTitlePublishableKey: 'Cette clé publiable ne peut pas être utilisée',

  statusLoading: 'Vérification de votre connexion Stripe…',
  statusConnected: 'Stripe est connecté',
  statusAttention: 'Stripe demande votre attention',
  statusAttentionPermission:
    'Les paiements ou remboursements échouent tant que l’autorisation manquante n’est pas réglée sur Écriture pour cette clé dans Stripe.',
  statusAttentionKey: 'Cette clé ne fonctionne plus. Connectez une nouvelle clé restreinte.',
  statusFix: 'Me montrer comment corriger',
  statusNotConnected: 'Stripe n’est pas connecté',
  statusNotConnectedBody:
    'Connectez une clé restreinte pour que ce site puisse encaisser des paiements et effectuer des remboursements sur votre compte Stripe.',
  statusMode: 'Mode',
  statusModeTest: 'Test',
  statusModeLive: 'Production',
  statusKeyName: 'Nom de la clé',
  statusKey: 'Clé',
  statusVerified: 'Vérifiée',
  statusPermissions: 'Autorisations',
  statusPublishableKey: 'Clé publiable',
  statusPublishableKeyNone: 'Pas encore ajoutée',
  statusPairingConfirmed: 'Du même compte que votre clé',
  statusPairingUnconfirmed: 'Nous la confirmerons au premier paiement',
  statusPairingMismatch: 'D’un autre compte Stripe',
  statusPayments: 'Paiements',
  statusPaymentsReady: 'Les participants peuvent payer',
  statusPaymentsUnconfirmed: 'Les participants peuvent payer (non confirmé)',
  statusPaymentsMissing: 'Pas prêt : ajoutez votre clé publiable',
  statusPaymentsMismatch: 'Pas prêt : remplacez la clé publiable',
  statusPaymentsNoCharges: 'Pas prêt : la clé ne peut pas créer de paiements',
  statusAddPublishableKey: 'Ajouter la clé publiable',
  statusReplacePublishableKey: 'Remplacer la clé publiable',
  pkSave: 'Enregistrer',
  pkSaving: 'Enregistrement…',
  pkSaved: 'Clé publiable enregistrée.',
  statusVerify: 'Vérifier de nouveau',
  statusReplace: 'Remplacer la clé',
  statusConnect: 'Connecter une clé',
  statusDisconnect: 'Déconnecter',
  statusDisconnecting: 'Déconnexion…',
  statusDisconnected: 'Stripe est déconnecté.',
  statusRetry: 'Réessayer',
  disconnectTitle: 'Déconnecter Stripe ?',
  disconnectBody:
    'Ce site cessera d’encaisser des paiements et d’effectuer des remboursements sur votre compte Stripe jusqu’à ce que vous connectiez une nouvelle clé. La clé elle-même reste dans votre tableau de bord Stripe : supprimez-la si vous n’en avez plus besoin.',
  disconnectCancel: 'Annuler',

  alreadyHaveKey: 'J’ai déjà une clé',
};

/** The payment form's French text: `messages={{ ...fr, ...frCheckout }}`. */
export { frCheckout } from './checkout.fr';

/** The refund panel's French text: `messages={{ ...fr, ...frRefunds }}`. */
export { frRefunds } from './refunds.fr';
