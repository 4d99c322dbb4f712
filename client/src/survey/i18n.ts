// Every string the participant sees, in Spanish and English. Components take `t = messages[lang]`.

export type Lang = 'es' | 'en';

export const LANGUAGES: readonly Lang[] = ['es', 'en'];

/** Where the participant's choice of language is remembered. */
export const LANGUAGE_STORAGE_KEY = 'tejido.language';

const en = {
  languageName: 'English',
  languageLabel: 'Language',
  appName: 'Tejido',

  // Joining
  joinTitle: 'Join a mapping workshop',
  joinIntro: 'Type the code your facilitator shows on the screen or on paper.',
  codeLabel: 'Workshop code',
  codeHint: 'Six letters and digits, for example K7M4QX.',
  codeRequired: 'Type the workshop code.',
  codeSubmit: 'Open the survey',
  loadingWorkshop: 'Opening the workshop…',
  notFound: (code: string) => `No workshop has the code ${code} — check it with your facilitator.`,
  retypeCode: 'Type the code again',
  closed: 'This workshop is closed; answers are no longer taken.',
  rateLimited: 'Too many tries in a short time. Please wait a few minutes, then try again.',
  loadFailed: 'Tejido could not be reached. Check the Wi-Fi connection and try again.',
  unexpected: (message: string) => `Something went wrong: ${message}`,
  retry: 'Try again',
  workshopMeta: (community: string, date: string) => `${community} · ${date}`,
  surveyIntro:
    'A few questions about you, what you can offer, what you seek and whom you already work with. It takes about five minutes.',
  draftRestored: 'We restored the answers you had started on this phone.',
  alreadyAnswered: 'You already sent answers from this phone.',
  openPrivateLink: 'Open your private link to see or change them',
  anotherPerson: 'To add another person’s answers, fill in the form below.',

  // The form
  required: 'required',
  optional: 'optional',
  sectionAboutYou: 'About you',
  nameLabel: 'Your name',
  emailLabel: 'Email',
  emailHint: 'To update your record later. Only the facilitators see it.',
  organizationLabel: 'Organization',
  organizationHint: 'Choose from the list, or type a new name.',
  organizationNew: (name: string) => `“${name}” is not on the list yet: it will be added.`,
  organizationUseNew: (name: string) => `Use “${name}” (new organization)`,
  regionLabel: 'Region',
  regionNone: '— Choose a region —',
  roleLabel: 'Role or position',
  roleHint: 'For example: brigade chief, researcher, ejido commissioner.',
  sectionPractice: 'Your practice',
  offersLabel: 'What I can offer',
  offersHint: 'Practices, topics or knowledge you can share with others.',
  seeksLabel: 'What I seek',
  seeksHint: 'What you would like to learn, or need help with.',
  upTo: (max: number) => `up to ${max}`,
  countOf: (count: number, max: number) => `${count} of ${max}`,
  typeToSearch: 'Type to search',
  addNewInterest: (name: string) => `Add “${name}” (new)`,
  alsoCalled: (name: string) => `also called “${name}”`,
  remove: (name: string) => `Remove ${name}`,
  limitReached: (max: number) => `You reached the limit of ${max}. Remove one to add another.`,
  sectionTies: 'Whom I already work with',
  tiesHint: 'Type at least 2 letters of their name. If they are not on the list, add them as someone new.',
  tiesLabel: 'Search people',
  searching: 'Searching…',
  searchFailed: 'The search did not answer; you can still add the person as someone new.',
  addNewPerson: (name: string) => `Add “${name}” as someone new`,
  newPersonName: 'Their name',
  newPersonOrganization: 'Their organization (optional)',
  addPerson: 'Add',
  cancel: 'Cancel',
  namedYou: 'Others said they work with you:',
  sectionConsent: 'What you agree to',
  consentListed: 'Show me on the community map that members and share-link viewers can see',
  consentListedHint: 'If you leave this off, only the facilitators see your answers.',
  consentContactable: 'Members may be suggested to contact me',
  consentContactableHint: 'Tejido may suggest you as a contact to members whose interests match yours.',
  consentNote:
    'The facilitators of this community always see your answers. You can change these choices, or withdraw everything, later through your private link.',
  submit: 'Send my answers',
  sending: 'Sending…',
  notSent: 'Not sent yet — your answers are kept on this phone; try again.',
  queuedOffline:
    'Not sent yet: there is no connection to Tejido. Your answers are kept on this phone and will be sent by themselves as soon as the connection returns — you do not need to press send again. Keep this page open, or open it again later on this phone.',
  checkFields: (count: number) => (count === 1 ? 'Please check the marked field.' : `Please check the ${count} marked fields.`),
  workshopClosedOnSubmit: 'This workshop was closed meanwhile; answers are no longer taken. Your answers stay on this phone.',

  // Field errors
  errorRequired: 'Please type your name.',
  errorTooLong: (max: number) => `At most ${max} characters.`,
  errorEmail: 'This does not look like an email address.',
  errorTooMany: (max: number) => `At most ${max}.`,

  // Receipt
  thanksTitle: 'Thank you!',
  thanksText: 'Your answers are saved.',
  privateLinkTitle: 'Your private link',
  privateLinkAdvice:
    'Keep this link: it is the only way to see, change or withdraw your answers later. Anyone who has it can open your record, so share it with nobody.',
  privateLinkSaved: 'This phone remembers it too.',
  copyLink: 'Copy the link',
  copied: 'Link copied.',
  copyFailed: 'Copying did not work: press and hold the link to copy it.',
  noReceipt: 'There is no receipt for this workshop on this phone.',
  backToSurvey: 'Back to the survey',

  // Private link
  myRecordTitle: 'Your answers',
  myRecordMeta: (community: string) => `Community: ${community}`,
  myRecordIntro: 'Change anything below and save. Your choices about who sees you are in “What you agree to”.',
  loadingRecord: 'Opening your record…',
  linkNotFound: 'This private link does not open any record (it may have been erased).',
  linkMerged: 'A facilitator merged these answers into another record, so this link no longer opens them. Ask your facilitator.',
  save: 'Save my changes',
  saving: 'Saving…',
  saved: 'Saved.',
  notSaved: 'Not saved yet — check the connection and try again.',
  withdrawTitle: 'Withdraw and erase',
  withdrawText:
    'Erase your name, email, answers and every tie you reported or were named in, at once. This private link stops working. It cannot be undone.',
  withdrawButton: 'Erase my record…',
  withdrawConfirm: 'Erase everything about you now?',
  withdrawYes: 'Yes, erase everything',
  withdrawNo: 'No, keep my record',
  erasing: 'Erasing…',
  erasedTitle: 'Your record is erased',
  erasedText: 'Tejido no longer holds your answers, and this private link no longer opens anything.',
  eraseFailed: 'Not erased yet — check the connection and try again.',
  downloadTitle: 'Your data',
  downloadText: 'A copy of everything Tejido holds about you, in a file (JSON) you can keep or take elsewhere.',
  downloadButton: 'Download my data (JSON)',
  downloading: 'Preparing the file…',
  downloadFailed: 'The file could not be prepared — check the connection and try again.',
};

export type Messages = typeof en;

const es: Messages = {
  languageName: 'Español',
  languageLabel: 'Idioma',
  appName: 'Tejido',

  joinTitle: 'Únete a un taller de mapeo',
  joinIntro: 'Escribe el código que muestra quien facilita, en la pantalla o en papel.',
  codeLabel: 'Código del taller',
  codeHint: 'Seis letras y números, por ejemplo K7M4QX.',
  codeRequired: 'Escribe el código del taller.',
  codeSubmit: 'Abrir la encuesta',
  loadingWorkshop: 'Abriendo el taller…',
  notFound: (code) => `Ningún taller tiene el código ${code}: verifícalo con quien facilita.`,
  retypeCode: 'Escribe el código de nuevo',
  closed: 'Este taller está cerrado; ya no se reciben respuestas.',
  rateLimited: 'Demasiados intentos en poco tiempo. Espera unos minutos y vuelve a intentarlo.',
  loadFailed: 'No se pudo conectar con Tejido. Revisa la conexión wifi y vuelve a intentarlo.',
  unexpected: (message) => `Algo salió mal: ${message}`,
  retry: 'Reintentar',
  workshopMeta: (community, date) => `${community} · ${date}`,
  surveyIntro:
    'Unas preguntas sobre ti, lo que puedes ofrecer, lo que buscas y con quién ya trabajas. Toma unos cinco minutos.',
  draftRestored: 'Recuperamos las respuestas que habías empezado en este teléfono.',
  alreadyAnswered: 'Ya enviaste respuestas desde este teléfono.',
  openPrivateLink: 'Abre tu enlace privado para verlas o cambiarlas',
  anotherPerson: 'Para registrar las respuestas de otra persona, llena el formulario de abajo.',

  required: 'obligatorio',
  optional: 'opcional',
  sectionAboutYou: 'Sobre ti',
  nameLabel: 'Tu nombre',
  emailLabel: 'Correo electrónico',
  emailHint: 'Para actualizar tu registro más adelante. Solo lo ven quienes facilitan.',
  organizationLabel: 'Organización',
  organizationHint: 'Elige de la lista o escribe un nombre nuevo.',
  organizationNew: (name) => `«${name}» aún no está en la lista: se agregará.`,
  organizationUseNew: (name) => `Usar «${name}» (organización nueva)`,
  regionLabel: 'Región',
  regionNone: '— Elige una región —',
  roleLabel: 'Cargo o función',
  roleHint: 'Por ejemplo: jefa de brigada, investigador, comisariado ejidal.',
  sectionPractice: 'Tu práctica',
  offersLabel: 'Lo que puedo ofrecer',
  offersHint: 'Prácticas, temas o conocimientos que puedes compartir.',
  seeksLabel: 'Lo que busco',
  seeksHint: 'Lo que te gustaría aprender o en lo que necesitas apoyo.',
  upTo: (max) => `hasta ${max}`,
  countOf: (count, max) => `${count} de ${max}`,
  typeToSearch: 'Escribe para buscar',
  addNewInterest: (name) => `Agregar «${name}» (nuevo)`,
  alsoCalled: (name) => `también llamado «${name}»`,
  remove: (name) => `Quitar ${name}`,
  limitReached: (max) => `Llegaste al límite de ${max}. Quita uno para agregar otro.`,
  sectionTies: 'Con quién ya trabajo',
  tiesHint: 'Escribe al menos 2 letras de su nombre. Si no aparece, agrégala como persona nueva.',
  tiesLabel: 'Buscar personas',
  searching: 'Buscando…',
  searchFailed: 'La búsqueda no respondió; aún puedes agregar a la persona como nueva.',
  addNewPerson: (name) => `Agregar a «${name}» como persona nueva`,
  newPersonName: 'Su nombre',
  newPersonOrganization: 'Su organización (opcional)',
  addPerson: 'Agregar',
  cancel: 'Cancelar',
  namedYou: 'Otras personas dijeron que trabajan contigo:',
  sectionConsent: 'Lo que aceptas',
  consentListed: 'Mostrarme en el mapa de la comunidad que ven sus miembros y quienes tienen un enlace compartido',
  consentListedHint: 'Si lo dejas desactivado, solo quienes facilitan ven tus respuestas.',
  consentContactable: 'Se puede sugerir a otros miembros que me contacten',
  consentContactableHint: 'Tejido puede sugerirte como contacto a miembros con intereses afines a los tuyos.',
  consentNote:
    'Quienes facilitan esta comunidad siempre ven tus respuestas. Puedes cambiar estas opciones, o retirar todo, más adelante con tu enlace privado.',
  submit: 'Enviar mis respuestas',
  sending: 'Enviando…',
  notSent: 'Aún no se envió: tus respuestas se guardan en este teléfono; inténtalo de nuevo.',
  queuedOffline:
    'Aún no se envió: no hay conexión con Tejido. Tus respuestas se guardan en este teléfono y se enviarán solas en cuanto vuelva la conexión; no hace falta volver a pulsar enviar. Deja esta página abierta o vuelve a abrirla más tarde en este teléfono.',
  checkFields: (count) => (count === 1 ? 'Revisa el campo marcado.' : `Revisa los ${count} campos marcados.`),
  workshopClosedOnSubmit:
    'El taller se cerró mientras tanto; ya no se reciben respuestas. Tus respuestas siguen en este teléfono.',

  errorRequired: 'Escribe tu nombre.',
  errorTooLong: (max) => `Como máximo ${max} caracteres.`,
  errorEmail: 'Esto no parece una dirección de correo.',
  errorTooMany: (max) => `Como máximo ${max}.`,

  thanksTitle: '¡Gracias!',
  thanksText: 'Tus respuestas quedaron guardadas.',
  privateLinkTitle: 'Tu enlace privado',
  privateLinkAdvice:
    'Guarda este enlace: es la única forma de ver, cambiar o retirar tus respuestas más adelante. Quien lo tenga puede abrir tu registro; no lo compartas con nadie.',
  privateLinkSaved: 'Este teléfono también lo recuerda.',
  copyLink: 'Copiar el enlace',
  copied: 'Enlace copiado.',
  copyFailed: 'No se pudo copiar: mantén presionado el enlace para copiarlo.',
  noReceipt: 'No hay comprobante de este taller en este teléfono.',
  backToSurvey: 'Volver a la encuesta',

  myRecordTitle: 'Tus respuestas',
  myRecordMeta: (community) => `Comunidad: ${community}`,
  myRecordIntro: 'Cambia lo que quieras y guarda. Tus decisiones sobre quién te ve están en «Lo que aceptas».',
  loadingRecord: 'Abriendo tu registro…',
  linkNotFound: 'Este enlace privado no abre ningún registro (puede que se haya borrado).',
  linkMerged: 'Quien facilita el taller unió estas respuestas con otro registro, así que este enlace ya no las abre. Pregunta a quien facilita.',
  save: 'Guardar mis cambios',
  saving: 'Guardando…',
  saved: 'Guardado.',
  notSaved: 'Aún no se guardó: revisa la conexión y vuelve a intentarlo.',
  withdrawTitle: 'Retirar y borrar',
  withdrawText:
    'Borra tu nombre, correo, respuestas y cada vínculo que reportaste o en el que te nombraron, todo a la vez. Este enlace privado deja de funcionar. No se puede deshacer.',
  withdrawButton: 'Borrar mi registro…',
  withdrawConfirm: '¿Borrar ahora todo lo que hay sobre ti?',
  withdrawYes: 'Sí, borrar todo',
  withdrawNo: 'No, conservar mi registro',
  erasing: 'Borrando…',
  erasedTitle: 'Tu registro se borró',
  erasedText: 'Tejido ya no guarda tus respuestas, y este enlace privado ya no abre nada.',
  eraseFailed: 'Aún no se borró: revisa la conexión y vuelve a intentarlo.',
  downloadTitle: 'Tus datos',
  downloadText: 'Una copia de todo lo que Tejido guarda sobre ti, en un archivo (JSON) que puedes conservar o llevar a otra parte.',
  downloadButton: 'Descargar mis datos (JSON)',
  downloading: 'Preparando el archivo…',
  downloadFailed: 'No se pudo preparar el archivo: revisa la conexión y vuelve a intentarlo.',
};

export const messages: Record<Lang, Messages> = { es, en };

export function isLang(value: unknown): value is Lang {
  return value === 'es' || value === 'en';
}

/**
 * The language to start with: the participant's remembered choice, else the first browser language that is
 * Spanish or English, else Spanish (the communities Tejido grew from speak it).
 */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'es';
}

/** A YYYY-MM-DD day in words, e.g. "12 de marzo de 2025"; the text as given when it is not such a day. */
export function formatDay(day: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-MX' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
