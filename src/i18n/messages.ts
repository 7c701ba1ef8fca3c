/** Every text the interface shows, per language. A missing key in a table is a type error. */
export interface Messages {
  /** Marker before a left-to-right list of people, used when two or more are named. */
  leftToRight: string;
  /** What stands between two people in a caption: French typography wants a space before `;`. */
  peopleSeparator: string;
  /** Role description of the inline carousel and of each of its slides. */
  carousel: string;
  slide: string;
  /** Label of the carousel region, naming the event. */
  gallery: (title: string) => string;
  /** Slide label and counter text: `3 of 14`. */
  slideOf: (n: number | string, total: number | string) => string;
  previous: string;
  next: string;
  /** Name of the button around the photo that opens the lightbox. */
  openPhoto: (n: number) => string;
  /** Accessible name of the thumbnail strip. */
  /** Names the list of the photos after the first, shown when scripts do not run. */
  morePhotos: string;
  thumbnails: string;
  /** Name of one thumbnail button. */
  goToPhoto: (n: number) => string;
  /** Alt text when a photo names nobody and has no caption. */
  photoAlt: (n: number, title: string) => string;
  close: string;
  lightbox: string;
  zoomIn: string;
  zoomOut: string;
  enterFullscreen: string;
  exitFullscreen: string;
  share: string;
  /** Said once the photo's address is on the clipboard, where the system share sheet is missing. */
  linkCopied: string;
  /** Name of the lightbox's caption, a region that scrolls when the caption is long. */
  captionOf: (n: number) => string;
  /** `Dernière mise à jour : 30 novembre 2022`. */
  updated: (date: string) => string;
  loading: string;
  /** Shown when an address names a photo the event does not have. */
  noSuchPhoto: (n: string, total: number) => string;
  firstPhoto: string;
  /** Heading of the page shown when an event file cannot be shown. */
  errorTitle: string;
  errorFile: (file: string) => string;
  errorNotFound: string;
  errorHttp: (status: number) => string;
  errorServer: (status: number) => string;
  errorNetwork: string;
  errorTimeout: string;
  /** An embedding whose `src` attribute is not an address the gallery loads (`data:`, `javascript:`…). */
  errorSource: (value: string) => string;
  /** The calm notice under a gallery some of whose photos could not be shown. */
  droppedPhotos: (numbers: string) => string;
  /** Its details, for the editors who can fix the file. */
  droppedDetails: string;
  /** Stands in for a photo whose image did not load. */
  imageFailed: (n: number) => string;
  /** An unexpected fault in the page itself. */
  crashTitle: string;
  crashText: string;
  reload: string;
  errorJson: (detail: string) => string;
  errorInvalid: (count: number) => string;
  retry: string;
  /** Heading and description of the events index. */
  indexTitle: string;
  indexDescription: string;
  photoCount: (count: number) => string;
  indexFailed: string;
  notFoundTitle: string;
  notFoundText: string;
  backToIndex: string;
  /** Name of the header's links to the page in other languages. */
  otherLanguages: string;
  /**
   * An embedded gallery's offer to show the event's version written in the interface language,
   * named in that language: `Auf Deutsch ansehen`.
   */
  viewInThisLanguage: string;
  /** Name of the footer's list of links. */
  footerLinks: string;
  legalNotice: string;
  privacy: string;
  accessibility: string;
  contact: string;
  /** Said in the footer of a demonstration site, so no visitor takes it for the publisher's own. */
  demoNotice: string;
  /** Title and description of the accessibility statement (its texts: statement.ts). */
  statementTitle: string;
  statementDescription: string;
}

/** The languages the interface speaks; each table is loaded on its own, when a page needs it. */
const loaders = {
  fr: () => import('./fr.ts').then((module) => module.fr),
  de: () => import('./de.ts').then((module) => module.de),
  en: () => import('./en.ts').then((module) => module.en),
  lb: () => import('./lb.ts').then((module) => module.lb),
} satisfies Record<string, () => Promise<Messages>>;

export type UiLanguage = keyof typeof loaders;

export const UI_LANGUAGES = Object.keys(loaders) as UiLanguage[];

/** The interface language for a content language tag: `fr-LU` → `fr`; unknown ones → English. */
export function uiLanguage(tag: string | undefined): UiLanguage {
  const base = tag?.toLowerCase().split('-')[0];
  return base !== undefined && Object.hasOwn(loaders, base) ? (base as UiLanguage) : 'en';
}

// One load per language for the page's life; the tables arrived, for renders that cannot wait.
const pending = new Map<UiLanguage, Promise<Messages>>();
const arrived = new Map<UiLanguage, Messages>();

/** Loads the table of a language tag's interface language, once. */
export function loadMessages(tag: string | undefined): Promise<Messages> {
  const lang = uiLanguage(tag);
  let table = pending.get(lang);
  if (!table) {
    table = loaders[lang]().then((messages) => {
      arrived.set(lang, messages);
      return messages;
    });
    pending.set(lang, table);
  }
  return table;
}

/** The table for a language tag if it has arrived (see loadMessages). */
export function loadedMessages(tag: string | undefined): Messages | undefined {
  return arrived.get(uiLanguage(tag));
}

/** The table for a language tag, which must have been loaded: the app loads the page's before it starts. */
export function messagesFor(tag: string | undefined): Messages {
  const messages = loadedMessages(tag);
  if (!messages) throw new Error(`the ${uiLanguage(tag)} messages are used before loadMessages()`);
  return messages;
}
