// Every string of the peer finder, interest pages and the participant's "people you could meet", in English
// and Spanish. The language is the one the survey pages remember (survey/useLanguage).

import type { ParticipationLevel } from '../communities/queries';
import type { Lang } from '../survey/i18n';
import type { PeerScoreKey } from './format';
import type { RegionPreference } from './queries';
import type { ReasonLanguage } from '../gql/graphql';

const en = {
  // Frame and loading
  backToMap: (community: string) => `← Map of ${community}`,
  backToPeers: '← Find peers',
  loading: 'Loading…',
  loadFailed: (message: string) => `Could not load this page: ${message}`,
  signInTitle: 'Sign in to find peers',
  signInText: 'The peer finder is open to the facilitators of the community and to people with its share link.',
  signInLink: 'Facilitator sign in',
  noCommunity: (slug: string) => `No community called “${slug}”, or your account does not facilitate it.`,
  sharedNote: 'Read-only shared view: only people who chose to be listed are shown.',

  // Peer finder
  finderTitle: 'Find peers',
  finderLead: 'Who should meet whom, and why: pick a person to see suggestions, or search people by interest, region or organization.',
  tabSuggestions: 'Who should they meet?',
  tabSearch: 'Search people',
  pickerLabel: 'Person',
  pickerHint: 'Type at least 2 letters of their name.',
  searching: 'Searching…',
  nobodyByName: 'Nobody listed has that name.',
  pickerFailed: 'The search did not answer. Try again.',
  pickPrompt: 'Pick a person to see whom they could meet, and why.',
  change: 'Choose someone else',
  personUnknown: 'This person is not in the community, or is not shown to you.',

  // Suggestions
  suggestionsFor: (name: string) => `Whom ${name} could meet`,
  reasonsVoice: (name: string) => `Reasons speak to ${name} as “you”.`,
  preferenceLabel: 'Where',
  preference: { ANY: 'Anywhere', SAME_REGION: 'Same region', OTHER_REGION: 'Other regions' } satisfies Record<RegionPreference, string>,
  noSuggestions: (name: string) =>
    `No suggestions for ${name} yet: nobody who agreed to be contacted offers what they seek, seeks what they offer or shares their interests.`,
  noSuggestionsTry: 'Try “Anywhere”.',
  part: {
    complementarity: 'They complement each other',
    sharedRarity: 'Rare interests in common',
    proximity: 'Mutual contacts',
    region: 'Region preference',
  } satisfies Record<PeerScoreKey, string>,
  partValue: (value: string, max: string) => `${value} of ${max}`,
  theyOffer: (name: string) => `Offers what ${name} seeks`,
  youOffer: (name: string) => `Seeks what ${name} offers`,
  shared: 'Interests in common',
  introduce: 'Who can introduce them?',
  introducing: 'Looking for a chain of contacts…',
  hidePath: 'Hide the chain',
  pathTitle: (from: string, to: string) => `From ${from} to ${to}`,
  pathSteps: (introductions: number) =>
    introductions === 1 ? 'One person can introduce them:' : `A chain of ${introductions} people can introduce them:`,
  pathStart: 'starts here',
  pathKnows: (name: string) => `knows ${name}`,
  pathDirect: (a: string, b: string) => `${a} and ${b} already know each other.`,
  pathSame: 'This is the same person.',
  pathNone: (a: string, b: string) =>
    `No chain of people who know each other links ${a} and ${b} (up to 4 steps). A facilitator could introduce them directly, for example at the next workshop.`,

  // Profile
  profileTitle: 'Profile',
  close: 'Close',
  offers: 'Offers',
  seeks: 'Seeks',
  nothingYet: 'Nothing yet',
  participation: { CORE: 'Core member', ACTIVE: 'Active member', PERIPHERAL: 'Peripheral member' } satisfies Record<ParticipationLevel, string>,
  peersOf: (name: string) => `Whom ${name} could meet →`,

  // Map
  mapTitle: 'On the map',
  mapLabel: (people: number, highlighted: number) => `Community map of ${people} people, ${highlighted} highlighted`,
  mapHint: 'Highlighted people have a dark ring; the chain of contacts is drawn in black. Tap a person for their profile.',

  // Search
  textLabel: 'Free text',
  textHint: 'Names, roles, organizations or interests',
  interestLabel: 'Interest',
  interestHint: 'e.g. prescribed burning',
  regionLabel: 'Region',
  regionAny: 'Any region',
  organizationLabel: 'Organization',
  organizationAny: 'Any organization',
  participationLabel: 'Participation',
  participationAny: 'Any level',
  searchButton: 'Search',
  clear: 'Clear',
  needCriterion: 'Fill in at least one field.',
  found: (count: number) => (count === 1 ? '1 person found' : `${count} people found`),
  nobodyFound: 'Nobody matches all of these. Try with fewer fields.',
  more: 'Show more',
  match: { OFFERS: 'offers it', SEEKS: 'seeks it' },
  searchFailed: (message: string) => `The search failed: ${message}`,

  // Interest page
  interestKicker: 'Interest',
  alsoCalled: (names: string) => `Also called: ${names}`,
  interestCounts: (offer: number, seek: number) =>
    `${offer === 1 ? '1 person offers it' : `${offer} people offer it`}, ${seek === 1 ? '1 seeks it' : `${seek} seek it`}.`,
  interestUnknown: 'This interest does not exist in this community (it may have been merged into another one).',
  gapsTitle: 'Where to invite a speaker',
  gapsLead: 'Regions where people seek this and nobody there offers it.',
  noGaps: 'No gaps: wherever people seek it, someone in their region offers it.',
  gapSummary: (seekers: number) => (seekers === 1 ? '1 person seeks it, nobody there offers it.' : `${seekers} people seek it, nobody there offers it.`),
  gapSeekers: 'Who seeks it there',
  nearestOfferers: 'Nearest people who offer it elsewhere',
  noNearest: 'Nobody offers it in another region either: look for a speaker outside the community.',
  hops: (hops: number | null) =>
    hops === null ? 'no chain of contacts to them' : hops === 1 ? 'already knows one of them' : `${hops} steps through people they know`,
  byRegion: 'By region',
  regionColumn: 'Region',
  offerColumn: 'Offer it',
  seekColumn: 'Seek it',
  noRegion: 'No region given',
  offeredBy: 'Who offers it',
  soughtBy: 'Who seeks it',
  nobodyOffers: 'Nobody offers it yet.',
  nobodySeeks: 'Nobody seeks it yet.',

  // The participant's private page
  meetTitle: 'People you could meet',
  meetLead: 'From your answers: people who offer what you seek, seek what you offer or share your interests.',
  meetNone: 'No suggestions yet. As more people answer, Tejido will suggest people whose interests match yours.',
  meetFailed: 'The suggestions could not be loaded right now.',
};

export type PeerMessages = typeof en;

const es: PeerMessages = {
  backToMap: (community) => `← Mapa de ${community}`,
  backToPeers: '← Encontrar contactos',
  loading: 'Cargando…',
  loadFailed: (message) => `No se pudo cargar esta página: ${message}`,
  signInTitle: 'Inicia sesión para encontrar contactos',
  signInText: 'El buscador de contactos está abierto a quienes facilitan la comunidad y a quienes tienen su enlace compartido.',
  signInLink: 'Inicio de sesión para facilitadores',
  noCommunity: (slug) => `No hay ninguna comunidad «${slug}», o tu cuenta no la facilita.`,
  sharedNote: 'Vista compartida de solo lectura: solo aparecen las personas que aceptaron mostrarse.',

  finderTitle: 'Encontrar contactos',
  finderLead:
    'Quién debería conocer a quién, y por qué: elige a una persona para ver sugerencias, o busca personas por interés, región u organización.',
  tabSuggestions: '¿A quién podría conocer?',
  tabSearch: 'Buscar personas',
  pickerLabel: 'Persona',
  pickerHint: 'Escribe al menos 2 letras de su nombre.',
  searching: 'Buscando…',
  nobodyByName: 'No aparece nadie con ese nombre.',
  pickerFailed: 'La búsqueda no respondió. Inténtalo de nuevo.',
  pickPrompt: 'Elige a una persona para ver a quién podría conocer, y por qué.',
  change: 'Elegir a otra persona',
  personUnknown: 'Esta persona no está en la comunidad, o no se te muestra.',

  suggestionsFor: (name) => `A quién podría conocer ${name}`,
  reasonsVoice: (name) => `Las razones le hablan a ${name} de «tú».`,
  preferenceLabel: 'Dónde',
  preference: { ANY: 'Cualquiera', SAME_REGION: 'Misma región', OTHER_REGION: 'Otra región' },
  noSuggestions: (name) =>
    `Aún no hay sugerencias para ${name}: nadie que aceptó ser contactado ofrece lo que busca, busca lo que ofrece o comparte sus intereses.`,
  noSuggestionsTry: 'Prueba con «Cualquiera».',
  part: {
    complementarity: 'Se complementan',
    sharedRarity: 'Intereses poco comunes en común',
    proximity: 'Contactos en común',
    region: 'Preferencia de región',
  },
  partValue: (value, max) => `${value} de ${max}`,
  theyOffer: (name) => `Ofrece lo que ${name} busca`,
  youOffer: (name) => `Busca lo que ${name} ofrece`,
  shared: 'Intereses en común',
  introduce: '¿Quién puede presentarlos?',
  introducing: 'Buscando una cadena de contactos…',
  hidePath: 'Ocultar la cadena',
  pathTitle: (from, to) => `De ${from} a ${to}`,
  pathSteps: (introductions) =>
    introductions === 1 ? 'Una persona puede presentarlos:' : `Una cadena de ${introductions} personas puede presentarlos:`,
  pathStart: 'punto de partida',
  pathKnows: (name) => `conoce a ${name}`,
  pathDirect: (a, b) => `${a} y ${b} ya se conocen.`,
  pathSame: 'Es la misma persona.',
  pathNone: (a, b) =>
    `Ninguna cadena de personas que se conocen une a ${a} con ${b} (hasta 4 pasos). Quien facilita podría presentarlos directamente, por ejemplo en el próximo taller.`,

  profileTitle: 'Perfil',
  close: 'Cerrar',
  offers: 'Ofrece',
  seeks: 'Busca',
  nothingYet: 'Nada aún',
  participation: { CORE: 'Miembro del núcleo', ACTIVE: 'Miembro activo', PERIPHERAL: 'Miembro periférico' },
  peersOf: (name) => `A quién podría conocer ${name} →`,

  mapTitle: 'En el mapa',
  mapLabel: (people, highlighted) => `Mapa de la comunidad con ${people} personas, ${highlighted} resaltadas`,
  mapHint: 'Las personas resaltadas llevan un anillo oscuro; la cadena de contactos se dibuja en negro. Toca a una persona para ver su perfil.',

  textLabel: 'Texto libre',
  textHint: 'Nombres, cargos, organizaciones o intereses',
  interestLabel: 'Interés',
  interestHint: 'p. ej. quemas prescritas',
  regionLabel: 'Región',
  regionAny: 'Cualquier región',
  organizationLabel: 'Organización',
  organizationAny: 'Cualquier organización',
  participationLabel: 'Participación',
  participationAny: 'Cualquier nivel',
  searchButton: 'Buscar',
  clear: 'Limpiar',
  needCriterion: 'Llena al menos un campo.',
  found: (count) => (count === 1 ? '1 persona encontrada' : `${count} personas encontradas`),
  nobodyFound: 'Nadie cumple con todo esto. Prueba con menos campos.',
  more: 'Mostrar más',
  match: { OFFERS: 'lo ofrece', SEEKS: 'lo busca' },
  searchFailed: (message) => `La búsqueda falló: ${message}`,

  interestKicker: 'Interés',
  alsoCalled: (names) => `También llamado: ${names}`,
  interestCounts: (offer, seek) =>
    `${offer === 1 ? '1 persona lo ofrece' : `${offer} personas lo ofrecen`}, ${seek === 1 ? '1 lo busca' : `${seek} lo buscan`}.`,
  interestUnknown: 'Este interés no existe en esta comunidad (puede que se haya fusionado con otro).',
  gapsTitle: 'Dónde invitar a un ponente',
  gapsLead: 'Regiones donde hay quien busca esto y nadie ahí lo ofrece.',
  noGaps: 'Sin huecos: donde alguien lo busca, alguien de su región lo ofrece.',
  gapSummary: (seekers) => (seekers === 1 ? '1 persona lo busca, nadie ahí lo ofrece.' : `${seekers} personas lo buscan, nadie ahí lo ofrece.`),
  gapSeekers: 'Quién lo busca ahí',
  nearestOfferers: 'Las personas más cercanas que lo ofrecen en otras regiones',
  noNearest: 'Nadie lo ofrece en otra región tampoco: busca un ponente fuera de la comunidad.',
  hops: (hops) =>
    hops === null ? 'sin cadena de contactos hasta ellas' : hops === 1 ? 'ya conoce a una de ellas' : `a ${hops} pasos por personas que se conocen`,
  byRegion: 'Por región',
  regionColumn: 'Región',
  offerColumn: 'Lo ofrecen',
  seekColumn: 'Lo buscan',
  noRegion: 'Sin región',
  offeredBy: 'Quién lo ofrece',
  soughtBy: 'Quién lo busca',
  nobodyOffers: 'Nadie lo ofrece aún.',
  nobodySeeks: 'Nadie lo busca aún.',

  meetTitle: 'Personas que podrías conocer',
  meetLead: 'Según tus respuestas: personas que ofrecen lo que buscas, buscan lo que ofreces o comparten tus intereses.',
  meetNone: 'Aún no hay sugerencias. A medida que más personas respondan, Tejido te sugerirá personas con intereses afines.',
  meetFailed: 'Las sugerencias no se pudieron cargar ahora.',
};

export const peerMessages: Record<Lang, PeerMessages> = { en, es };

/** The language the API words the reasons in. */
export const reasonLanguage = (lang: Lang): ReasonLanguage => (lang === 'es' ? 'ES' : 'EN');
