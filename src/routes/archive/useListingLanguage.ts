import { useParams } from 'react-router';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/messages.ts';
import { useSite } from '../../site/useSite.ts';

/**
 * The interface language of a listing page from its address's prefix (none: the site's default
 * language), or undefined when the prefix is no language (`/events/people`): a page not found.
 */
export function useListingLanguage(): UiLanguage | undefined {
  const site = useSite();
  const lang = useParams().lang ?? site.defaultLanguage;
  return UI_LANGUAGES.find((known) => known === lang);
}
