import { de } from './messages-de.ts';
import { en } from './messages-en.ts';
import { fr } from './messages-fr.ts';

/** The studio's own texts, kept out of src/i18n: visitors' pages never load them. */
export interface StudioMessages {
  title: string;
  intro: string;
  interfaceLanguage: string;
  newEvent: string;
  confirmNew: string;
  discard: string;
  keep: string;
  exportZip: string;
  exportRefused: string;
  saved: string;
  restoring: string;
  eventSection: string;
  photosSection: string;
  addPhotos: string;
  dropHint: string;
  noPhotos: string;
  preview: string;
  previewEmpty: string;
  /** The preview's title until one is typed. */
  untitled: string;
  problems: (count: number) => string;
  noProblems: string;
  /** The labels of the event's fields, by the schema's names. */
  fields: {
    id: string;
    title: string;
    lang: string;
    date: string;
    endDate: string;
    location: string;
    lead: string;
    body: string;
    bodyHint: string;
    source: string;
    updated: string;
    translationKey: string;
    license: string;
    usageTerms: string;
  };
  photo: (n: number) => string;
  size: (width: number, height: number) => string;
  moveUp: (n: number) => string;
  moveDown: (n: number) => string;
  removePhoto: (n: number) => string;
  credit: string;
  people: string;
  person: (n: number) => string;
  name: string;
  role: string;
  addPerson: string;
  moveLeft: (name: string) => string;
  moveRight: (name: string) => string;
  removePerson: (name: string) => string;
  caption: string;
  alt: string;
  /** Pasting a release's text. */
  release: {
    label: string;
    hint: string;
    fill: string;
    filled: string;
    refused: string;
    /** The text's photos that have no photo in the draft yet. */
    waiting: (numbers: string) => string;
    line: (n: number) => string;
  };
  /** Opening an event file with its photos. */
  open: {
    files: string;
    folder: string;
    hint: string;
    opened: (file: string) => string;
    /** Photos the file lists that were not among those chosen. */
    missing: (srcs: string) => string;
    refused: (file: string) => string;
  };
}

export type StudioLanguage = 'fr' | 'de' | 'en';
export const STUDIO_LANGUAGES: readonly StudioLanguage[] = ['fr', 'de', 'en'];
export const STUDIO_LANGUAGE_NAMES: Record<StudioLanguage, string> = { fr: 'Français', de: 'Deutsch', en: 'English' };

/** The first of the browser's languages the studio speaks, else English. */
export function browserStudioLanguage(tags: readonly string[]): StudioLanguage {
  for (const tag of tags) {
    const base = tag.toLowerCase().split('-')[0];
    const found = STUDIO_LANGUAGES.find((lang) => lang === base);
    if (found) return found;
  }
  return 'en';
}

/** The tables of the three languages; they come with the studio's chunk, never with a visitor's page. */
export const STUDIO_MESSAGES: Record<StudioLanguage, StudioMessages> = { fr, de, en };
