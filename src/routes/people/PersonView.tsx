import { useParams } from 'react-router';
import { archiveFiles, archiveUrl, type PersonData } from '../../event/archive.ts';
import { paths } from '../../event/paths.ts';
import { type ArchiveFileState, archiveSchema, useArchiveFile } from '../../event/useArchiveFile.ts';
import { formatDateRange } from '../../i18n/format.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSite, useSiteName } from '../../site/useSite.ts';
import { peopleAlternates } from '../alternates.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { useHead } from '../useHead.ts';
import { personHead } from './head.ts';
import { peopleLanguage, peopleLanguages } from './languages.ts';
import { PhotoGrid } from './PhotoGrid.tsx';
import { photosIn, rolesOverTime } from './people.ts';

/** What personSlug writes: an address naming anything else is no person's, and asks for no file. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function Person({ slug, state, canonical }: { slug: string; state: ArchiveFileState<PersonData>; canonical?: string }) {
  const { lang, messages } = useI18n();
  const site = useSite();
  const person = state.status === 'shown' ? state.data : undefined;
  const photos = person ? photosIn(person.photos, lang, site.defaultLanguage) : [];
  const alternates = peopleAlternates(peopleLanguages(site), site.defaultLanguage, slug);
  const image = photos[0]?.image.src;
  useHead(personHead(messages, lang, person?.name, { siteName: useSiteName(), alternates, canonical, image }));
  const roles = rolesOverTime(photos);
  return (
    <div className="eg-person">
      <h1 className="eg-person__name">{person?.name ?? messages.people}</h1>
      {state.status === 'loading' && <p role="status">{messages.loading}</p>}
      {state.status === 'failed' && <p role="alert">{messages.personFailed}</p>}
      {roles.length > 0 && (
        <section className="eg-person__roles" aria-labelledby="eg-person-roles">
          <h2 id="eg-person-roles">{messages.personRoles}</h2>
          <ul>
            {roles.map(({ role, first, last }) => (
              <li key={role}>
                {role} <span className="eg-person__span">({formatDateRange(lang, first, last)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {person && (
        <section aria-labelledby="eg-person-photos">
          <h2 id="eg-person-photos">{messages.photoCount(photos.length)}</h2>
          <PhotoGrid photos={photos} />
        </section>
      )}
    </div>
  );
}

function PersonFile({ slug, prerendered, canonical }: { slug: string; prerendered?: PersonData; canonical?: string }) {
  const file = archiveUrl(import.meta.env.BASE_URL, archiveFiles.person(slug));
  const state = useArchiveFile(file, archiveSchema.person, prerendered);
  // Its own component, so that the page's head does not outlast the "not found" page's.
  if (state.status === 'failed' && state.error.kind === 'not-found') return <NotFoundPage />;
  return <Person slug={slug} state={state} canonical={canonical} />;
}

/**
 * `/people/<slug>` and `/<lang>/people/<slug>`: a person's name, the roles the captions gave
 * them over time, and every photo of them, newest first, each leading to its photo's page.
 */
export function PersonView({ prerendered }: { prerendered?: PersonData }) {
  const site = useSite();
  const params = useParams();
  const lang = peopleLanguage(site, params.lang);
  const slug = params.slug ?? '';
  if (!lang || !SLUG.test(slug)) return <NotFoundPage />;
  const canonical = params.lang === site.defaultLanguage ? paths.person.build(lang, lang, slug) : undefined;
  return (
    <I18nProvider lang={lang}>
      {/* After a link from one person to another, the page's data is the first one's. */}
      <PersonFile
        key={slug}
        slug={slug}
        prerendered={prerendered?.slug === slug ? prerendered : undefined}
        canonical={canonical}
      />
    </I18nProvider>
  );
}
