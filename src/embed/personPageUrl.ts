import { paths } from '../event/paths.ts';
import { listingLanguage } from '../viewer/listingLanguage.ts';

/**
 * A person's page on the gallery site that serves `file` (`…/events/<id>.json`), in the listing
 * language of an event in `eventLang`: where an embed's names lead, away from the host page.
 */
export function personPageUrl(file: string, eventLang: string, defaultLanguage: string, slug: string): string {
  const path = paths.person.build(listingLanguage(eventLang, defaultLanguage), defaultLanguage, slug);
  return new URL(`..${path}`, new URL(file, window.location.href)).href;
}
