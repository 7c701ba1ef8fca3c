import { type UiLanguage, uiLanguage } from './messages.ts';

/**
 * The archive's pages' texts (the front page, the years, the people, the search). Kept apart from
 * `Messages`, which every event page downloads first: only those pages, loaded on their own, need them.
 */
export interface ArchiveMessages {
  latestEvents: string;
  /** Name of the navigation by year. */
  years: string;
  yearTitle: (year: string) => string;
  yearDescription: (year: string) => string;
  eventCount: (count: number) => string;
  /** Name of a long year's navigation between its pages. */
  pages: string;
  pageOf: (page: number, pages: number) => string;
  previousPage: string;
  nextPage: string;
  yearFailed: string;
  /** The people pages (issue 16): their title, also the name of the links to them. */
  people: string;
  peopleDescription: string;
  /** Name of the people page's jump list to each initial letter. */
  peopleLetters: string;
  peopleFailed: string;
  personDescription: (name: string) => string;
  /** Heading of the roles a person held, each with its dates. */
  personRoles: string;
  personFailed: string;
  /** The search page (issue 16): its title, description and the field's label. */
  searchTitle: string;
  searchDescription: string;
  searchLabel: string;
  searchSubmit: string;
  /** Said while the index loads and searches. */
  searching: string;
  /** The count of matches, announced: `3 résultats pour « Asselborn »`; 0 says there are none. */
  searchCount: (count: number, query: string) => string;
  /** The index could not be loaded (missing, or the network failed). */
  searchFailed: string;
  /** The filters' group and each filter's label and "any" choice. */
  searchFilters: string;
  filterYear: string;
  filterPerson: string;
  filterCredit: string;
  anyYear: string;
  anyPerson: string;
  anyCredit: string;
  moreResults: string;
  /** Before a matching photo's caption: `Photo 3`. */
  photoNumber: (n: number) => string;
}

const tables: Record<UiLanguage, ArchiveMessages> = {
  fr: {
    latestEvents: 'Derniers événements',
    years: 'Toutes les années',
    yearTitle: (year) => `Événements de ${year}`,
    yearDescription: (year) => `Les réunions et visites du ministère en ${year}, en photos.`,
    eventCount: (count) => `${count} événement${count > 1 ? 's' : ''}`,
    pages: 'Pages',
    pageOf: (page, pages) => `Page ${page} sur ${pages}`,
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    yearFailed: 'Les événements de cette année n’ont pas pu être chargés.',
    people: 'Personnes',
    peopleDescription: 'Toutes les personnes nommées dans les légendes des photos.',
    peopleLetters: 'Initiales',
    peopleFailed: 'La liste des personnes n’a pas pu être chargée.',
    personDescription: (name) => `Toutes les photos de ${name} dans les galeries.`,
    personRoles: 'Fonctions',
    personFailed: 'Les photos de cette personne n’ont pas pu être chargées.',
    searchTitle: 'Recherche',
    searchDescription: 'Chercher dans les événements et les légendes des photos : titres, lieux, articles, personnes.',
    searchLabel: 'Rechercher un événement, un lieu, une personne',
    searchSubmit: 'Rechercher',
    searching: 'Recherche en cours…',
    searchCount: (count, query) =>
      count === 0 ? `Aucun résultat pour « ${query} »` : `${count} résultat${count > 1 ? 's' : ''} pour « ${query} »`,
    searchFailed: 'La recherche n’est pas disponible pour le moment. Réessayez plus tard.',
    searchFilters: 'Affiner la recherche',
    filterYear: 'Année',
    filterPerson: 'Personne',
    filterCredit: 'Crédit photo',
    anyYear: 'Toutes les années',
    anyPerson: 'Toutes les personnes',
    anyCredit: 'Tous les crédits',
    moreResults: 'Plus de résultats',
    photoNumber: (n) => `Photo ${n}`,
  },
  de: {
    latestEvents: 'Neueste Veranstaltungen',
    years: 'Alle Jahre',
    yearTitle: (year) => `Veranstaltungen ${year}`,
    yearDescription: (year) => `Die Treffen und Besuche des Ministeriums im Jahr ${year}, in Fotos.`,
    eventCount: (count) => `${count} Veranstaltung${count > 1 ? 'en' : ''}`,
    pages: 'Seiten',
    pageOf: (page, pages) => `Seite ${page} von ${pages}`,
    previousPage: 'Vorherige Seite',
    nextPage: 'Nächste Seite',
    yearFailed: 'Die Veranstaltungen dieses Jahres konnten nicht geladen werden.',
    people: 'Personen',
    peopleDescription: 'Alle Personen, die in den Bildunterschriften genannt werden.',
    peopleLetters: 'Anfangsbuchstaben',
    peopleFailed: 'Die Liste der Personen konnte nicht geladen werden.',
    personDescription: (name) => `Alle Fotos von ${name} aus den Galerien.`,
    personRoles: 'Funktionen',
    personFailed: 'Die Fotos dieser Person konnten nicht geladen werden.',
    searchTitle: 'Suche',
    searchDescription: 'In den Veranstaltungen und Bildunterschriften suchen: Titel, Orte, Artikel, Personen.',
    searchLabel: 'Veranstaltung, Ort oder Person suchen',
    searchSubmit: 'Suchen',
    searching: 'Suche läuft …',
    searchCount: (count, query) => (count === 0 ? `Keine Treffer für „${query}“` : `${count} Treffer für „${query}“`),
    searchFailed: 'Die Suche ist derzeit nicht verfügbar. Bitte versuchen Sie es später erneut.',
    searchFilters: 'Suche eingrenzen',
    filterYear: 'Jahr',
    filterPerson: 'Person',
    filterCredit: 'Bildnachweis',
    anyYear: 'Alle Jahre',
    anyPerson: 'Alle Personen',
    anyCredit: 'Alle Bildnachweise',
    moreResults: 'Weitere Treffer',
    photoNumber: (n) => `Foto ${n}`,
  },
  en: {
    latestEvents: 'Latest events',
    years: 'All years',
    yearTitle: (year) => `Events of ${year}`,
    yearDescription: (year) => `The ministry’s meetings and visits in ${year}, in photos.`,
    eventCount: (count) => `${count} event${count > 1 ? 's' : ''}`,
    pages: 'Pages',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    previousPage: 'Previous page',
    nextPage: 'Next page',
    yearFailed: 'The events of this year could not be loaded.',
    people: 'People',
    peopleDescription: 'Everyone named in the photo captions.',
    peopleLetters: 'Initials',
    peopleFailed: 'The list of people could not be loaded.',
    personDescription: (name) => `Every photo of ${name} in the galleries.`,
    personRoles: 'Roles',
    personFailed: 'The photos of this person could not be loaded.',
    searchTitle: 'Search',
    searchDescription: 'Search the events and the photo captions: titles, places, articles, people.',
    searchLabel: 'Search for an event, a place, a person',
    searchSubmit: 'Search',
    searching: 'Searching…',
    searchCount: (count, query) =>
      count === 0 ? `No results for “${query}”` : `${count} result${count > 1 ? 's' : ''} for “${query}”`,
    searchFailed: 'Search is not available at the moment. Please try again later.',
    searchFilters: 'Refine the search',
    filterYear: 'Year',
    filterPerson: 'Person',
    filterCredit: 'Photo credit',
    anyYear: 'All years',
    anyPerson: 'All people',
    anyCredit: 'All credits',
    moreResults: 'More results',
    photoNumber: (n) => `Photo ${n}`,
  },
  lb: {
    latestEvents: 'Neist Evenementer',
    years: 'All d’Joren',
    yearTitle: (year) => `Evenementer ${year}`,
    yearDescription: (year) => `D’Reuniounen a Visitte vum Ministère am Joer ${year}, a Fotoen.`,
    eventCount: (count) => `${count} ${count > 1 ? 'Evenementer' : 'Evenement'}`,
    pages: 'Säiten',
    pageOf: (page, pages) => `Säit ${page} vun ${pages}`,
    previousPage: 'Vireg Säit',
    nextPage: 'Nächst Säit',
    yearFailed: 'D’Evenementer vun dësem Joer konnten net geluede ginn.',
    people: 'Persounen',
    peopleDescription: 'All d’Persounen, déi an de Beschrëftunge vun de Fotoe genannt ginn.',
    peopleLetters: 'Ufanksbuschtawen',
    peopleFailed: 'D’Lëscht vun de Persounen konnt net gelueden ginn.',
    personDescription: (name) => `${name}: all d’Fotoen aus de Galerien.`,
    personRoles: 'Funktiounen',
    personFailed: 'D’Fotoe vun dëser Persoun konnten net gelueden ginn.',
    searchTitle: 'Sichen',
    searchDescription: 'An den Evenementer an de Fotosbeschrëftunge sichen: Titelen, Plazen, Artikelen, Persounen.',
    searchLabel: 'En Evenement, eng Plaz, eng Persoun sichen',
    searchSubmit: 'Sichen',
    searching: 'Et gëtt gesicht …',
    searchCount: (count, query) =>
      count === 0
        ? `Keng Resultater fir „${query}“`
        : `${count} ${count > 1 ? 'Resultater' : 'Resultat'} fir „${query}“`,
    searchFailed: 'D’Sich ass de Moment net disponibel. Probéiert w.e.g. méi spéit nach eng Kéier.',
    searchFilters: 'D’Sich aschränken',
    filterYear: 'Joer',
    filterPerson: 'Persoun',
    filterCredit: 'Fotocredit',
    anyYear: 'All Joeren',
    anyPerson: 'All Persounen',
    anyCredit: 'All Fotocrediten',
    moreResults: 'Méi Resultater',
    photoNumber: (n) => `Foto ${n}`,
  },
};

/** The listing pages' texts in the interface language for a language tag. */
export function archiveMessages(tag: string | undefined): ArchiveMessages {
  return tables[uiLanguage(tag)];
}
