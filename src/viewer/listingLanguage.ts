import { baseLanguage } from '../event/versions.ts';
import { uiLanguage } from '../i18n/messages.ts';

/**
 * The listing an event belongs to, whose language its links keep: its own language's when the
 * interface speaks it, the site's default language's (the front page's) otherwise.
 */
export function listingLanguage(eventLang: string, defaultLanguage: string): string {
  const base = baseLanguage(eventLang);
  return uiLanguage(eventLang) === base ? base : defaultLanguage;
}
