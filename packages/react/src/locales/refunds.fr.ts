import type { RefundMessages } from '../refunds/enRefunds';

/**
 * The French messages of `@pelago/connect-react/refunds`. Give them to the provider with the
 * main French catalogue.
 *
 * @example
 * import { fr, frRefunds } from '@pelago/connect-react/locales/fr';
 *
 * <PelagoConnectProvider endpoint="/api/pelago-connect" locale="fr" messages={{ ...fr, ...frRefunds }}>
 *   <RefundPanel chargeId={chargeId} />
 * </PelagoConnectProvider>
 */
export const frRefunds: RefundMessages = {
  chargeListLabel: 'Paiements',
  chargeSearchLabel: 'Trouver un paiement',
  chargeSearchHint: 'Un identifiant de paiement (ch_…) ou une référence de commande.',
  chargeSearchButton: 'Rechercher',
  chargeListLoading: 'Chargement des paiements…',
  chargeListEmpty: 'Aucun paiement pour l’instant',
  chargeListEmptyBody: 'Les paiements apparaissent ici dès que des participants ont payé.',
  chargeListNoMatch: 'Aucun paiement ne correspond à « {query} »',
  chargeListNoMatchBody:
    'Vérifiez l’identifiant du paiement ou la référence de commande, ou effacez la recherche.',
  chargeListPage: 'Page {page}',
  chargeListPrevious: 'Page précédente',
  chargeListNext: 'Page suivante',
  chargeListResults: 'Paiements : {count} affichés, page {page}.',
  columnDate: 'Date',
  columnDescription: 'Description',
  columnCustomer: 'Client',
  columnAmount: 'Montant',
  columnRefunded: 'Remboursé',
  columnStatus: 'État',
  chargeNoDescription: 'Paiement {id}',
  noCustomer: 'Pas d’e-mail',

  chargeSucceeded: 'Réussi',
  chargeRefunded: 'Remboursé',
  chargePartiallyRefunded: 'Remboursé en partie',
  chargePending: 'En attente',
  chargeFailed: 'Échoué',
  chargeDisputed: 'Contesté',
  chargeUncaptured: 'Non capturé',

  panelLoading: 'Chargement du paiement…',
  panelTitle: 'Paiement de {amount}',
  panelClose: 'Fermer',
  panelRetry: 'Réessayer',
  detailAmount: 'Montant',
  detailDate: 'Date',
  detailCard: 'Carte',
  detailDescription: 'Description',
  detailCustomer: 'Client',
  detailRefunded: 'Déjà remboursé',
  detailLeft: 'Reste à rembourser',
  cardNumber: '{brand} •••• {last4}',
  cardUnknown: 'le moyen de paiement d’origine',

  notRefundableTitle: 'Ce paiement ne peut pas être remboursé',
  notRefundableDisputed:
    'Le client a contesté ce paiement : il ne peut donc pas être remboursé ici. Répondez à la contestation dans le tableau de bord Stripe : l’accepter rend son argent au client.',
  notRefundableUncaptured:
    'Ce paiement a été autorisé mais jamais capturé : aucun argent n’a été prélevé, il n’y a rien à rembourser. Libérez plutôt l’autorisation dans le tableau de bord Stripe.',
  notRefundableRefunded: 'Ce paiement a été remboursé en totalité : il ne reste rien à rembourser.',
  notRefundableFailed:
    'Ce paiement a échoué : aucun argent n’a été prélevé, il n’y a rien à rembourser.',

  refundFormTitle: 'Rembourser ce paiement',
  refundKindLabel: 'Montant à rembourser',
  refundFull: 'Remboursement total, {amount}',
  refundPartial: 'Remboursement partiel',
  amountLabel: 'Montant',
  amountHint: 'En {currency}, au plus {remaining}.',
  reasonLabel: 'Motif',
  reasonChoose: 'Choisissez un motif',
  reasonDuplicate: 'Paiement en double',
  reasonFraudulent: 'Frauduleux',
  reasonRequestedByCustomer: 'Demandé par le client',
  reasonOther: 'Autre',
  reasonExpiredUncapturedCharge: 'Autorisation expirée',
  noteLabel: 'Note',
  noteHint: 'Pourquoi vous remboursez. Elle est conservée avec le remboursement dans Stripe.',
  reviewRefund: 'Vérifier le remboursement',

  amountMissing: 'Saisissez le montant à rembourser, au plus {remaining}.',
  amountMalformed:
    'Saisissez le montant en chiffres, par exemple {example}. Au plus {remaining} peut être remboursé.',
  amountZero: 'Saisissez un montant supérieur à zéro, au plus {remaining}.',
  amountTooLarge:
    'C’est plus que ce qui reste à rembourser : au plus {remaining} peut être remboursé. Saisissez {remaining} ou moins.',
  reasonMissing: 'Choisissez pourquoi vous remboursez ce paiement.',
  noteMissing: 'Dites en quelques mots pourquoi vous remboursez.',
  noteTooLong: 'La note ne doit pas dépasser {max} caractères.',

  confirmTitle: 'Confirmer le remboursement',
  confirmSummary:
    'Rembourser {amount} sur {total} sur {card} — un remboursement met 5 à 10 jours ouvrés à parvenir au client.',
  confirmReason: 'Motif : {reason}',
  confirmLeftAfter: 'Après ce remboursement, il restera {left} à rembourser.',
  confirmRefund: 'Confirmer le remboursement',
  confirmBack: 'Retour',
  refunding: 'Remboursement…',
  refundingAnnouncement: 'Envoi du remboursement de {amount}…',
  retryRefund: 'Réessayer',

  resultSucceeded: 'Remboursement de {amount} effectué',
  resultPending: 'Remboursement de {amount} en attente',
  resultOther: 'Remboursement de {amount} envoyé',
  resultBody: 'Il met 5 à 10 jours ouvrés à parvenir au client. Il reste {left} à rembourser.',
  resultNothingLeft:
    'Il met 5 à 10 jours ouvrés à parvenir au client. Le paiement est maintenant remboursé en totalité.',
  resultAnnouncement: 'Remboursement de {amount} effectué. Il reste {left} à rembourser.',
  resultAnnouncementFull:
    'Remboursement de {amount} effectué. Le paiement est maintenant remboursé en totalité.',
  refundAgain: 'Faire un autre remboursement',

  historyTitle: 'Remboursements',
  historyEmpty: 'Aucun remboursement pour l’instant.',
  historyItem: '{amount} le {date}',
  refundSucceeded: 'Remboursé',
  refundPending: 'Remboursement en attente',
  refundFailed: 'Remboursement échoué',
  refundCanceled: 'Remboursement annulé',
  refundRequiresAction: 'Action requise',
  refundUnknown: 'État inconnu',
  pendingProcessing: 'Stripe le traite.',
  pendingInsufficientFunds:
    'En attente d’un solde Stripe suffisant : ajoutez des fonds ou attendez de nouveaux paiements.',
  pendingChargePending: 'En attente de la finalisation du paiement lui-même.',
  pendingUnknown: 'Stripe ne l’a pas encore terminé.',
  failedLostOrStolenCard: 'La carte a été déclarée perdue ou volée.',
  failedExpiredOrCanceledCard: 'La carte a expiré ou a été annulée.',
  failedChargeDisputed:
    'Le client a contesté le paiement pendant que le remboursement était en attente.',
  failedInsufficientFunds: 'Votre solde Stripe ne permettait pas de le couvrir.',
  failedDeclined: 'La banque du client l’a refusé.',
  failedMerchantRequest: 'Il a été annulé à votre demande.',
  failedUnknown: 'Stripe n’a pas précisé pourquoi.',
  failedMoneyBack:
    'L’argent est revenu sur votre solde Stripe : remboursez le client par un autre moyen.',
  requiresActionBody:
    'Stripe a besoin d’informations supplémentaires : ouvrez ce remboursement dans le tableau de bord Stripe.',
  unknownStatusBody: 'Vérifiez ce remboursement dans le tableau de bord Stripe.',

  leftToRefund: 'Il reste {left} à rembourser.',

  refundErrorOverRefund:
    'Stripe a refusé : c’est plus que ce qui reste sur ce paiement. Rien n’a été remboursé. Saisissez {left} ou moins.',
  refundErrorNotRefundable:
    'Stripe ne peut pas rembourser ce paiement : rien n’a été remboursé. Ouvrez-le dans le tableau de bord Stripe pour savoir pourquoi.',
  refundErrorInProgress:
    'Ce remboursement est encore en cours de traitement. Attendez quelques secondes et réessayez : il ne sera pas remboursé deux fois.',
  refundErrorNetwork:
    'Le serveur est injoignable : impossible de savoir si le remboursement a été fait. Réessayez : il ne sera pas remboursé deux fois.',
  refundErrorTimeout:
    'Stripe a mis trop de temps à répondre : impossible de savoir si le remboursement a été fait. Réessayez : il ne sera pas remboursé deux fois.',
  refundErrorRateLimited:
    'Trop de requêtes vers Stripe en ce moment. Attendez une minute et réessayez : il ne sera pas remboursé deux fois.',
  refundErrorStripeUnavailable:
    'Stripe ne répond pas correctement en ce moment. Réessayez dans un instant : il ne sera pas remboursé deux fois.',
  refundErrorForbidden:
    'Votre compte peut voir les paiements mais pas les rembourser. Demandez à un administrateur de faire ce remboursement.',
  refundErrorUnauthenticated:
    'Votre session a expiré. Reconnectez-vous, puis faites le remboursement.',
  refundErrorKeyProblem:
    'La clé Stripe utilisée par Pelago Connect ne fonctionne plus : rien n’a été remboursé. Connectez une nouvelle clé restreinte avec l’accès en écriture aux remboursements, puis réessayez.',
  refundErrorPermissionMissing:
    'La clé Stripe connectée ne peut pas faire de remboursements : rien n’a été remboursé. Dans le tableau de bord Stripe, réglez Refunds sur Write pour la clé restreinte, puis réessayez.',
  refundErrorNotConnected:
    'Aucune clé Stripe n’est connectée : rien n’a été remboursé. Connectez d’abord votre compte Stripe.',
  refundErrorNotFound:
    'Ce paiement est introuvable dans le compte Stripe connecté. Il appartient peut-être à un autre compte ou à un autre mode.',
  refundErrorConflict:
    'Ce remboursement a déjà été envoyé avec d’autres détails. Fermez le paiement, rouvrez-le et recommencez.',
  refundErrorReasonInvalid: 'Stripe n’a pas accepté ce motif. Choisissez-en un autre et réessayez.',
  refundErrorAmountInvalid: 'Stripe n’a pas accepté ce montant. Vérifiez-le et réessayez.',
  refundErrorRefundFailed:
    'Un problème est survenu avant la confirmation du remboursement. Réessayez dans un instant : s’il a bien été fait, il ne sera pas remboursé deux fois.',
  refundErrorLoadNetwork: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
  refundErrorLoadFailed: 'Les informations du paiement n’ont pas pu être chargées. Réessayez.',
};
