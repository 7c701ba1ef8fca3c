import { useParams } from 'react-router';
import type { FrontData } from '../event/archive.ts';
import { archiveFiles, archiveUrl } from '../event/archive.ts';
import { paths } from '../event/paths.ts';
import { archiveSchema, useArchiveFile } from '../event/useArchiveFile.ts';
import { listingFor } from '../event/versions.ts';
import { archiveMessages } from '../i18n/archive.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { useSite, useSiteName } from '../site/useSite.ts';
import { listingAlternates } from './alternates.ts';
import { EventCards } from './archive/EventCards.tsx';
import { useListingLanguage } from './archive/useListingLanguage.ts';
import { YearNav } from './archive/YearNav.tsx';
import { indexHead } from './head.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { PeopleLink } from './people/PeopleLink.tsx';
import { SearchField } from './SearchField.tsx';
import { useHead } from './useHead.ts';

const FRONT_FILE = archiveUrl(import.meta.env.BASE_URL, archiveFiles.front);

function Front({ prerendered, canonical }: { prerendered?: FrontData; canonical?: string }) {
  const { lang, messages } = useI18n();
  const site = useSite();
  const name = useSiteName();
  const state = useArchiveFile(FRONT_FILE, archiveSchema.front, prerendered);
  const languages = state.status === 'shown' ? state.data.languages : [site.defaultLanguage];
  useHead(indexHead(messages, lang, name, listingAlternates(languages, site.defaultLanguage), canonical));
  if (state.status === 'shown' && !languages.includes(lang)) return <NotFoundPage />;
  const texts = archiveMessages(lang);

  return (
    <div className="eg-index">
      <h1 className="eg-index__title">{name}</h1>
      <SearchField />
      <p className="eg-index__browse">
        <PeopleLink />
      </p>
      {state.status === 'loading' && <p role="status">{messages.loading}</p>}
      {state.status === 'failed' && <p role="alert">{messages.indexFailed}</p>}
      {state.status === 'shown' && (
        <>
          <section aria-labelledby="eg-latest-title">
            <h2 id="eg-latest-title" className="eg-index__subtitle">
              {texts.latestEvents}
            </h2>
            <EventCards entries={listingFor(state.data.latest, lang, site.defaultLanguage)} />
          </section>
          <YearNav years={state.data.years} />
        </>
      )}
    </div>
  );
}

/**
 * `/` and `/<lang>/`: the newest events, each once, in the listing's language when it has that
 * version, and the way to every year. Its size does not grow with the archive.
 */
export function IndexPage({ prerendered }: { prerendered?: FrontData }) {
  const site = useSite();
  const prefix = useParams().lang;
  const lang = useListingLanguage();
  if (!lang) return <NotFoundPage />;
  // The default language's listing is the front page; `/fr/` says so to search engines.
  const canonical = prefix === site.defaultLanguage ? paths.index.build() : undefined;
  return (
    <I18nProvider lang={lang}>
      <Front prerendered={prerendered} canonical={canonical} />
    </I18nProvider>
  );
}
