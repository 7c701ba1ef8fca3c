import { Link, useParams } from 'react-router';
import { paths } from '../event/paths.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { UI_LANGUAGES } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useSite, useSiteName } from '../site/useSite.ts';
import { notFoundHead } from './head.ts';
import { useHead } from './useHead.ts';

function NotFound() {
  const { lang, messages } = useI18n();
  const site = useSite();
  useHead(notFoundHead(messages, lang, useSiteName()));
  const listing = UI_LANGUAGES.includes(lang) ? lang : site.defaultLanguage;
  return (
    <div className="eg-error">
      <h1 className="eg-error__title">{messages.notFoundTitle}</h1>
      <p>{messages.notFoundText}</p>
      <p>
        <Link to={paths.indexIn.build(listing, site.defaultLanguage)}>{messages.backToIndex}</Link>
      </p>
    </div>
  );
}

/** No page here; under a language's prefix (`/de/…`) it says so in that language. */
export function NotFoundPage() {
  const { lang } = useParams();
  const inPrefix = UI_LANGUAGES.find((ui) => ui === lang);
  return inPrefix ? (
    <I18nProvider lang={inPrefix}>
      <NotFound />
    </I18nProvider>
  ) : (
    <NotFound />
  );
}
