import { Link, useParams } from 'react-router';
import { archiveFiles, archiveUrl, type PeopleData } from '../../event/archive.ts';
import { paths } from '../../event/paths.ts';
import { archiveSchema, useArchiveFile } from '../../event/useArchiveFile.ts';
import { archiveMessages } from '../../i18n/archive.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSite, useSiteName } from '../../site/useSite.ts';
import { peopleAlternates } from '../alternates.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { SearchField } from '../SearchField.tsx';
import { useHead } from '../useHead.ts';
import { peopleHead } from './head.ts';
import { peopleLanguage, peopleLanguages } from './languages.ts';
import { byInitial, type LetterGroup } from './people.ts';

const PEOPLE_FILE = archiveUrl(import.meta.env.BASE_URL, archiveFiles.people);

const anchor = (letter: string) => `eg-people-${letter}`;

function Letters({ groups }: { groups: LetterGroup[] }) {
  const { lang, messages } = useI18n();
  const texts = archiveMessages(lang);
  const site = useSite();
  return (
    <>
      <nav className="eg-people__letters" aria-label={texts.peopleLetters}>
        <ul className="eg-people__letter-list">
          {groups.map(({ letter }) => (
            <li key={letter}>
              <a className="eg-people__letter" href={`#${anchor(letter)}`}>
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ letter, people }) => (
        <section key={letter} className="eg-people__section" aria-labelledby={anchor(letter)}>
          <h2 className="eg-people__initial" id={anchor(letter)}>
            {letter}
          </h2>
          <ul className="eg-people__list">
            {people.map((person) => (
              <li key={person.slug} className="eg-people__person">
                <Link to={paths.person.build(lang, site.defaultLanguage, person.slug)}>{person.name}</Link>
                <span className="eg-people__counts">
                  {`${messages.photoCount(person.photoCount)} · ${texts.eventCount(person.eventCount)}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function People({ prerendered, canonical }: { prerendered?: PeopleData; canonical?: string }) {
  const { lang, messages } = useI18n();
  const texts = archiveMessages(lang);
  const site = useSite();
  const state = useArchiveFile(PEOPLE_FILE, archiveSchema.people, prerendered);
  const alternates = peopleAlternates(peopleLanguages(site), site.defaultLanguage);
  useHead(peopleHead(texts, lang, { siteName: useSiteName(), alternates, canonical }));
  return (
    <div className="eg-people">
      <h1 className="eg-people__title">{texts.people}</h1>
      <SearchField />
      {state.status === 'loading' && <p role="status">{messages.loading}</p>}
      {state.status === 'failed' && <p role="alert">{texts.peopleFailed}</p>}
      {state.status === 'shown' && <Letters groups={byInitial(state.data.people, lang)} />}
    </div>
  );
}

/**
 * `/people` and `/<lang>/people`: everyone named in a caption, in the language's alphabetical
 * order under their initials, each with their numbers of photos and events.
 */
export function PeopleView({ prerendered }: { prerendered?: PeopleData }) {
  const site = useSite();
  const params = useParams();
  const lang = peopleLanguage(site, params.lang);
  if (!lang) return <NotFoundPage />;
  // The default language's page has no prefix; `/fr/people` says so to search engines.
  const canonical = params.lang === site.defaultLanguage ? paths.people.build(lang, lang) : undefined;
  return (
    <I18nProvider lang={lang}>
      <People prerendered={prerendered} canonical={canonical} />
    </I18nProvider>
  );
}
