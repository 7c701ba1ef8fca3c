import { useParams } from 'react-router';
import { archiveFiles, archiveUrl, type PersonData } from '../../event/archive.ts';
import { paths } from '../../event/paths.ts';
import { type ArchiveFileState, archiveSchema, useArchiveFile } from '../../event/useArchiveFile.ts';
import { archiveMessages } from '../../i18n/archive.ts';
import { formatDateRange } from '../../i18n/format.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSite, useSiteName } from '../../site/useSite.ts';
import { peopleAlternates } from '../alternates.ts';
import { Pagination } from '../archive/Pagination.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { useHead } from '../useHead.ts';
import { personHead } from './head.ts';
import { peopleLanguage, peopleLanguages } from './languages.ts';
import { PhotoGrid } from './PhotoGrid.tsx';

/** What personSlug writes: an address naming anything else is no person's, and asks for no file. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function Person({ slug, state, canonical }: { slug: string; state: ArchiveFileState<PersonData>; canonical?: string }) {
  const { lang, messages } = useI18n();
  const texts = archiveMessages(lang);
  const site = useSite();
  const person = state.status === 'shown' ? state.data : undefined;
  const page = person?.page ?? 1;
  const at = (to: number) => paths.person.build(lang, site.defaultLanguage, slug, to);
  const alternates = peopleAlternates(peopleLanguages(site), site.defaultLanguage, slug);
  const image = person?.photos[0]?.image.src;
  const frame = { siteName: useSiteName(), alternates, canonical, image };
  const neighbours = person && {
    prev: page > 1 ? at(page - 1) : undefined,
    next: page < person.pages ? at(page + 1) : undefined,
  };
  useHead({ ...personHead(texts, lang, person?.name, frame), ...neighbours });
  const roles = person?.roles ?? [];
  return (
    <div className="eg-person">
      <h1 className="eg-person__name">{person?.name ?? texts.people}</h1>
      {state.status === 'loading' && <p role="status">{messages.loading}</p>}
      {state.status === 'failed' && <p role="alert">{texts.personFailed}</p>}
      {roles.length > 0 && (
        <section className="eg-person__roles" aria-labelledby="eg-person-roles">
          <h2 id="eg-person-roles">{texts.personRoles}</h2>
          <ul>
            {roles.map(({ role, first, last }) => (
              <li key={role}>
                {`${role} `}
                <span className="eg-person__span">{`(${formatDateRange(lang, first, last)})`}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {person && (
        <section aria-labelledby="eg-person-photos">
          <h2 id="eg-person-photos">{messages.photoCount(person.photoCount)}</h2>
          <PhotoGrid photos={person.photos} />
          <Pagination page={page} pages={person.pages} at={at} />
        </section>
      )}
    </div>
  );
}

interface PersonPlace {
  slug: string;
  lang: string;
  page: number;
}

function PersonFile({
  place,
  prerendered,
  canonical,
}: {
  place: PersonPlace;
  prerendered?: PersonData;
  canonical?: string;
}) {
  const file = archiveUrl(import.meta.env.BASE_URL, archiveFiles.person(place.slug, place.lang, place.page));
  const state = useArchiveFile(file, archiveSchema.person, prerendered);
  // Its own component, so that the page's head does not outlast the "not found" page's.
  if (state.status === 'failed' && state.error.kind === 'not-found') return <NotFoundPage />;
  return <Person slug={place.slug} state={state} canonical={canonical} />;
}

/** A page number in an address: `2`, never `02`, `0` or `x`; none is page 1. */
const PAGE = /^[1-9]\d{0,3}$/;

/**
 * `/people/<slug>` and `/<lang>/people/<slug>`, then `/2`…: a person's name, the roles the
 * captions gave them over time, and their photos, newest first, each leading to its photo's page.
 */
export function PersonView({ prerendered }: { prerendered?: PersonData }) {
  const site = useSite();
  const params = useParams();
  const lang = peopleLanguage(site, params.lang);
  const slug = params.slug ?? '';
  if (!lang || !SLUG.test(slug) || !PAGE.test(params.page ?? '1')) return <NotFoundPage />;
  const page = Number(params.page ?? '1');
  const canonical = params.lang === site.defaultLanguage ? paths.person.build(lang, lang, slug, page) : undefined;
  const own = prerendered?.slug === slug && prerendered.lang === lang && prerendered.page === page;
  return (
    <I18nProvider lang={lang}>
      {/* After a link from one person or page to another, the page's data is the first one's. */}
      <PersonFile
        key={`${slug}/${page}`}
        place={{ slug, lang, page }}
        prerendered={own ? prerendered : undefined}
        canonical={canonical}
      />
    </I18nProvider>
  );
}
