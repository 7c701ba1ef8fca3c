import { type UiLanguage, uiLanguage } from './messages.ts';

/**
 * The texts of "Download all" and of the credits.txt it writes. Kept apart from `Messages`, which
 * every event page downloads first: only a visitor who asks for the zip loads them.
 */
export interface DownloadAllMessages {
  /** The disclosure button under the carousel. */
  downloadAll: string;
  /** Name of the choice between the two sizes. */
  size: string;
  web: string;
  originals: string;
  /** `14 photos, 38 Mo`; without a weight when a file's is unknown. */
  summary: (count: number, bytes: number | undefined) => string;
  start: string;
  cancel: string;
  /** Name of the progress bar. */
  making: string;
  /** `3 / 14 photos`. */
  progress: (done: number, total: number) => string;
  saved: (fileName: string) => string;
  cancelled: string;
  /** A photo could not be fetched: the zip stops there, naming it and its address. */
  photoFailed: (number: number, url: string) => string;
  failed: string;
  /** credits.txt: its heading and the label of each line of a photo's entry, colon included. */
  credits: (title: string) => string;
  credit: string;
  caption: string;
  terms: string;
  licence: string;
}

const megabytes = (lang: string, bytes: number, unit: string) =>
  `${new Intl.NumberFormat(lang, { maximumFractionDigits: bytes < 10_000_000 ? 1 : 0 }).format(bytes / 1_000_000)} ${unit}`;

const summary = (lang: string, photos: (count: number) => string, unit: string) => (count: number, bytes?: number) =>
  bytes === undefined ? photos(count) : `${photos(count)}, ${megabytes(lang, bytes, unit)}`;

const tables: Record<UiLanguage, DownloadAllMessages> = {
  fr: {
    downloadAll: 'Télécharger toutes les photos (zip)',
    size: 'Taille',
    web: 'Format web (1600 px)',
    originals: 'Originaux (haute résolution)',
    summary: summary('fr', (count) => `${count} photo${count > 1 ? 's' : ''}`, 'Mo'),
    start: 'Télécharger le zip',
    cancel: 'Annuler',
    making: 'Création du zip',
    progress: (done, total) => `${done} / ${total} photos`,
    saved: (fileName) => `Zip enregistré : ${fileName}`,
    cancelled: 'Téléchargement annulé : aucun zip n’a été enregistré.',
    photoFailed: (number, url) =>
      `La photo ${number} n’a pas pu être récupérée (${url}) : aucun zip n’a été enregistré.`,
    failed: 'Le zip n’a pas pu être créé.',
    credits: (title) => `Photos de « ${title} »`,
    credit: 'Crédit :',
    caption: 'Légende :',
    terms: 'Conditions d’utilisation :',
    licence: 'Licence :',
  },
  de: {
    downloadAll: 'Alle Fotos herunterladen (ZIP)',
    size: 'Größe',
    web: 'Webformat (1600 px)',
    originals: 'Originale (hohe Auflösung)',
    summary: summary('de', (count) => `${count} ${count > 1 ? 'Fotos' : 'Foto'}`, 'MB'),
    start: 'ZIP herunterladen',
    cancel: 'Abbrechen',
    making: 'ZIP wird erstellt',
    progress: (done, total) => `${done} / ${total} Fotos`,
    saved: (fileName) => `ZIP gespeichert: ${fileName}`,
    cancelled: 'Download abgebrochen: Es wurde keine ZIP-Datei gespeichert.',
    photoFailed: (number, url) =>
      `Foto ${number} konnte nicht geladen werden (${url}): Es wurde keine ZIP-Datei gespeichert.`,
    failed: 'Die ZIP-Datei konnte nicht erstellt werden.',
    credits: (title) => `Fotos von „${title}“`,
    credit: 'Bildnachweis:',
    caption: 'Bildunterschrift:',
    terms: 'Nutzungsbedingungen:',
    licence: 'Lizenz:',
  },
  en: {
    downloadAll: 'Download all photos (zip)',
    size: 'Size',
    web: 'Web size (1600 px)',
    originals: 'Originals (high resolution)',
    summary: summary('en', (count) => `${count} photo${count > 1 ? 's' : ''}`, 'MB'),
    start: 'Download the zip',
    cancel: 'Cancel',
    making: 'Making the zip',
    progress: (done, total) => `${done} / ${total} photos`,
    saved: (fileName) => `Zip saved: ${fileName}`,
    cancelled: 'Download cancelled: no zip was saved.',
    photoFailed: (number, url) => `Photo ${number} could not be fetched (${url}): no zip was saved.`,
    failed: 'The zip could not be made.',
    credits: (title) => `Photos of “${title}”`,
    credit: 'Credit:',
    caption: 'Caption:',
    terms: 'Terms of use:',
    licence: 'Licence:',
  },
  lb: {
    downloadAll: 'All d’Fotoen eroflueden (ZIP)',
    size: 'Gréisst',
    web: 'Webformat (1600 px)',
    originals: 'Originaler (héich Opléisung)',
    summary: summary('de', (count) => `${count} ${count > 1 ? 'Fotoen' : 'Foto'}`, 'MB'),
    start: 'ZIP eroflueden',
    cancel: 'Ofbriechen',
    making: 'ZIP gëtt gemaach',
    progress: (done, total) => `${done} / ${total} Fotoen`,
    saved: (fileName) => `ZIP gespäichert: ${fileName}`,
    cancelled: 'Download ofgebrach: et gouf keng ZIP-Datei gespäichert.',
    photoFailed: (number, url) =>
      `D’Foto ${number} konnt net geluede ginn (${url}): et gouf keng ZIP-Datei gespäichert.`,
    failed: 'D’ZIP-Datei konnt net gemaach ginn.',
    credits: (title) => `Fotoe vun „${title}“`,
    credit: 'Bildnoweis:',
    caption: 'Beschrëftung:',
    terms: 'Benotzungsbedéngungen:',
    licence: 'Lizenz:',
  },
};

/** The texts in the interface language for a language tag (Luxembourgish numbers read as German ones). */
export function downloadAllMessages(tag: string | undefined): DownloadAllMessages {
  return tables[uiLanguage(tag)];
}
