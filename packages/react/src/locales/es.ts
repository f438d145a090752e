import type { Messages } from '../i18n/en';

/**
 * The Spanish messages, a complete catalogue for the provider's `messages`. A separate entry
 * point keeps it out of the bundles of apps that do not use it.
 *
 * @example
 * import { es } from '@pelago/connect-react/locales/es';
 *
 * <PelagoConnectProvider endpoint="/api/pelago-connect" locale="es" messages={es}>
 *   <ConnectOnboarding companyName="Acme Manufacturing Company" />
 * </PelagoConnectProvider>
 */
export const es: Messages = {
  guideTitle: 'Crea una clave de Stripe para Pelago Connect',
  guideIntro:
    'Sigue estos pasos en tu Dashboard de Stripe. Al terminar tendrás una clave que permite a Pelago Connect cobrar las inscripciones y hacer reembolsos en tu cuenta de Stripe, y nada más.',
  modeTest: 'Modo de prueba',
  modeLive: 'Modo real',
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
  exit: 'Salir de la guía',
  opensInNewTab: '(se abre en una pestaña nueva)',

  stepOpenApiKeysTitle: 'Abre tus claves de API',
  stepOpenApiKeysBody:
    'Inicia sesión en el Dashboard de Stripe, abre el menú Desarrolladores y elige Claves de API.',
  stepOpenApiKeysTestNote:
    'Estás en modo de prueba: el enlace de abajo abre la parte de prueba de tu cuenta, donde no se mueve dinero real.',
  stepOpenApiKeysLiveNote:
    'Estás en modo real: el enlace de abajo abre tu cuenta real, donde los cobros son de verdad.',
  stepOpenApiKeysLink: 'Abrir las claves de API en Stripe',

  stepCreateRestrictedKeyTitle: 'Empieza una clave restringida',
  stepCreateRestrictedKeyBody:
    'En la página de claves de API, pulsa Crear clave restringida. Una clave restringida solo puede hacer lo que tú permitas: Pelago obtiene cobros y reembolsos, y nada más.',
  stepCreateRestrictedKeyShortcut:
    'Atajo: este enlace abre el formulario con el nombre y los dos permisos ya rellenados. Compruébalos con los pasos siguientes antes de crear la clave.',
  stepCreateRestrictedKeyLink: 'Abrir un formulario de clave restringida ya rellenado',
  stepCreateRestrictedKeyManual:
    'Si el formulario se abre vacío, no pasa nada: los pasos siguientes muestran cada campo para rellenarlo a mano.',

  stepNameKeyTitle: 'Ponle nombre a la clave',
  stepNameKeyBody:
    'Dale a la clave un nombre corto con el nombre de tu empresa seguido de _Pelago. Así la reconocerás cuando revises tus claves, y el equipo de Pelago también.',
  stepNameKeyExample: 'Por ejemplo, Acme Manufacturing Company usaría Acme_Pelago.',
  companyNameLabel: 'Nombre de tu empresa',
  companyNameHint: 'Lo convertimos en un nombre de clave que puedes copiar.',
  suggestedNameLabel: 'Nombre de clave sugerido',
  suggestedNameEmpty: 'Escribe el nombre de tu empresa para ver una sugerencia.',
  copyName: 'Copiar nombre',
  copied: 'Copiado',
  copiedAnnouncement: '{name} copiado al portapapeles.',
  copyFailed: 'Aquí no se puede copiar. Selecciona el nombre y cópialo tú.',

  stepSetPermissionsTitle: 'Permite cobros y reembolsos',
  stepSetPermissionsBody:
    'En la lista de permisos, busca Charges y Refunds (cobros y reembolsos) y pon cada uno en Escritura. Pelago los necesita para ingresar el dinero de las inscripciones en tu cuenta y para reembolsar pedidos. Deja todos los demás permisos en Ninguno.',

  stepCreateKeyTitle: 'Crea la clave',
  stepCreateKeyBody:
    'Baja hasta el final del formulario y pulsa Crear clave. Stripe te devuelve a la página de claves de API, donde la nueva clave aparece con el nombre que le diste.',

  stepRevealKeyTitle: 'Muestra y copia la clave',
  stepRevealKeyBody:
    'Busca {name} entre tus claves restringidas y pulsa Mostrar token de la clave. Copia el token entero: empieza por {prefix}.',
  stepRevealKeyYourKey: 'tu nueva clave',

  stepHandOverTitle: 'Entrega la clave a Pelago',
  stepHandOverBody:
    'Pulsa «{finish}» y pega la clave en el formulario seguro que aparece a continuación. Pelago la comprueba en el acto.',

  keepSafeTitle: 'Guarda bien esta clave',
  keepSafeBody:
    'Quien tenga esta clave puede cobrar y reembolsar en tu cuenta de Stripe. No la envíes nunca por correo, chat ni en un ticket de soporte. Si se filtra, renuévala o elimínala en el Dashboard de Stripe y crea otra.',

  zoomOpen: 'Ampliar imagen',
  zoomClose: 'Cerrar',
  zoomDialogLabel: 'Imagen ampliada: {alt}',
  illustrationLoading: 'Cargando imagen',
  illoDevelopers: 'Desarrolladores',
  illoApiKeys: 'Claves de API',
  illoCreateRestrictedKey: 'Crear clave restringida',
  illoKeyName: 'Nombre de la clave',
  illoPermissions: 'Permisos',
  illoCharges: 'Charges',
  illoRefunds: 'Refunds',
  illoNone: 'Ninguno',
  illoRead: 'Lectura',
  illoWrite: 'Escritura',
  illoCreateKey: 'Crear clave',
  illoRestrictedKeys: 'Claves restringidas',
  illoRevealKey: 'Mostrar token',
  altOpenApiKeys:
    'Esquema del Dashboard de Stripe con el menú Desarrolladores abierto y Claves de API resaltado.',
  altCreateRestrictedKey:
    'Esquema de la página de claves de API con el botón Crear clave restringida resaltado.',
  altNameKey: 'Esquema del formulario de clave restringida con el campo del nombre resaltado.',
  altSetPermissions: 'Esquema de la tabla de permisos con Charges y Refunds en Escritura.',
  altCreateKey: 'Esquema del final del formulario con el botón Crear clave resaltado.',
  altRevealKey:
    'Esquema de la página de claves de API con la nueva clave y el botón Mostrar token resaltado.',
  noteOpenDevelopers: 'Abre el menú Desarrolladores.',
  noteChooseApiKeys: 'Elige Claves de API.',
  notePressCreateRestricted: 'Pulsa Crear clave restringida.',
  noteTypeName: 'Escribe aquí el nombre de la clave.',
  noteChargesWrite: 'Charges: elige Escritura.',
  noteRefundsWrite: 'Refunds: elige Escritura.',
  notePressCreateKey: 'Pulsa Crear clave al final del formulario.',
  noteFindKey: 'Tu nueva clave, con su nombre.',
  notePressReveal: 'Pulsa Mostrar token y copia el token.',
  keyFormTitle: 'Pega tu clave restringida',
  keyInputLabel: 'Clave restringida',
  keyInputHint:
    'Empieza por {prefix}. Pelago Connect la comprueba con Stripe al momento y no vuelve a mostrarla nunca.',
  keyShow: 'Mostrar clave',
  keyHide: 'Ocultar clave',
  keyNameLabel: 'Nombre de la clave (opcional)',
  keyNameHint:
    'El nombre que tiene la clave en tu Dashboard de Stripe, para reconocerla más adelante.',
  keySubmit: 'Verificar y conectar',
  keySubmitting: 'Verificando…',
  keyChecking: 'Comprobando tu clave con Stripe…',
  keyVerified: 'Clave verificada. Stripe está conectado.',
  checklistLabel: 'Lo que Stripe ha confirmado',
  permissionCharges: 'Charges',
  permissionRefunds: 'Refunds',
  permissionWrite: '{permission}: acceso de escritura',
  permissionMissing: '{permission}: falta',
  permissionUnknown: '{permission}: no se ha podido comprobar',
  showPermissionsStep: 'Enséñame cómo configurar los permisos',

  keyPrefixEither: 'rk_live_ (o rk_test_ en modo de prueba)',
  keyCheckEmpty: 'Pega tu clave restringida. Empieza por {restricted}.',
  keyCheckSecretKey:
    'Esta es una clave secreta (empieza por {prefix}). Una clave secreta puede hacer cualquier cosa en tu cuenta de Stripe, así que no se ha aceptado ni se ha enviado a ningún sitio. En el Dashboard de Stripe, abre Desarrolladores → Claves de API, haz clic en «Crear clave restringida», dale acceso de escritura a Charges y Refunds, y pega esa clave en su lugar. Empieza por {restricted}.',
  keyCheckPublishableKey:
    'Esta es tu clave publicable (empieza por {prefix}). Es pública y no puede cobrar ni reembolsar. Tu clave restringida está más abajo en la misma página de claves de API, en «Claves restringidas»: haz clic en Mostrar a su lado, cópiala y pégala aquí. Empieza por {restricted}.',
  keyCheckWebhookSecret:
    'Este es un secreto de firma de webhook (empieza por whsec_), no una clave de API: solo sirve para comprobar que los eventos vienen de Stripe.',
  keyCheckEphemeralKey:
    'Esta es una clave efímera (empieza por ek_): una clave de corta duración creada para un solo cliente, no tu clave de API.',
  keyCheckAccountId:
    'Este es el ID de tu cuenta de Stripe (empieza por acct_). Identifica tu cuenta, pero no es una clave.',
  keyCheckNotAKey: 'Esto no parece una clave de Stripe.',
  keyCheckPasteInstead:
    'Pega en su lugar tu clave restringida: en el Dashboard de Stripe abre Desarrolladores → Claves de API; está en «Claves restringidas» y empieza por {restricted}.',
  keyCheckHidden:
    'Esta es la forma oculta de la clave, tal como la muestra la lista de claves de API (con puntos o asteriscos en medio), así que no sirve. En el Dashboard de Stripe, busca la clave en «Claves restringidas», haz clic en Mostrar y copia la clave entera que empieza por {restricted}.',
  keyCheckTooLong:
    'Esto es mucho más largo que una clave de Stripe. Pega solo la clave, sin nada alrededor.',
  keyCheckTooShort:
    'Esta clave es demasiado corta: parece que falta una parte. Vuelve a copiar la clave entera desde el Dashboard de Stripe (empieza por {restricted}) y pégala sin editarla.',
  keyCheckPastedTwice:
    'Parece que la clave está pegada dos veces. Vacía el campo y pega la clave una sola vez.',
  keyCheckBadCharacters:
    'Esta clave contiene caracteres que una clave de Stripe nunca tiene: después del prefijo solo hay letras y cifras. Vuelve a copiar la clave desde el Dashboard de Stripe con su botón de copiar y pégala sin editarla. Empieza por {restricted}.',
  keyCheckBadPrefix:
    'Parece una clave restringida, pero su comienzo está dañado: debe empezar por rk_live_ o rk_test_ en minúsculas. Vuelve a copiar la clave desde el Dashboard de Stripe.',
  keyCheckLiveKeyInTestMode:
    'Esta es una clave real (empieza por rk_live_), pero esta conexión está en modo de prueba. En el Dashboard de Stripe, cambia al modo de prueba (el interruptor «Modo de prueba»), abre Desarrolladores → Claves de API y pega la clave restringida que empieza por rk_test_.',
  keyCheckTestKeyInLiveMode:
    'Esta es una clave de prueba (empieza por rk_test_), pero esta conexión recibe pagos reales. En el Dashboard de Stripe, desactiva el modo de prueba para ver tus datos reales, abre Desarrolladores → Claves de API y pega la clave restringida que empieza por rk_live_.',
  keyCheckNotText:
    'Pega tu clave restringida como texto. Empieza por rk_live_ (o rk_test_ en modo de prueba).',

  errorMalformed:
    'Esta clave está incompleta o tiene caracteres de más. Vuelve a copiarla desde el Dashboard de Stripe y pégala tal cual.',
  errorWrongMode:
    'Esta clave es del otro modo de Stripe (prueba o real). Cambia el Dashboard de Stripe al modo correcto y copia la clave desde allí.',
  errorKeyInvalid:
    'Stripe no reconoce esta clave. Puede que se haya eliminado o copiado mal. Vuelve a copiar la clave o crea una nueva clave restringida.',
  errorKeyExpired:
    'Stripe indica que esta clave ha caducado o se ha renovado. Crea una nueva clave restringida en el Dashboard de Stripe y conéctala.',
  errorPermissionMissing:
    'A esta clave le falta un permiso. Edita la clave en el Dashboard de Stripe y dale acceso de escritura a Charges y Refunds.',
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
  errorUnauthenticated: 'No has iniciado sesión. Inicia sesión y vuelve a intentarlo.',
  errorForbidden: 'No tienes permiso para hacer esto.',
  errorRequestFailed: 'Stripe no ha podido procesar esta solicitud.',
  errorInternal:
    'Algo ha fallado por nuestra parte. Vuelve a intentarlo y contacta con soporte si continúa.',

  statusLoading: 'Comprobando tu conexión con Stripe…',
  statusConnected: 'Stripe está conectado',
  statusNotConnected: 'Stripe no está conectado',
  statusNotConnectedBody:
    'Conecta una clave restringida para que Pelago Connect pueda cobrar y hacer reembolsos en tu cuenta de Stripe.',
  statusMode: 'Modo',
  statusModeTest: 'Prueba',
  statusModeLive: 'Real',
  statusKeyName: 'Nombre de la clave',
  statusKey: 'Clave',
  statusVerified: 'Verificada',
  statusPermissions: 'Permisos',
  statusVerify: 'Verificar de nuevo',
  statusReplace: 'Sustituir la clave',
  statusConnect: 'Conectar una clave',
  statusDisconnect: 'Desconectar',
  statusDisconnecting: 'Desconectando…',
  statusDisconnected: 'Stripe está desconectado.',
  statusRetry: 'Volver a intentarlo',
  disconnectTitle: '¿Desconectar Stripe?',
  disconnectBody:
    'Pelago Connect dejará de cobrar y de hacer reembolsos en tu cuenta de Stripe hasta que conectes otra clave. La clave en sí sigue en tu Dashboard de Stripe: elimínala allí si ya no la necesitas.',
  disconnectCancel: 'Cancelar',

  alreadyHaveKey: 'Ya tengo una clave',
};
