import type { Messages } from '../i18n/en';

/**
 * The Spanish messages, a complete catalogue for the provider's `messages`. A separate entry
 * point keeps it out of the bundles of apps that do not use it.
 *
 * @example
 * import { es } from '@pelago/connect-react/locales/es';
 *
 * <PelagoConnectProvider endpoint="/api/pelago" locale="es" messages={es}>
 *   <ConnectOnboarding companyName="Acme Manufacturing Company" />
 * </PelagoConnectProvider>
 */
export const es: Messages = {
  guideTitle: 'Crea una clave de Stripe para Pelago Connect',
  guideIntro:
    'Pelago Connect es el servicio de pagos detrás de las inscripciones a eventos de este sitio. Sigue estos pasos en tu Dashboard de Stripe para crear una clave que le permita cobrar las inscripciones y hacer reembolsos en tu cuenta de Stripe, y nada más.',
  guideTitleFix: 'Da a tu clave de Stripe los permisos que necesita',
  guideIntroFix:
    'A tu clave para Pelago Connect le falta un permiso. Cámbialo en tu Dashboard de Stripe: la clave sigue siendo la misma, así que no hay nada que copiar ni volver a pegar.',
  modeTest: 'Modo de prueba',
  modeLive: 'Modo activo',
  stepListLabel: 'Pasos para crear la clave',
  stepCounter: 'Paso {current} de {total}',
  stepAnnouncement: 'Paso {current} de {total}: {title}',
  stepStateCompleted: 'completado',
  stepStateCurrent: 'actual',
  stepStateNotStarted: 'sin empezar',
  progressLabel: 'Progreso de la creación de la clave',
  back: 'Atrás',
  next: 'Siguiente',
  finish: 'Ya tengo mi clave',
  finishFixed: 'Ya he actualizado los permisos',
  exit: 'Salir de la guía',
  opensInNewTab: '(se abre en una pestaña nueva)',

  stepOpenApiKeysTitle: 'Abre tus claves de API',
  stepOpenApiKeysAdmin:
    'Necesitas el rol de Administrador en la cuenta de Stripe para crear o cambiar claves. Si tienes otro rol, pide a un administrador que siga estos pasos.',
  stepOpenApiKeysBody:
    'Inicia sesión en el Dashboard de Stripe. En el menú de la izquierda, abre Desarrolladores, cerca del final (en algunas cuentas está en Configuración), y elige Claves de API.',
  stepOpenApiKeysTestNote:
    'Estás en modo de prueba: el enlace de abajo abre la parte de prueba de tu cuenta, donde no se mueve dinero real.',
  stepOpenApiKeysLiveNote:
    'Estás en modo activo: el enlace de abajo abre tu cuenta real, donde los pagos son reales. Comprueba que Stripe no muestra datos de prueba.',
  stepOpenApiKeysLink: 'Abrir las claves de API en Stripe',

  stepCreateRestrictedKeyTitle: 'Crea una clave restringida',
  stepCreateRestrictedKeyBody:
    'En Claves restringidas, pulsa Crear clave restringida. Una clave restringida solo puede hacer lo que permitas: aquí, cobrar pagos y hacer reembolsos.',
  stepCreateRestrictedKeyShortcut:
    'Atajo: este enlace abre el formulario con el nombre y los dos permisos ya completados. Revísalos con los pasos siguientes antes de crear la clave.',
  stepCreateRestrictedKeyLink: 'Abrir un formulario de clave restringida ya completado',
  stepCreateRestrictedKeyManual:
    'Si el formulario se abre vacío, no pasa nada: los pasos siguientes muestran cada campo que hay que completar a mano.',

  stepChooseUsageTitle: 'Indica quién usará la clave',
  stepChooseUsageBody:
    'Stripe pregunta cómo usarás esta clave de API. Elige «Proporcionar esta clave a otro sitio web» y pulsa Continuar.',
  stepChooseUsageOlder:
    '¿Stripe no pregunta y muestra directamente un formulario con un nombre y una lista de permisos? Tu cuenta tiene el formulario anterior: pasa al paso siguiente.',

  stepNameKeyTitle: 'Ponle nombre a tu clave',
  stepNameKeyBody:
    'Escribe un nombre formado por el nombre de tu empresa seguido de _Pelago, para reconocer la clave más adelante entre tus otras claves.',
  stepNameKeyExample: 'Por ejemplo, Acme Manufacturing Company usaría Acme_Pelago.',
  stepNameKeyUrl: 'Si Stripe pide la dirección del sitio web, escribe {url}.',
  stepNameKeyUrlUnknown:
    'Si Stripe pide la dirección del sitio web, escribe la dirección de este sitio.',
  stepNameKeyCustomize:
    'Después elige «Personalizar permisos para esta clave», no la opción que da todos los permisos, y pulsa Continuar.',
  companyNameLabel: 'Nombre de tu empresa',
  companyNameHint: 'Lo convertimos en un nombre de clave que puedes copiar.',
  suggestedNameLabel: 'Nombre de clave sugerido',
  suggestedNameEmpty: 'Escribe el nombre de tu empresa para obtener una sugerencia.',
  copyName: 'Copiar nombre',
  copied: 'Copiado',
  copiedAnnouncement: '{name} copiado al portapapeles.',
  copyFailed: 'Aquí no se puede copiar. Selecciona el nombre y cópialo tú.',

  stepSetPermissionsTitle: 'Permite cargos y reembolsos',
  stepSetPermissionsBody:
    'En la lista de permisos, pon Cargos en Escritura y Reembolsos en Escritura. Permiten ingresar el dinero de las inscripciones en tu cuenta y reembolsar pedidos. Deja todos los demás permisos en Ninguno.',
  stepSetPermissionsFixBody:
    'Pon Cargos en Escritura y Reembolsos en Escritura, y deja los demás permisos como están. Después guarda los cambios con el botón del final de la página.',

  stepCreateKeyTitle: 'Crea la clave',
  stepCreateKeyBody:
    'Comprueba que solo Cargos y Reembolsos están en Escritura y pulsa Crear clave al final de la página.',

  stepRevealKeyTitle: 'Copia la clave ahora',
  stepRevealKeyBody:
    'Stripe muestra tu clave nueva, que empieza por {prefix}. Pulsa el botón de copiar que tiene al lado antes de pulsar Listo.',
  stepRevealKeyLiveNote:
    'Una clave del modo activo se muestra una sola vez. Si cierras la ventana sin copiarla, tendrás que crear otra clave.',
  stepRevealKeyTestNote:
    'Una clave de prueba se puede volver a mostrar más tarde en la página de claves de API, pero copiarla ahora te ahorra volver.',
  stepRevealKeyOlder:
    '¿Stripe te llevó de vuelta a la página de claves de API? Busca {name} en Claves restringidas, pulsa Revelar token de clave a su lado y copia la clave entera.',
  stepRevealKeyYourKey: 'tu clave nueva',

  stepEditKeyTitle: 'Busca tu clave y edítala',
  stepEditKeyBody:
    'En Claves restringidas, busca {name}. Abre el menú (•••) al final de su fila y elige Editar clave.',
  stepEditKeySameKey:
    'Estás cambiando la clave que ya tienes: conserva el mismo valor, así que no hay nada que copiar ni volver a pegar.',
  stepEditKeyYourKey: 'la clave que creaste para Pelago',

  stepPublishableKeyTitle: 'Copia tu clave publicable',
  stepPublishableKeyBody:
    'De vuelta en Claves de API, en Claves estándar, copia también la Clave publicable. Empieza por {prefix}; las tarjetas de los asistentes la necesitan.',
  stepPublishableKeySafe:
    'Es pública: puedes compartirla sin riesgo. El modo de prueba y el real tienen cada uno la suya.',

  stepHandOverTitle: 'Conecta tu clave',
  stepHandOverBody:
    'Pulsa «{finish}» y pega la clave en el formulario seguro que aparece. Se comprueba con Stripe en el acto.',
  stepHandOverFixTitle: 'Vuelve a comprobar tu clave',
  stepHandOverFixBody:
    'Tu clave no ha cambiado, así que no hay nada que pegar. Pulsa «{finish}» para comprobarla de nuevo con sus permisos nuevos.',

  keepSafeTitle: 'Guarda esta clave en un lugar seguro',
  keepSafeBody:
    'Quien tenga esta clave puede cobrar y reembolsar en tu cuenta de Stripe. No la envíes nunca por correo, chat ni en un ticket de soporte. Si se filtra, elimínala en el Dashboard de Stripe y crea una nueva.',

  zoomOpen: 'Ampliar imagen',
  zoomClose: 'Cerrar',
  zoomDialogLabel: 'Imagen ampliada: {alt}',
  illustrationLoading: 'Cargando imagen',
  illoSearch: 'Buscar',
  illoHome: 'Inicio',
  illoBalances: 'Saldos',
  illoTransactions: 'Transacciones',
  illoCustomers: 'Clientes',
  illoProductCatalog: 'Catálogo de productos',
  illoDevelopers: 'Desarrolladores',
  illoApiKeys: 'Claves de API',
  illoStandardKeys: 'Claves estándar',
  illoPublishableKey: 'Clave publicable',
  illoSecretKey: 'Clave secreta',
  illoRestrictedKeys: 'Claves restringidas',
  illoCreateRestrictedKey: 'Crear clave restringida',
  illoHowUse: '¿Cómo usarás esta clave de API?',
  illoAnotherWebsite: 'Proporcionar esta clave a otro sitio web',
  illoContinue: 'Continuar',
  illoKeyName: 'Nombre',
  illoWebsiteUrl: 'URL',
  illoCustomize: 'Personalizar permisos para esta clave',
  illoPermissions: 'Permisos',
  illoCharges: 'Cargos',
  illoRefunds: 'Reembolsos',
  illoNone: 'Ninguno',
  illoRead: 'Lectura',
  illoWrite: 'Escritura',
  illoCreateKey: 'Crear clave',
  illoCancel: 'Cancelar',
  illoCopy: 'Copiar',
  illoDone: 'Listo',
  illoEditKey: 'Editar clave',
  altOpenApiKeys:
    'El Dashboard de Stripe con Desarrolladores abierto cerca del final del menú y Claves de API dentro.',
  altCreateRestrictedKey:
    'La página de claves de API: claves estándar y después claves restringidas con el botón Crear clave restringida.',
  altChooseUsage:
    'Stripe pregunta el uso de la clave; «Proporcionar esta clave a otro sitio web» está elegido.',
  altNameKey:
    'Los campos del nombre y del sitio web, con «Personalizar permisos para esta clave» elegido.',
  altSetPermissions: 'La lista de permisos: Cargos y Reembolsos en Escritura, el resto en Ninguno.',
  altCreateKey: 'El final de la página de permisos con el botón Crear clave.',
  altRevealKey: 'La ventana que muestra la clave nueva, con Copiar y Listo.',
  altEditKey: 'La lista de claves restringidas, con el menú de la clave abierto en Editar clave.',
  altPublishableKey: 'La página de claves de API, con la fila Clave publicable en Claves estándar.',
  noteOpenDevelopers: 'Abre Desarrolladores, cerca del final del menú.',
  noteChooseApiKeys: 'Elige Claves de API.',
  notePressCreateRestricted: 'Pulsa Crear clave restringida.',
  noteChooseAnotherWebsite: 'Elige «Proporcionar esta clave a otro sitio web».',
  notePressContinue: 'Pulsa Continuar.',
  noteTypeName: 'Escribe aquí el nombre de la clave.',
  noteTypeUrl: 'Escribe la dirección del sitio web.',
  noteChooseCustomize: 'Elige «Personalizar permisos para esta clave».',
  noteChargesWrite: 'Cargos: elige Escritura.',
  noteRefundsWrite: 'Reembolsos: elige Escritura.',
  notePressCreateKey: 'Pulsa Crear clave.',
  noteCopyKey: 'Copia ahora la clave entera.',
  notePressDone: 'Pulsa Listo solo después de copiar.',
  noteFindKey: 'Busca tu clave por su nombre.',
  noteChooseEditKey: 'Abre el menú (•••) y elige Editar clave.',
  noteCopyPublishableKey: 'Copia la clave publicable.',
  keyFormTitle: 'Pega tu clave restringida',
  keyInputLabel: 'Clave restringida',
  keyInputHint:
    'Empieza por {prefix}. Este sitio la comprueba con Stripe al momento y no vuelve a mostrarla nunca.',
  keyShow: 'Mostrar clave',
  keyHide: 'Ocultar clave',
  keyNameLabel: 'Nombre de la clave (opcional)',
  keyNameHint:
    'El nombre que tiene la clave en tu Dashboard de Stripe, para reconocerla más adelante.',
  pkInputLabel: 'Clave publicable',
  pkInputHint:
    'En Claves de API, en Claves estándar; empieza por {prefix}. Es pública, y los asistentes la necesitan para pagar.',
  pkInputHintOptional: 'También puedes añadirla más tarde.',
  keySubmit: 'Verificar y conectar',
  keySubmitting: 'Verificando…',
  keyChecking: 'Comprobando tu clave con Stripe…',
  keyVerified: 'Clave verificada. Stripe está conectado.',
  checklistLabel: 'Lo que Stripe ha confirmado',
  permissionCharges: 'Cargos',
  permissionRefunds: 'Reembolsos',
  permissionWrite: '{permission}: acceso de escritura',
  permissionMissing: '{permission}: falta',
  permissionUnknown: '{permission}: no se ha podido comprobar',
  showPermissionsStep: 'Enséñame cómo configurar los permisos',
  keyRetry: 'Reintentar',
  keyCheckAgain: 'Ya he cambiado los permisos — comprobar de nuevo',
  keyPasteOther: 'Pegar otra clave',
  keyKept: 'Tu clave se queda en esta página unos minutos: no hace falta volver a pegarla.',
  keyForgotten: 'Por seguridad, la clave se ha borrado tras unos minutos. Vuelve a pegarla.',
  keyEmptyTitle: 'Aún no has pegado ninguna clave',
  helpLink: 'Obtener ayuda',
  signInLink: 'Volver a iniciar sesión',
  errorTitleKeyUnusable: 'Esta clave no sirve',
  errorTitleKeyUnknown: 'Stripe no reconoce esta clave',
  errorTitleKeyExpired: 'Esta clave ha caducado',
  errorTitlePermission: 'Falta un permiso',
  errorTitleStripeBusy: 'Stripe está ocupado ahora',
  errorTitleNetwork: 'Se ha cortado la conexión',
  errorTitleSignedOut: 'Se ha cerrado tu sesión',
  errorTitleNotAllowed: 'No permitido aquí',
  errorTitleSite: 'Este sitio ha tenido un problema',

  keyPrefixEither: 'rk_live_ (o rk_test_ en modo de prueba)',
  keyCheckEmpty: 'Pega tu clave restringida. Empieza por {restricted}.',
  keyCheckSecretKey:
    'Esta es una clave secreta (empieza por {prefix}): puede hacer cualquier cosa en tu cuenta, así que no se ha enviado. Pega en su lugar una clave restringida; empieza por {restricted}.',
  keyCheckPublishableKey:
    'Esta es tu clave publicable (empieza por {prefix}), que no puede cobrar. Pega en su lugar tu clave restringida, en la misma página; empieza por {restricted}.',
  keyCheckWebhookSecret:
    'Este es un secreto de firma de webhook (empieza por whsec_), no una clave de API.',
  keyCheckEphemeralKey:
    'Esta es una clave efímera de corta duración (empieza por ek_), no tu clave de API.',
  keyCheckAccountId: 'Este es el ID de tu cuenta de Stripe (empieza por acct_), no una clave.',
  keyCheckNotAKey: 'Esto no parece una clave de Stripe.',
  keyCheckPasteInstead:
    'Pega en su lugar tu clave restringida, en Desarrolladores → Claves de API; empieza por {restricted}.',
  keyCheckHidden:
    'Esta es la forma oculta de la clave, con puntos en medio. Haz clic en Mostrar en Stripe y copia la clave entera; empieza por {restricted}.',
  keyCheckTooLong: 'Esto es mucho más largo que una clave de Stripe. Pega solo la clave.',
  keyCheckTooShort:
    'Esta clave es demasiado corta: falta una parte. Vuelve a copiar la clave entera; empieza por {restricted}.',
  keyCheckPastedTwice:
    'Parece que la clave está pegada dos veces. Vacía el campo y pégala una sola vez.',
  keyCheckBadCharacters:
    'Esta clave contiene caracteres que una clave de Stripe nunca tiene. Vuelve a copiarla con el botón de copiar de Stripe; empieza por {restricted}.',
  keyCheckBadPrefix:
    'El comienzo de esta clave está dañado: debe empezar por rk_live_ o rk_test_, en minúsculas. Vuelve a copiar la clave.',
  keyCheckLiveKeyInTestMode:
    'Esta es una clave real (empieza por rk_live_), pero esta conexión está en modo de prueba. Pega una clave restringida creada en modo de prueba; empieza por rk_test_.',
  keyCheckTestKeyInLiveMode:
    'Esta es una clave de prueba (empieza por rk_test_), pero esta conexión recibe pagos reales. Pega una clave restringida creada en modo activo; empieza por rk_live_.',
  keyCheckNotText:
    'Pega tu clave restringida como texto. Empieza por rk_live_ (o rk_test_ en modo de prueba).',

  pkCheckEmpty: 'Pega también tu clave publicable. Empieza por {publishable}.',
  pkCheckSecretKey:
    'Esta es una clave secreta (empieza por {prefix}): se ha borrado, no enviado. Pega la clave publicable; empieza por {publishable}.',
  pkCheckRestrictedKey:
    'Esta es tu clave restringida (empieza por {prefix}): va en el campo de arriba, así que aquí se ha borrado, no enviado. Pega la clave publicable; empieza por {publishable}.',
  pkCheckMalformed:
    'Esta no es una clave publicable completa. Cópiala de nuevo en Claves estándar; empieza por {publishable}.',
  pkCheckWrongMode:
    'Esta clave publicable es del otro modo (prueba o real). Pega la que empieza por {publishable}.',

  errorMalformed:
    'Esta clave está incompleta o tiene caracteres de más. Vuelve a copiarla desde el Dashboard de Stripe y pégala tal cual.',
  errorWrongMode:
    'Esta clave es del otro modo de Stripe (prueba o real). Cambia el Dashboard de Stripe al modo correcto y copia la clave desde allí.',
  errorKeyInvalid:
    'Stripe no reconoce esta clave. Puede que se haya eliminado o copiado mal. Vuelve a copiar la clave o crea una nueva clave restringida.',
  errorKeyExpired:
    'Stripe indica que esta clave ha caducado o se ha sustituido. Crea una nueva clave restringida en el Dashboard de Stripe y conéctala.',
  errorPermissionMissing:
    'A esta clave le falta un permiso. Edita la clave en el Dashboard de Stripe y dale acceso de escritura a Cargos y Reembolsos.',
  errorKeyNotConnected:
    'Todavía no hay ninguna clave de Stripe conectada. Conecta primero una clave restringida.',
  errorKeyUnreadable:
    'La clave de Stripe guardada ya no se puede leer. Vuelve a conectar tu clave restringida.',
  errorRateLimited:
    'Demasiadas solicitudes a Stripe en este momento. Espera un momento y vuelve a intentarlo.',
  errorStripeUnavailable:
    'Stripe no responde correctamente en este momento. Vuelve a intentarlo dentro de un momento.',
  errorNetwork: 'La conexión con Stripe ha fallado. Comprueba la red y vuelve a intentarlo.',
  errorTimeout:
    'Stripe ha tardado demasiado en responder. Vuelve a intentarlo dentro de un momento.',
  errorUnauthenticated:
    'Tu sesión en este sitio ha terminado. Vuelve a iniciar sesión en otra pestaña y reinténtalo aquí; recargar la página también sirve.',
  errorForbidden: 'No tienes permiso para hacer esto.',
  errorRequestFailed: 'Stripe no ha podido procesar esta solicitud.',
  errorInternal:
    'Este sitio no ha podido completar la solicitud. Reinténtalo en un momento; si sigue fallando, contacta con el soporte del sitio.',
  errorPublishableKeyInvalid:
    'Esta no es una clave publicable. Pega la clave de «Claves estándar» en Desarrolladores → Claves de API: empieza por pk_live_ (o pk_test_).',
  errorPublishableKeyWrongMode:
    'Esta clave publicable es del otro modo de Stripe (prueba o real). Copia la del mismo modo que tu clave restringida.',
  errorPublishableKeyMismatch:
    'Esta clave publicable es de otra cuenta de Stripe. Pega la de la cuenta a la que pertenece tu clave restringida.',
  errorTitlePublishableKey: 'Esta clave publicable no se puede usar',

  statusLoading: 'Comprobando tu conexión con Stripe…',
  statusConnected: 'Stripe está conectado',
  statusAttention: 'Stripe necesita tu atención',
  statusAttentionPermission:
    'Los cobros o reembolsos fallarán hasta que el permiso que falta esté en Escritura para esta clave en Stripe.',
  statusAttentionKey: 'Esta clave ya no funciona. Conecta una nueva clave restringida.',
  statusFix: 'Enséñame cómo arreglarlo',
  statusNotConnected: 'Stripe no está conectado',
  statusNotConnectedBody:
    'Conecta una clave restringida para que este sitio pueda cobrar y hacer reembolsos en tu cuenta de Stripe.',
  statusMode: 'Modo',
  statusModeTest: 'Prueba',
  statusModeLive: 'Real',
  statusKeyName: 'Nombre de la clave',
  statusKey: 'Clave',
  statusVerified: 'Verificada',
  statusPermissions: 'Permisos',
  statusPublishableKey: 'Clave publicable',
  statusPublishableKeyNone: 'Aún no añadida',
  statusPairingConfirmed: 'De la misma cuenta que tu clave',
  statusPairingUnconfirmed: 'La confirmaremos con el primer pago',
  statusPairingMismatch: 'De otra cuenta de Stripe',
  statusPayments: 'Pagos',
  statusPaymentsReady: 'Los asistentes pueden pagar',
  statusPaymentsUnconfirmed: 'Los asistentes pueden pagar (sin confirmar)',
  statusPaymentsMissing: 'No está listo: añade tu clave publicable',
  statusPaymentsMismatch: 'No está listo: sustituye la clave publicable',
  statusPaymentsNoCharges: 'No está listo: la clave no puede crear cobros',
  statusAddPublishableKey: 'Añadir clave publicable',
  statusReplacePublishableKey: 'Sustituir la clave publicable',
  pkSave: 'Guardar',
  pkSaving: 'Guardando…',
  pkSaved: 'Clave publicable guardada.',
  statusVerify: 'Verificar de nuevo',
  statusReplace: 'Sustituir la clave',
  statusConnect: 'Conectar una clave',
  statusDisconnect: 'Desconectar',
  statusDisconnecting: 'Desconectando…',
  statusDisconnected: 'Stripe está desconectado.',
  statusRetry: 'Volver a intentarlo',
  disconnectTitle: '¿Desconectar Stripe?',
  disconnectBody:
    'Este sitio dejará de cobrar y de hacer reembolsos en tu cuenta de Stripe hasta que conectes otra clave. La clave en sí sigue en tu Dashboard de Stripe: elimínala allí si ya no la necesitas.',
  disconnectCancel: 'Cancelar',

  alreadyHaveKey: 'Ya tengo una clave',
};

/** The payment form's Spanish text: `messages={{ ...es, ...esCheckout }}`. */
export { esCheckout } from './checkout.es';

/** The refund panel's Spanish text: `messages={{ ...es, ...esRefunds }}`. */
export { esRefunds } from './refunds.es';
