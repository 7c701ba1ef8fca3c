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
  download: string;
  /** The reminder beside the download control: press photos must carry their credit. */
  creditReminder: string;
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
}

export const fr: Messages = {
  leftToRight: '(de g. à dr.)',
  peopleSeparator: ' ; ',
  carousel: 'carrousel',
  slide: 'diapositive',
  gallery: (title) => `Photos : ${title}`,
  slideOf: (n, total) => `${n} sur ${total}`,
  previous: 'Photo précédente',
  next: 'Photo suivante',
  openPhoto: (n) => `Agrandir la photo ${n}`,
  thumbnails: 'Miniatures',
  goToPhoto: (n) => `Photo ${n}`,
  photoAlt: (n, title) => `Photo ${n} : ${title}`,
  close: 'Fermer',
  lightbox: 'Visionneuse de photos',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  enterFullscreen: 'Plein écran',
  exitFullscreen: 'Quitter le plein écran',
  share: 'Partager',
  linkCopied: 'Adresse de la photo copiée',
  download: 'Télécharger la photo',
  creditReminder: 'Crédit obligatoire :',
  updated: (date) => `Dernière mise à jour : ${date}`,
  loading: 'Chargement…',
  noSuchPhoto: (n, total) => `Il n’y a pas de photo « ${n} » : cet événement en compte ${total}.`,
  firstPhoto: 'Voir la photo 1',
  errorTitle: 'Cet événement ne peut pas être affiché',
  errorFile: (file) => `Fichier : ${file}`,
  errorNotFound: 'Cet événement n’existe pas.',
  errorHttp: (status) => `Le serveur a répondu par une erreur (${status}).`,
  errorServer: (status) => `Le serveur a rencontré une erreur (${status}). Réessayez dans un instant.`,
  errorTimeout: 'Le fichier de l’événement met trop de temps à arriver.',
  droppedPhotos: (numbers) => `Certaines photos ne peuvent pas être affichées : ${numbers}.`,
  droppedDetails: 'Détails pour les éditeurs',
  imageFailed: (n) => `La photo ${n} n’a pas pu être chargée.`,
  crashTitle: 'Une erreur inattendue est survenue',
  crashText: 'La page n’a pas pu être affichée. Rechargez-la pour réessayer.',
  reload: 'Recharger la page',
  errorNetwork: 'Le fichier de l’événement n’a pas pu être chargé (réseau).',
  errorJson: (detail) => `Le fichier n’est pas du JSON valide : ${detail}`,
  errorInvalid: (count) => `Le fichier contient ${count} erreur${count > 1 ? 's' : ''} :`,
  retry: 'Réessayer',
  indexTitle: 'Galeries photos',
  indexDescription: 'Les photos des réunions et visites du ministère, événement par événement.',
  photoCount: (count) => `${count} photo${count > 1 ? 's' : ''}`,
  indexFailed: 'La liste des événements n’a pas pu être chargée.',
  notFoundTitle: 'Page introuvable',
  notFoundText: 'Cette adresse ne correspond à aucune page.',
  backToIndex: 'Voir tous les événements',
};

export const de: Messages = {
  leftToRight: '(v.l.n.r.)',
  peopleSeparator: '; ',
  carousel: 'Karussell',
  slide: 'Folie',
  gallery: (title) => `Fotos: ${title}`,
  slideOf: (n, total) => `${n} von ${total}`,
  previous: 'Vorheriges Foto',
  next: 'Nächstes Foto',
  openPhoto: (n) => `Foto ${n} vergrößern`,
  thumbnails: 'Miniaturansichten',
  goToPhoto: (n) => `Foto ${n}`,
  photoAlt: (n, title) => `Foto ${n}: ${title}`,
  close: 'Schließen',
  lightbox: 'Fotoansicht',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  enterFullscreen: 'Vollbild',
  exitFullscreen: 'Vollbild beenden',
  share: 'Teilen',
  linkCopied: 'Adresse des Fotos kopiert',
  download: 'Foto herunterladen',
  creditReminder: 'Bildnachweis angeben:',
  updated: (date) => `Letzte Aktualisierung: ${date}`,
  loading: 'Wird geladen…',
  noSuchPhoto: (n, total) => `Es gibt kein Foto „${n}“: diese Veranstaltung hat ${total}.`,
  firstPhoto: 'Foto 1 ansehen',
  errorTitle: 'Diese Veranstaltung kann nicht angezeigt werden',
  errorFile: (file) => `Datei: ${file}`,
  errorNotFound: 'Diese Veranstaltung gibt es nicht.',
  errorHttp: (status) => `Der Server hat mit einem Fehler geantwortet (${status}).`,
  errorServer: (status) =>
    `Auf dem Server ist ein Fehler aufgetreten (${status}). Versuchen Sie es gleich noch einmal.`,
  errorTimeout: 'Die Datei der Veranstaltung braucht zu lange.',
  droppedPhotos: (numbers) => `Einige Fotos können nicht angezeigt werden: ${numbers}.`,
  droppedDetails: 'Details für die Redaktion',
  imageFailed: (n) => `Foto ${n} konnte nicht geladen werden.`,
  crashTitle: 'Ein unerwarteter Fehler ist aufgetreten',
  crashText: 'Die Seite konnte nicht angezeigt werden. Laden Sie sie neu, um es erneut zu versuchen.',
  reload: 'Seite neu laden',
  errorNetwork: 'Die Datei der Veranstaltung konnte nicht geladen werden (Netzwerk).',
  errorJson: (detail) => `Die Datei ist kein gültiges JSON: ${detail}`,
  errorInvalid: (count) => `Die Datei enthält ${count} Fehler:`,
  retry: 'Erneut versuchen',
  indexTitle: 'Fotogalerien',
  indexDescription: 'Die Fotos der Treffen und Besuche des Ministeriums, Veranstaltung für Veranstaltung.',
  photoCount: (count) => `${count} Foto${count > 1 ? 's' : ''}`,
  indexFailed: 'Die Liste der Veranstaltungen konnte nicht geladen werden.',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText: 'Unter dieser Adresse gibt es keine Seite.',
  backToIndex: 'Alle Veranstaltungen',
};

export const en: Messages = {
  leftToRight: '(from left to right)',
  peopleSeparator: '; ',
  carousel: 'carousel',
  slide: 'slide',
  gallery: (title) => `Photos: ${title}`,
  slideOf: (n, total) => `${n} of ${total}`,
  previous: 'Previous photo',
  next: 'Next photo',
  openPhoto: (n) => `Enlarge photo ${n}`,
  thumbnails: 'Thumbnails',
  goToPhoto: (n) => `Photo ${n}`,
  photoAlt: (n, title) => `Photo ${n}: ${title}`,
  close: 'Close',
  lightbox: 'Photo viewer',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  enterFullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  share: 'Share',
  linkCopied: 'Photo address copied',
  download: 'Download photo',
  creditReminder: 'Credit required:',
  updated: (date) => `Last update: ${date}`,
  loading: 'Loading…',
  noSuchPhoto: (n, total) => `There is no photo “${n}”: this event has ${total}.`,
  firstPhoto: 'See photo 1',
  errorTitle: 'This event cannot be shown',
  errorFile: (file) => `File: ${file}`,
  errorNotFound: 'This event does not exist.',
  errorHttp: (status) => `The server answered with an error (${status}).`,
  errorServer: (status) => `The server failed (${status}). Please try again in a moment.`,
  errorTimeout: 'The event file is taking too long to arrive.',
  droppedPhotos: (numbers) => `Some photos cannot be shown: ${numbers}.`,
  droppedDetails: 'Details for editors',
  imageFailed: (n) => `Photo ${n} could not be loaded.`,
  crashTitle: 'Something unexpected went wrong',
  crashText: 'The page could not be shown. Reload it to try again.',
  reload: 'Reload the page',
  errorNetwork: 'The event file could not be loaded (network).',
  errorJson: (detail) => `The file is not valid JSON: ${detail}`,
  errorInvalid: (count) => `The file has ${count} problem${count > 1 ? 's' : ''}:`,
  retry: 'Try again',
  indexTitle: 'Photo galleries',
  indexDescription: 'Photos of the ministry’s meetings and visits, event by event.',
  photoCount: (count) => `${count} photo${count > 1 ? 's' : ''}`,
  indexFailed: 'The list of events could not be loaded.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address.',
  backToIndex: 'See all events',
};

const tables = { fr, de, en } as const;

export type UiLanguage = keyof typeof tables;

/** The interface language for a content language tag: `fr-LU` → `fr`; unknown ones → English. */
export function uiLanguage(tag: string | undefined): UiLanguage {
  const base = tag?.toLowerCase().split('-')[0];
  return base !== undefined && Object.hasOwn(tables, base) ? (base as UiLanguage) : 'en';
}

export function messagesFor(tag: string | undefined): Messages {
  return tables[uiLanguage(tag)];
}
