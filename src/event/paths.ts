/**
 * The prefix rule of every page that exists in each language: the site's default language
 * without a prefix (`/people`), any other under its tag (`/de/people`).
 */
const inLanguage = (path: string, lang: string, defaultLanguage: string) =>
  lang === defaultLanguage ? path : `/${lang}${path}`;

/** Every address of the app: its route pattern beside the function that builds it. */
export const paths = {
  index: { pattern: '/', build: () => '/' },
  /** The events listed in a language: the default language's at the top, each other's under its tag. */
  indexIn: {
    pattern: '/:lang',
    build: (lang: string, defaultLanguage: string) => (lang === defaultLanguage ? '/' : `/${lang}/`),
  },
  /** A page not found, in the language of the address's prefix. */
  notFoundIn: { pattern: '/:lang/*' },
  event: {
    pattern: '/events/:id',
    build: (id: string, photo?: number) => `/events/${id}${photo && photo > 1 ? `?photo=${photo}` : ''}`,
  },
  photo: { pattern: '/events/:id/photos/:n', build: (id: string, n: number) => `/events/${id}/photos/${n}` },
  embed: { pattern: '/embed/:id', build: (id: string) => `/embed/${id}` },
  /** The accessibility statement: the default language's at the top, each other's under its tag. */
  accessibility: { pattern: '/accessibility', build: () => '/accessibility' },
  accessibilityIn: {
    pattern: '/:lang/accessibility',
    build: (lang: string, defaultLanguage: string) => inLanguage('/accessibility', lang, defaultLanguage),
  },
  /** The events of a year, newest first; a long year goes on over `/years/2013/2`, `/3`… */
  year: {
    patterns: ['/years/:year', '/years/:year/:page', '/:lang/years/:year', '/:lang/years/:year/:page'],
    build: (lang: string, defaultLanguage: string, year: string, page = 1) =>
      inLanguage(`/years/${year}${page > 1 ? `/${page}` : ''}`, lang, defaultLanguage),
  },
  /** Everyone named in a caption. */
  people: {
    patterns: ['/people', '/:lang/people'],
    build: (lang: string, defaultLanguage: string) => inLanguage('/people', lang, defaultLanguage),
  },
  /** Every photo of one person; a long series goes on over `/people/<slug>/2`… */
  person: {
    patterns: ['/people/:slug', '/people/:slug/:page', '/:lang/people/:slug', '/:lang/people/:slug/:page'],
    build: (lang: string, defaultLanguage: string, slug: string, page = 1) =>
      inLanguage(`/people/${slug}${page > 1 ? `/${page}` : ''}`, lang, defaultLanguage),
  },
  /** Full-text search of titles, places, articles and captions: `/search?q=…`. */
  search: {
    patterns: ['/search', '/:lang/search'],
    build: (lang: string, defaultLanguage: string, query?: string) =>
      inLanguage('/search', lang, defaultLanguage) + (query ? `?q=${encodeURIComponent(query)}` : ''),
  },
  /** The editors' studio: one address in every language, the interface follows the browser. */
  studio: { pattern: '/studio', build: () => '/studio/' },
} as const;

const MAX_DIGITS = 6;

/**
 * Reads a photo number from an address and finds that photo among those shown: `3` → the index
 * of photo 3. Anything else (`0`, `-1`, `x`, `1e3`, a number the event lacks or could not show)
 * is `null`, for the page to explain rather than crash on.
 */
export function photoIndex(text: string | null | undefined, numbers: readonly number[]): number | null {
  if (text === null || text === undefined || !/^\d+$/.test(text) || text.length > MAX_DIGITS) return null;
  const index = numbers.indexOf(Number(text));
  return index === -1 ? null : index;
}

/**
 * The absolute address of a photo's own page on the gallery site that serves `file`
 * (`…/events/<id>.json`), for sharing: the same for the site's pages, the iframe and the element.
 */
export function photoPageUrl(file: string, id: string, number: number, from = window.location.href): string {
  return new URL(`..${paths.photo.build(id, number)}`, new URL(file, from)).href;
}
