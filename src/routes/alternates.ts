import { paths } from '../event/paths.ts';
import { baseLanguage, type Version } from '../event/versions.ts';

/** A page's version in a language: `<link rel="alternate" hreflang href>` and a language switch's link. */
export interface Alternate {
  /** A language tag, or `x-default` for the page that serves any other language. */
  hreflang: string;
  /** The address under the site's base, as the app's links take it (`/events/x?photo=3`). */
  to: string;
}

/** Where the visitor is on an event page: the photo, and whether the lightbox shows it (`/photos/n`). */
export interface PhotoPlace {
  number: number;
  inLightbox: boolean;
}

/** The version `in` the site's default language stands for every other language. */
function withDefault(alternates: Alternate[], defaultLanguage: string): Alternate[] {
  const fallback = alternates.find((a) => baseLanguage(a.hreflang) === defaultLanguage);
  return fallback ? [...alternates, { hreflang: 'x-default', to: fallback.to }] : alternates;
}

/**
 * Each version of an event at the same place as the visitor: photo 3 in German is photo 3 in
 * French, or the last photo of a version that has fewer.
 */
export function eventAlternates(versions: readonly Version[], place: PhotoPlace, defaultLanguage: string): Alternate[] {
  const alternates = versions.map(({ id, lang, photoCount }) => {
    const number = Math.max(1, Math.min(place.number, photoCount));
    return { hreflang: lang, to: place.inLightbox ? paths.photo.build(id, number) : paths.event.build(id, number) };
  });
  return versions.length > 1 ? withDefault(alternates, defaultLanguage) : [];
}

/** The accessibility statement in each of the site's languages: the default language's has no prefix. */
export function statementAlternates(languages: readonly string[], defaultLanguage: string): Alternate[] {
  const alternates = languages.map((lang) => ({
    hreflang: lang,
    to: paths.accessibilityIn.build(lang, defaultLanguage),
  }));
  return languages.length > 1 ? withDefault(alternates, defaultLanguage) : [];
}

/** A page that every listing language has, at the address `to` builds for each. */
export function archiveAlternates(
  languages: readonly string[],
  defaultLanguage: string,
  to: (lang: string) => string,
): Alternate[] {
  const alternates = languages.map((lang) => ({ hreflang: lang, to: to(lang) }));
  return languages.length > 1 ? withDefault(alternates, defaultLanguage) : [];
}

/** The listing pages of every language: the default language's is the front page. */
export function listingAlternates(languages: readonly string[], defaultLanguage: string): Alternate[] {
  return archiveAlternates(languages, defaultLanguage, (lang) => paths.indexIn.build(lang, defaultLanguage));
}

/**
 * The people page, or one person's page (`slug`), in each of `languages`. A person's later page
 * is that page in each language, or the last one of a language with fewer (`pagesIn`), as an
 * event's photo is.
 */
export function peopleAlternates(
  languages: readonly string[],
  defaultLanguage: string,
  slug?: string,
  place?: { page: number; pagesIn: (lang: string) => number },
): Alternate[] {
  return archiveAlternates(languages, defaultLanguage, (lang) => {
    if (slug === undefined) return paths.people.build(lang, defaultLanguage);
    const page = place ? Math.max(1, Math.min(place.page, place.pagesIn(lang))) : 1;
    return paths.person.build(lang, defaultLanguage, slug, page);
  });
}
