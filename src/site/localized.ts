import type { AppSite } from './schema.ts';

/**
 * The value for a language, else the default language's: a field the ministry has not
 * translated yet shows in its default language rather than not at all.
 */
export function inLanguage<T>(values: Readonly<Record<string, T>>, lang: string, site: AppSite): T | undefined {
  return Object.hasOwn(values, lang) ? values[lang] : values[site.defaultLanguage];
}
