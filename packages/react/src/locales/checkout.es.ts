import type { CheckoutMessages } from '../checkout/enCheckout';

/**
 * The Spanish messages of `@pelago/connect-react/checkout`. Give them to the provider with the
 * main Spanish catalogue.
 *
 * @example
 * import { es, esCheckout } from '@pelago/connect-react/locales/es';
 *
 * <PelagoConnectProvider endpoint="/api/pelago" locale="es" messages={{ ...es, ...esCheckout }}>
 *   <ChargeForm amount={2500} currency="eur" description="Entrada" />
 * </PelagoConnectProvider>
 */
export const esCheckout: CheckoutMessages = {
  formLabel: 'Pago',
  amountDue: 'Importe a pagar: {amount}',
  cardLabel: 'Datos de la tarjeta',
  cardLoading: 'Cargando el formulario seguro de tarjeta…',
  payButton: 'Pagar {amount}',
  paying: 'Pagando {amount}…',
  payingAnnouncement: 'Enviando tu pago de {amount}. Espera un momento.',
  securedBy: 'Los datos de tu tarjeta van directamente a Stripe: este sitio nunca los ve.',

  checkingPayments: 'Preparando el formulario de pago…',
  unavailableTitle: 'Los pagos no están disponibles ahora mismo',
  unavailableBody:
    'Este sitio no puede aceptar pagos con tarjeta en este momento, así que no se ha cobrado nada. Vuelve a intentarlo más tarde o ponte en contacto con el organizador.',
  unavailableCheckFailed:
    'No hemos podido conectar con este sitio para preparar el pago. Revisa tu conexión y vuelve a intentarlo.',
  loadFailedTitle: 'No se ha podido cargar el formulario seguro de tarjeta',
  loadFailedBody:
    'Puede que un bloqueador de anuncios o un filtro de red esté bloqueando Stripe (js.stripe.com), el servicio que protege los datos de tu tarjeta. Permite js.stripe.com o cambia de red y vuelve a intentarlo.',
  loadFailedReloadPage:
    'Puede que un bloqueador de anuncios o un filtro de red esté bloqueando Stripe (js.stripe.com), el servicio que protege los datos de tu tarjeta. Permite js.stripe.com o cambia de red y vuelve a cargar la página para intentarlo de nuevo.',
  tryAgain: 'Volver a intentarlo',

  cardErrorIncompleteNumber: 'Faltan dígitos en el número de tarjeta.',
  cardErrorInvalidNumber: 'Este número de tarjeta no es válido. Compáralo con el de tu tarjeta.',
  cardErrorIncompleteExpiry: 'La fecha de caducidad está incompleta.',
  cardErrorInvalidExpiryMonth: 'El mes de caducidad no es válido.',
  cardErrorInvalidExpiryYear: 'El año de caducidad no es válido.',
  cardErrorExpiryPast: 'Esta fecha de caducidad ya ha pasado. Revísala o usa otra tarjeta.',
  cardErrorIncompleteCvc: 'El código de seguridad (CVC) está incompleto.',
  cardErrorInvalidCvc: 'El código de seguridad (CVC) no es válido.',
  cardErrorIncompleteZip: 'El código postal está incompleto.',

  failedTitle: 'El pago no se ha completado',
  retryTitle: 'No hemos podido confirmar tu pago',
  declinedGeneric:
    'Tu banco ha rechazado la tarjeta. No se te ha cobrado nada. Prueba con otra tarjeta o ponte en contacto con tu banco.',
  declinedInsufficientFunds:
    'Tu tarjeta ha sido rechazada: no tiene fondos suficientes. No se te ha cobrado nada. Prueba con otra tarjeta.',
  declinedExpiredCard:
    'Tu tarjeta ha caducado. No se te ha cobrado nada. Revisa la fecha de caducidad o usa otra tarjeta.',
  declinedIncorrectCvc:
    'El código de seguridad (CVC) no es correcto. No se te ha cobrado nada. Revisa los tres o cuatro dígitos de la tarjeta y vuelve a pagar.',
  declinedProcessingError:
    'Tu banco no ha podido procesar la tarjeta en este momento. No se te ha cobrado nada. Vuelve a pagar dentro de un momento o usa otra tarjeta.',
  authenticationRequired:
    'Tu banco pide confirmar este pago con una comprobación adicional (como un código enviado a tu móvil), que este formulario no puede hacer. No se te ha cobrado nada. Prueba con otra tarjeta.',
  cardCheckFailed:
    'No hemos podido conectar con Stripe para comprobar tu tarjeta. No se te ha cobrado nada. Revisa tu conexión y vuelve a intentarlo.',
  retryNetwork:
    'Se perdió la conexión antes de confirmar tu pago, así que aún no sabemos si se completó. Vuelve a intentarlo: no se te cobrará nada más.',
  retryTimeout:
    'La confirmación de tu pago está tardando más de lo normal. Vuelve a intentarlo: no se te cobrará nada más.',
  retryInProgress:
    'Tu pago todavía se está procesando. Espera unos segundos y vuelve a intentarlo: no se te cobrará nada más.',
  retryBusy:
    'El servicio de pago está saturado y no hemos podido confirmar tu pago. Espera un momento y vuelve a intentarlo: no se te cobrará nada más.',
  retryUnknown:
    'Algo ha fallado antes de confirmar tu pago. Vuelve a intentarlo: no se te cobrará nada más.',
  retryResumed:
    'No pudimos confirmar tu último pago antes de que se recargara la página, así que aún no sabemos si se completó. Vuelve a intentarlo: no se te cobrará nada más.',
  misconfigured:
    'Este formulario de pago no está bien configurado, así que no se ha podido hacer el pago. No se te ha cobrado nada. Ponte en contacto con el organizador.',
  amountInvalid:
    'Este formulario de pago no tiene un importe válido, así que no puede aceptar pagos. Ponte en contacto con el organizador.',

  paidTitle: 'Pago recibido',
  paidSummary: 'Has pagado {amount} con {card}.',
  paidReceipt: 'Referencia del recibo: {reference}',
  paidEmail: 'Te enviaremos un recibo a {email}.',
  paidCard: '{brand}\u00a0••••\u00a0{last4}',
  paidCardUnknown: 'tu tarjeta',
};
