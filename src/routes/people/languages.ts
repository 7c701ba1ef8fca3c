import { UI_LANGUAGES, type UiLanguage } from '../../i18n/messages.ts';

/** The languages with people pages: the site's own that the interface speaks. */
export function peopleLanguages(site: { languages: readonly string[] }): UiLanguage[] {
  return UI_LANGUAGES.filter((lang) => site.languages.includes(lang));
}

/** The interface language of the people page at `/<prefix>/people`, or undefined for none. */
export function peopleLanguage(
  site: { languages: readonly string[]; defaultLanguage: string },
  prefix: string | undefined,
): UiLanguage | undefined {
  const lang = prefix ?? site.defaultLanguage;
  return peopleLanguages(site).find((known) => known === lang);
}
