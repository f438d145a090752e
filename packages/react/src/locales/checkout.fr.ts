import type { CheckoutMessages } from '../checkout/enCheckout';

/**
 * The French messages of `@pelago/connect-react/checkout`. Give them to the provider with the
 * main French catalogue.
 *
 * @example
 * import { fr, frCheckout } from '@pelago/connect-react/locales/fr';
 *
 * <PelagoConnectProvider endpoint="/api/pelago" locale="fr" messages={{ ...fr, ...frCheckout }}>
 *   <ChargeForm amount={2500} currency="eur" description="Billet" />
 * </PelagoConnectProvider>
 */
export const frCheckout: CheckoutMessages = {
  formLabel: 'Paiement',
  amountDue: 'Montant à payer : {amount}',
  cardLabel: 'Coordonnées de la carte',
  cardLoading: 'Chargement du formulaire de carte sécurisé…',
  payButton: 'Payer {amount}',
  paying: 'Paiement de {amount}…',
  payingAnnouncement: 'Envoi de votre paiement de {amount}. Veuillez patienter.',
  securedBy: 'Les données de votre carte vont directement à Stripe : ce site ne les voit jamais.',

  checkingPayments: 'Préparation du formulaire de paiement…',
  unavailableTitle: 'Le paiement n’est pas disponible pour le moment',
  unavailableBody:
    'Ce site ne peut pas accepter de paiement par carte en ce moment ; rien n’a été débité. Réessayez plus tard ou contactez l’organisateur.',
  unavailableCheckFailed:
    'Impossible de joindre ce site pour préparer le paiement. Vérifiez votre connexion, puis réessayez.',
  loadFailedTitle: 'Le formulaire de carte sécurisé n’a pas pu se charger',
  loadFailedBody:
    'Un bloqueur de publicité ou un filtre réseau empêche peut-être Stripe (js.stripe.com) de se charger ; c’est lui qui protège les données de votre carte. Autorisez js.stripe.com ou changez de réseau, puis réessayez.',
  loadFailedReloadPage:
    'Un bloqueur de publicité ou un filtre réseau empêche peut-être Stripe (js.stripe.com) de se charger ; c’est lui qui protège les données de votre carte. Autorisez js.stripe.com ou changez de réseau, puis rechargez la page pour réessayer.',
  tryAgain: 'Réessayer',

  cardErrorIncompleteNumber: 'Il manque des chiffres au numéro de carte.',
  cardErrorInvalidNumber:
    'Ce numéro de carte n’est pas valable. Comparez-le à celui de votre carte.',
  cardErrorIncompleteExpiry: 'La date d’expiration est incomplète.',
  cardErrorInvalidExpiryMonth: 'Le mois d’expiration n’est pas valable.',
  cardErrorInvalidExpiryYear: 'L’année d’expiration n’est pas valable.',
  cardErrorExpiryPast:
    'Cette date d’expiration est dépassée. Vérifiez-la ou utilisez une autre carte.',
  cardErrorIncompleteCvc: 'Le code de sécurité (CVC) est incomplet.',
  cardErrorInvalidCvc: 'Le code de sécurité (CVC) n’est pas valable.',
  cardErrorIncompleteZip: 'Le code postal est incomplet.',

  failedTitle: 'Le paiement n’a pas abouti',
  retryTitle: 'Nous n’avons pas pu confirmer votre paiement',
  declinedGeneric:
    'Votre banque a refusé la carte. Vous n’avez pas été débité. Essayez une autre carte ou contactez votre banque.',
  declinedInsufficientFunds:
    'Votre carte a été refusée : le solde est insuffisant. Vous n’avez pas été débité. Essayez une autre carte.',
  declinedExpiredCard:
    'Votre carte a expiré. Vous n’avez pas été débité. Vérifiez la date d’expiration ou utilisez une autre carte.',
  declinedIncorrectCvc:
    'Le code de sécurité (CVC) est incorrect. Vous n’avez pas été débité. Vérifiez les trois ou quatre chiffres au dos de la carte et payez à nouveau.',
  declinedProcessingError:
    'Votre banque n’a pas pu traiter la carte pour l’instant. Vous n’avez pas été débité. Payez à nouveau dans un moment ou utilisez une autre carte.',
  authenticationRequired:
    'Votre banque demande de confirmer ce paiement par une vérification supplémentaire (un code envoyé sur votre téléphone, par exemple), que ce formulaire ne sait pas faire. Vous n’avez pas été débité. Essayez une autre carte.',
  cardCheckFailed:
    'Impossible de joindre Stripe pour vérifier votre carte. Vous n’avez pas été débité. Vérifiez votre connexion, puis réessayez.',
  retryNetwork:
    'La connexion a été perdue avant la confirmation de votre paiement : nous ne savons pas encore s’il a abouti. Réessayez : rien de plus ne sera débité.',
  retryTimeout:
    'La confirmation de votre paiement prend plus de temps que d’habitude. Réessayez : rien de plus ne sera débité.',
  retryInProgress:
    'Votre paiement est encore en cours de traitement. Attendez quelques secondes, puis réessayez : rien de plus ne sera débité.',
  retryBusy:
    'Le service de paiement est surchargé : nous n’avons pas pu confirmer votre paiement. Patientez un instant, puis réessayez : rien de plus ne sera débité.',
  retryUnknown:
    'Un problème est survenu avant la confirmation de votre paiement. Réessayez : rien de plus ne sera débité.',
  retryResumed:
    'Nous n’avons pas pu confirmer votre dernier paiement avant le rechargement de la page : nous ne savons pas encore s’il a abouti. Réessayez : rien de plus ne sera débité.',
  misconfigured:
    'Ce formulaire de paiement est mal configuré, le paiement n’a donc pas pu être effectué. Vous n’avez pas été débité. Contactez l’organisateur.',
  amountInvalid:
    'Ce formulaire de paiement n’indique pas de montant valable, il ne peut donc pas encaisser de paiement. Contactez l’organisateur.',

  paidTitle: 'Paiement reçu',
  paidSummary: '{amount} payés avec {card}.',
  paidReceipt: 'Référence du reçu : {reference}',
  paidEmail: 'Un reçu va être envoyé à {email}.',
  paidCard: '{brand}\u00a0••••\u00a0{last4}',
  paidCardUnknown: 'votre carte',
};
