import type { Messages } from './en';

/** The Spanish messages. */
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
};
