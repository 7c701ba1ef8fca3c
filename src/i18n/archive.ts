import { type UiLanguage, uiLanguage } from './messages.ts';

/**
 * The archive's listing pages' texts (the front page, the years). Kept apart from `Messages`,
 * which every event page downloads first: only the listing pages, loaded on their own, need them.
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
  },
};

/** The listing pages' texts in the interface language for a language tag. */
export function archiveMessages(tag: string | undefined): ArchiveMessages {
  return tables[uiLanguage(tag)];
}
