import { paths } from '../../event/paths.ts';
import type { Alternate } from '../alternates.ts';

/** The search page in each of the site's languages, without the query (each index has its own). */
export function searchAlternates(languages: readonly string[], defaultLanguage: string): Alternate[] {
  if (languages.length < 2) return [];
  const alternates = languages.map((lang) => ({ hreflang: lang, to: paths.search.build(lang, defaultLanguage) }));
  return [...alternates, { hreflang: 'x-default', to: paths.search.build(defaultLanguage, defaultLanguage) }];
}
