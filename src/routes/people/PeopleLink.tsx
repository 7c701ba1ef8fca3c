import { Link } from 'react-router';
import { paths } from '../../event/paths.ts';
import { archiveMessages } from '../../i18n/archive.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSite } from '../../site/useSite.ts';
import { peopleLanguage } from './languages.ts';

/** A link to the people page in the interface's language, or the site's default language's. */
export function PeopleLink({ className }: { className?: string }) {
  const { lang } = useI18n();
  const texts = archiveMessages(lang);
  const site = useSite();
  const listing = peopleLanguage(site, lang) ?? site.defaultLanguage;
  return (
    <Link className={className} to={paths.people.build(listing, site.defaultLanguage)}>
      {texts.people}
    </Link>
  );
}
