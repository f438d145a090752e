import type { RefundMessages } from '../refunds/enRefunds';

/**
 * The Spanish messages of `@pelago/connect-react/refunds`. Give them to the provider with the
 * main Spanish catalogue.
 *
 * @example
 * import { es, esRefunds } from '@pelago/connect-react/locales/es';
 *
 * <PelagoConnectProvider endpoint="/api/pelago-connect" locale="es" messages={{ ...es, ...esRefunds }}>
 *   <RefundPanel chargeId={chargeId} />
 * </PelagoConnectProvider>
 */
export const esRefunds: RefundMessages = {
  chargeListLabel: 'Pagos',
  chargeSearchLabel: 'Buscar un pago',
  chargeSearchHint: 'Un identificador de pago (ch_…) o una referencia de pedido.',
  chargeSearchButton: 'Buscar',
  chargeListLoading: 'Cargando los pagos…',
  chargeListEmpty: 'Todavía no hay pagos',
  chargeListEmptyBody: 'Los pagos aparecen aquí en cuanto los asistentes han pagado.',
  chargeListNoMatch: 'Ningún pago coincide con «{query}»',
  chargeListNoMatchBody:
    'Revise el identificador del pago o la referencia del pedido, o borre la búsqueda.',
  chargeListPage: 'Página {page}',
  chargeListPrevious: 'Página anterior',
  chargeListNext: 'Página siguiente',
  chargeListResults: 'Pagos: {count} mostrados, página {page}.',
  columnDate: 'Fecha',
  columnDescription: 'Descripción',
  columnCustomer: 'Cliente',
  columnAmount: 'Importe',
  columnRefunded: 'Reembolsado',
  columnStatus: 'Estado',
  chargeNoDescription: 'Pago {id}',
  noCustomer: 'Sin correo',

  chargeSucceeded: 'Completado',
  chargeRefunded: 'Reembolsado',
  chargePartiallyRefunded: 'Reembolsado en parte',
  chargePending: 'Pendiente',
  chargeFailed: 'Fallido',
  chargeDisputed: 'Disputado',
  chargeUncaptured: 'No capturado',

  panelLoading: 'Cargando el pago…',
  panelTitle: 'Pago de {amount}',
  panelClose: 'Cerrar',
  panelRetry: 'Reintentar',
  detailAmount: 'Importe',
  detailDate: 'Fecha',
  detailCard: 'Tarjeta',
  detailDescription: 'Descripción',
  detailCustomer: 'Cliente',
  detailRefunded: 'Reembolsado hasta ahora',
  detailLeft: 'Queda por reembolsar',
  cardNumber: '{brand} •••• {last4}',
  cardUnknown: 'el método de pago original',

  notRefundableTitle: 'Este pago no se puede reembolsar',
  notRefundableDisputed:
    'El cliente disputó este pago, así que no se puede reembolsar aquí. Responda a la disputa en el Dashboard de Stripe: si la acepta, el cliente recupera su dinero.',
  notRefundableUncaptured:
    'Este pago se autorizó pero nunca se capturó: no se cobró dinero y no hay nada que reembolsar. Libere la autorización en el Dashboard de Stripe.',
  notRefundableRefunded: 'Este pago se reembolsó por completo: no queda nada por reembolsar.',
  notRefundableFailed: 'Este pago falló: no se cobró dinero y no hay nada que reembolsar.',

  refundFormTitle: 'Reembolsar este pago',
  refundKindLabel: 'Cuánto reembolsar',
  refundFull: 'Reembolso total, {amount}',
  refundPartial: 'Reembolso parcial',
  amountLabel: 'Importe',
  amountHint: 'En {currency}, como máximo {remaining}.',
  reasonLabel: 'Motivo',
  reasonChoose: 'Elija un motivo',
  reasonDuplicate: 'Duplicado',
  reasonFraudulent: 'Fraudulento',
  reasonRequestedByCustomer: 'Solicitado por el cliente',
  reasonOther: 'Otro',
  reasonExpiredUncapturedCharge: 'Autorización caducada',
  noteLabel: 'Nota',
  noteHint: 'Por qué reembolsa. Se guarda con el reembolso en Stripe.',
  reviewRefund: 'Revisar el reembolso',

  amountMissing: 'Escriba el importe a reembolsar, como máximo {remaining}.',
  amountMalformed:
    'Escriba el importe en cifras, por ejemplo {example}. Se puede reembolsar como máximo {remaining}.',
  amountZero: 'Escriba un importe mayor que cero, como máximo {remaining}.',
  amountTooLarge:
    'Es más de lo que queda por reembolsar: se puede reembolsar como máximo {remaining}. Escriba {remaining} o menos.',
  reasonMissing: 'Elija por qué reembolsa este pago.',
  noteMissing: 'Diga en pocas palabras por qué reembolsa.',
  noteTooLong: 'La nota no puede pasar de {max} caracteres.',

  confirmTitle: 'Confirmar el reembolso',
  confirmSummary:
    'Reembolsar {amount} de {total} a {card}: los reembolsos tardan de 5 a 10 días hábiles en llegar al cliente.',
  confirmReason: 'Motivo: {reason}',
  confirmLeftAfter: 'Tras este reembolso quedarán {left} por reembolsar.',
  confirmRefund: 'Confirmar el reembolso',
  confirmBack: 'Atrás',
  refunding: 'Reembolsando…',
  refundingAnnouncement: 'Enviando el reembolso de {amount}…',
  retryRefund: 'Reintentar',

  resultSucceeded: 'Reembolso de {amount} hecho',
  resultPending: 'Reembolso de {amount} pendiente',
  resultOther: 'Reembolso de {amount} enviado',
  resultBody: 'Tarda de 5 a 10 días hábiles en llegar al cliente. Quedan {left} por reembolsar.',
  resultNothingLeft:
    'Tarda de 5 a 10 días hábiles en llegar al cliente. El pago ya está reembolsado por completo.',
  resultAnnouncement: 'Reembolso de {amount} hecho. Quedan {left} por reembolsar.',
  resultAnnouncementFull: 'Reembolso de {amount} hecho. El pago ya está reembolsado por completo.',
  refundAgain: 'Hacer otro reembolso',

  historyTitle: 'Reembolsos',
  historyEmpty: 'Todavía no hay reembolsos.',
  historyItem: '{amount} el {date}',
  refundSucceeded: 'Reembolsado',
  refundPending: 'Reembolso pendiente',
  refundFailed: 'Reembolso fallido',
  refundCanceled: 'Reembolso cancelado',
  refundRequiresAction: 'Requiere acción',
  refundUnknown: 'Estado desconocido',
  pendingProcessing: 'Stripe lo está procesando.',
  pendingInsufficientFunds:
    'A la espera de saldo suficiente en Stripe: añada fondos o espere nuevos pagos.',
  pendingChargePending: 'A la espera de que el propio pago se complete.',
  pendingUnknown: 'Stripe aún no lo ha terminado.',
  failedLostOrStolenCard: 'La tarjeta se declaró perdida o robada.',
  failedExpiredOrCanceledCard: 'La tarjeta caducó o se canceló.',
  failedChargeDisputed: 'El cliente disputó el pago mientras el reembolso estaba pendiente.',
  failedInsufficientFunds: 'Su saldo de Stripe no alcanzaba para cubrirlo.',
  failedDeclined: 'El banco del cliente lo rechazó.',
  failedMerchantRequest: 'Se canceló a petición suya.',
  failedUnknown: 'Stripe no dijo por qué.',
  failedMoneyBack: 'El dinero volvió a su saldo de Stripe: pague al cliente por otro medio.',
  requiresActionBody:
    'Stripe necesita más información: abra este reembolso en el Dashboard de Stripe.',
  unknownStatusBody: 'Revise este reembolso en el Dashboard de Stripe.',

  leftToRefund: 'Quedan {left} por reembolsar.',

  refundErrorOverRefund:
    'Stripe lo rechazó: es más de lo que queda en este pago. No se reembolsó nada. Escriba {left} o menos.',
  refundErrorNotRefundable:
    'Stripe no puede reembolsar este pago, así que no se reembolsó nada. Ábralo en el Dashboard de Stripe para ver por qué.',
  refundErrorInProgress:
    'Este reembolso todavía se está procesando. Espere unos segundos y vuelva a intentarlo: no se reembolsará dos veces.',
  refundErrorNetwork:
    'No se pudo contactar con el servidor, así que no sabemos si el reembolso se hizo. Vuelva a intentarlo: no se reembolsará dos veces.',
  refundErrorTimeout:
    'Stripe tardó demasiado en responder, así que no sabemos si el reembolso se hizo. Vuelva a intentarlo: no se reembolsará dos veces.',
  refundErrorRateLimited:
    'Demasiadas solicitudes a Stripe en este momento. Espere un minuto y vuelva a intentarlo: no se reembolsará dos veces.',
  refundErrorStripeUnavailable:
    'Stripe no responde bien en este momento. Vuelva a intentarlo en un instante: no se reembolsará dos veces.',
  refundErrorForbidden:
    'Su cuenta puede ver los pagos pero no reembolsarlos. Pida a un administrador que haga este reembolso.',
  refundErrorUnauthenticated: 'Su sesión terminó. Vuelva a iniciar sesión y haga el reembolso.',
  refundErrorKeyProblem:
    'La clave de Stripe que usa Pelago Connect ya no funciona, así que no se reembolsó nada. Conecte una nueva clave restringida con acceso de escritura a Refunds y vuelva a intentarlo.',
  refundErrorPermissionMissing:
    'La clave de Stripe conectada no puede hacer reembolsos, así que no se reembolsó nada. En el Dashboard de Stripe, ponga Refunds en Write en la clave restringida y vuelva a intentarlo.',
  refundErrorNotConnected:
    'No hay ninguna clave de Stripe conectada, así que no se reembolsó nada. Conecte primero su cuenta de Stripe.',
  refundErrorNotFound:
    'Este pago no está en la cuenta de Stripe conectada. Puede que sea de otra cuenta o de otro modo.',
  refundErrorConflict:
    'Este reembolso ya se envió con otros datos. Cierre el pago, ábralo de nuevo y empiece otra vez.',
  refundErrorReasonInvalid: 'Stripe no aceptó este motivo. Elija otro y vuelva a intentarlo.',
  refundErrorAmountInvalid: 'Stripe no aceptó este importe. Revíselo y vuelva a intentarlo.',
  refundErrorRefundFailed:
    'Algo falló antes de confirmar el reembolso. Vuelva a intentarlo en un momento: si se hizo, no se reembolsará dos veces.',
  refundErrorLoadNetwork:
    'No se pudo contactar con el servidor. Revise su conexión y vuelva a intentarlo.',
  refundErrorLoadFailed: 'No se pudo cargar la información del pago. Vuelva a intentarlo.',
};
