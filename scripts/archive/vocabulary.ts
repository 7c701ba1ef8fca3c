import type { Texts } from './roles.ts';

/** What the minister went to; `slug` starts the event's id, the texts follow the name in a title. */
export const KINDS: (Texts & { slug: string })[] = [
  {
    slug: 'otan',
    fr: 'à la réunion des ministres des Affaires étrangères de l’OTAN',
    de: 'beim Treffen der NATO-Außenminister',
    en: 'at the meeting of NATO Foreign Ministers',
  },
  {
    slug: 'cae',
    fr: 'au Conseil Affaires étrangères de l’Union européenne',
    de: 'beim Rat für Auswärtige Angelegenheiten der EU',
    en: 'at the EU Foreign Affairs Council',
  },
  { slug: 'visite', fr: 'en visite officielle', de: 'zu einem offiziellen Besuch', en: 'on an official visit' },
  {
    slug: 'securite',
    fr: 'à la conférence sur la sécurité',
    de: 'bei der Sicherheitskonferenz',
    en: 'at the security conference',
  },
  {
    slug: 'osce',
    fr: 'au Conseil ministériel de l’OSCE',
    de: 'beim OSZE-Ministerrat',
    en: 'at the OSCE Ministerial Council',
  },
  {
    slug: 'onu',
    fr: 'à l’Assemblée générale des Nations unies',
    de: 'bei der UN-Generalversammlung',
    en: 'at the United Nations General Assembly',
  },
  {
    slug: 'gymnich',
    fr: 'à la réunion informelle des ministres (Gymnich)',
    de: 'beim informellen Außenministertreffen (Gymnich)',
    en: 'at the informal meeting of foreign ministers (Gymnich)',
  },
  { slug: 'benelux', fr: 'au sommet du Benelux', de: 'beim Benelux-Gipfel', en: 'at the Benelux summit' },
  {
    slug: 'ukraine',
    fr: 'à la conférence pour la reconstruction de l’Ukraine',
    de: 'bei der Wiederaufbaukonferenz für die Ukraine',
    en: 'at the Ukraine Recovery Conference',
  },
  { slug: 'commerce', fr: 'à la mission économique', de: 'bei der Wirtschaftsmission', en: 'on the trade mission' },
];

export const PLACES: Texts[] = [
  { fr: 'Vienne', de: 'Wien', en: 'Vienna' },
  { fr: 'Bruxelles', de: 'Brüssel', en: 'Brussels' },
  { fr: 'Bucarest', de: 'Bukarest', en: 'Bucharest' },
  { fr: 'Genève', de: 'Genf', en: 'Geneva' },
  { fr: 'New York', de: 'New York', en: 'New York' },
  { fr: 'Luxembourg', de: 'Luxemburg', en: 'Luxembourg' },
  { fr: 'Varsovie', de: 'Warschau', en: 'Warsaw' },
  { fr: 'Prague', de: 'Prag', en: 'Prague' },
  { fr: 'Lisbonne', de: 'Lissabon', en: 'Lisbon' },
  { fr: 'Athènes', de: 'Athen', en: 'Athens' },
  { fr: 'Reykjavik', de: 'Reykjavík', en: 'Reykjavík' },
  { fr: 'Helsinki', de: 'Helsinki', en: 'Helsinki' },
  { fr: 'Riga', de: 'Riga', en: 'Riga' },
  { fr: 'Vilnius', de: 'Vilnius', en: 'Vilnius' },
  { fr: 'La Haye', de: 'Den Haag', en: 'The Hague' },
  { fr: 'Berlin', de: 'Berlin', en: 'Berlin' },
  { fr: 'Rome', de: 'Rom', en: 'Rome' },
  { fr: 'Dublin', de: 'Dublin', en: 'Dublin' },
  { fr: 'Ljubljana', de: 'Ljubljana', en: 'Ljubljana' },
  { fr: 'Zagreb', de: 'Zagreb', en: 'Zagreb' },
  { fr: 'Budapest', de: 'Budapest', en: 'Budapest' },
  { fr: 'Ottawa', de: 'Ottawa', en: 'Ottawa' },
  { fr: 'Kyiv', de: 'Kyjiw', en: 'Kyiv' },
  { fr: 'Schengen', de: 'Schengen', en: 'Schengen' },
  { fr: 'Strasbourg', de: 'Straßburg', en: 'Strasbourg' },
];

/** Photo credits as releases print them, the © left to the gallery. */
export const CREDITS = [
  'MAEE',
  'NATO',
  'SIP / Claude Piscitelli',
  'MAEE / Luc Deflorenne',
  'SIP / Emmanuel Claude',
  'OSCE / Micky Kroell',
  'European Union',
  'UN Photo / Manuel Elías',
];

/** Free captions, for a photo of a room or a crowd rather than of people one can name. */
export const MOMENTS: Texts[] = [
  { fr: 'Photo de famille', de: 'Familienfoto', en: 'Family photo' },
  { fr: 'Arrivée des délégations', de: 'Ankunft der Delegationen', en: 'Arrival of the delegations' },
  { fr: 'Vue de la salle plénière', de: 'Blick in den Plenarsaal', en: 'View of the plenary hall' },
  { fr: 'Conférence de presse', de: 'Pressekonferenz', en: 'Press conference' },
  { fr: 'Séance de travail', de: 'Arbeitssitzung', en: 'Working session' },
  {
    fr: 'Signature d’une déclaration commune',
    de: 'Unterzeichnung einer gemeinsamen Erklärung',
    en: 'Signing of a joint declaration',
  },
  { fr: 'Dîner de travail', de: 'Arbeitsessen', en: 'Working dinner' },
  { fr: 'Tour de table', de: 'Tischrunde', en: 'Round table' },
];

export const SOURCE: Texts = {
  fr: 'Communiqué par le ministère des Affaires étrangères et européennes',
  de: 'Mitgeteilt vom Ministerium für auswärtige und europäische Angelegenheiten',
  en: 'Communicated by the Ministry of Foreign and European Affairs',
};
