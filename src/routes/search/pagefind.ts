/** What our pages use of Pagefind's browser API (pagefind.js, written by the build). */
interface PagefindModule {
  createInstance: (options: { baseUrl: string; excerptLength: number }) => Pagefind;
}

export interface Pagefind {
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch>;
  filters: () => Promise<FilterCounts>;
}

/** Each filter's values with how many records have them: `{ year: { 2022: 4 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResult> }[];
  /** The counts of each filter's values among this query's matches. */
  filters: FilterCounts;
}

export interface PagefindResult {
  /** The address, under the site's base. */
  url: string;
  /** Escaped text with `<mark>` around the matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

// One instance per language for the page's life: each loads its own language's index.
const instances = new Map<string, Promise<Pagefind>>();

async function create(base: string, lang: string): Promise<Pagefind> {
  const module: PagefindModule = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
  // Pagefind takes the language to search from the document, and has no option for it.
  document.documentElement.lang = lang;
  const pagefind = module.createInstance({ baseUrl: base, excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

/**
 * Pagefind's index of `lang` (its records are filed under base languages: `fr`, `de`), loaded from
 * the site only once a visitor searches. A failed load is forgotten, so a later search retries.
 */
export function loadPagefind(base: string, lang: string): Promise<Pagefind> {
  let instance = instances.get(lang);
  if (!instance) {
    instance = create(base, lang);
    instance.catch(() => instances.delete(lang));
    instances.set(lang, instance);
  }
  return instance;
}
