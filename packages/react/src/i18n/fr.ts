import type { Messages } from './en';

/** The French messages. */
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
};
