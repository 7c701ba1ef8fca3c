import { type UiLanguage, uiLanguage } from './messages.ts';

/**
 * The lightbox's download panel's texts (issue 17). Kept apart from `Messages`, which every event
 * page downloads first: only the lazily loaded lightbox and the prerender need them.
 */
export interface PressMessages {
  /** Name of the toolbar button that shows the panel. */
  download: string;
  /** Before the credit, beside the button and in the terms: press photos must carry their credit. */
  creditReminder: string;
  /** Between the integer and the decimal part of a weight: `2,4 Mo`. */
  decimal: string;
  kilobytes: string;
  megabytes: string;
  /** The JPEG of about 1600 px: `Web (JPEG, 1600 × 1067 px, 310 Ko)`; `size` is the pixel size and weight. */
  web: (size: string) => string;
  /** The file as the photographer delivered it: `Haute résolution (2400 × 1600 px, 2,4 Mo)`. */
  original: (size: string) => string;
  copyCredit: string;
  /** Said once the credit and caption are on the clipboard. */
  creditCopied: string;
  /** Said when the browser refuses the clipboard: the text stands below, to copy by hand. */
  copyRefused: string;
  /** The link to a licence the site's configuration does not name: `Licence (www.nato.int)`. */
  licence: (host: string) => string;
  /** In the no-script list's terms, for photos whose credits differ: each stands beside its photo. */
  creditWithEach: string;
}

const tables: Record<UiLanguage, PressMessages> = {
  fr: {
    download: 'Télécharger la photo',
    creditReminder: 'Crédit obligatoire :',
    decimal: ',',
    kilobytes: 'Ko',
    megabytes: 'Mo',
    web: (size) => `Web (JPEG, ${size})`,
    original: (size) => `Haute résolution (${size})`,
    copyCredit: 'Copier le crédit et la légende',
    creditCopied: 'Crédit et légende copiés',
    copyRefused: 'Copie impossible : sélectionnez le texte ci-dessous.',
    licence: (host) => `Licence (${host})`,
    creditWithEach: 'indiqué avec chaque photo',
  },
  de: {
    download: 'Foto herunterladen',
    creditReminder: 'Bildnachweis angeben:',
    decimal: ',',
    kilobytes: 'KB',
    megabytes: 'MB',
    web: (size) => `Web (JPEG, ${size})`,
    original: (size) => `Hohe Auflösung (${size})`,
    copyCredit: 'Bildnachweis und Bildunterschrift kopieren',
    creditCopied: 'Bildnachweis und Bildunterschrift kopiert',
    copyRefused: 'Kopieren nicht möglich: Markieren Sie den Text unten.',
    licence: (host) => `Lizenz (${host})`,
    creditWithEach: 'bei jedem Foto angegeben',
  },
  en: {
    download: 'Download photo',
    creditReminder: 'Credit required:',
    decimal: '.',
    kilobytes: 'KB',
    megabytes: 'MB',
    web: (size) => `Web (JPEG, ${size})`,
    original: (size) => `High resolution (${size})`,
    copyCredit: 'Copy the credit and caption',
    creditCopied: 'Credit and caption copied',
    copyRefused: 'Could not copy: select the text below.',
    licence: (host) => `Licence (${host})`,
    creditWithEach: 'given with each photo',
  },
  lb: {
    download: 'Foto eroflueden',
    creditReminder: 'Bildnoweis uginn:',
    decimal: ',',
    kilobytes: 'KB',
    megabytes: 'MB',
    web: (size) => `Web (JPEG, ${size})`,
    original: (size) => `Héich Opléisung (${size})`,
    copyCredit: 'Bildnoweis a Beschrëftung kopéieren',
    creditCopied: 'Bildnoweis a Beschrëftung kopéiert',
    copyRefused: 'Kopéieren net méiglech: markéiert den Text hei drënner.',
    licence: (host) => `Lizenz (${host})`,
    creditWithEach: 'bei all Foto uginn',
  },
};

/** The download panel's texts in the interface language for a language tag. */
export function pressMessages(tag: string | undefined): PressMessages {
  return tables[uiLanguage(tag)];
}

/**
 * `310 Ko`, `2,4 Mo`: decimal units, as file managers show them. Written by hand rather than with
 * Intl, which Chromium lacks for Luxembourgish (see format.ts).
 */
export function formatBytes(bytes: number, messages: PressMessages): string {
  if (bytes < 999_500) return `${Math.max(1, Math.round(bytes / 1000))} ${messages.kilobytes}`;
  const megabytes = (Math.round(bytes / 100_000) / 10).toFixed(1).replace('.', messages.decimal);
  return `${megabytes} ${messages.megabytes}`;
}

/** `1600 × 1067 px, 310 Ko`, the weight when it is known. */
export function formatSize(width: number, height: number, bytes: number | undefined, messages: PressMessages): string {
  const pixels = `${width} × ${height} px`;
  return bytes === undefined ? pixels : `${pixels}, ${formatBytes(bytes, messages)}`;
}
