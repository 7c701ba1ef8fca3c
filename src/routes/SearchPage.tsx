import { useId } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useHydrated } from '../gallery/useHydrated.ts';
import { archiveMessages } from '../i18n/archive.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { UI_LANGUAGES } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useSite, useSiteName } from '../site/useSite.ts';
import { searchHead } from './head.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { SearchField } from './SearchField.tsx';
import { searchAlternates } from './search/alternates.ts';
import { FILTERS, type FilterName, SearchFilters } from './search/SearchFilters.tsx';
import { SearchHits } from './search/SearchHits.tsx';
import { useSearch } from './search/useSearch.ts';
import { useHead } from './useHead.ts';

function Search() {
  const { lang } = useI18n();
  const texts = archiveMessages(lang);
  const site = useSite();
  useHead(searchHead(texts, lang, useSiteName(), searchAlternates(site.languages, site.defaultLanguage)));
  // The query and filters live in the address: a search can be shared, and back and forward work.
  const [params, setParams] = useSearchParams();
  // The page is prerendered with no search: it hydrates as that, then takes the address's.
  const hydrated = useHydrated();
  const query = hydrated ? (params.get('q') ?? '') : '';
  const chosen: Partial<Record<FilterName, string>> = {};
  for (const name of FILTERS) {
    const value = hydrated && params.get(name);
    if (value) chosen[name] = value;
  }
  const { state, more } = useSearch({ query, filters: chosen }, lang);
  const statusId = useId();

  const go = (next: URLSearchParams) => {
    for (const [name, value] of [...next.entries()]) if (!value.trim()) next.delete(name);
    setParams(next);
  };
  const choose = (name: FilterName, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    go(next);
  };
  const status =
    state.status === 'searching'
      ? texts.searching
      : state.status === 'shown'
        ? texts.searchCount(state.total, query)
        : '';

  return (
    <div className="eg-search">
      <h1 className="eg-search__title">{texts.searchTitle}</h1>
      <SearchField query={query} onSearch={(form) => go(new URLSearchParams(new FormData(form) as never))}>
        {state.status === 'shown' && <SearchFilters counts={state.filters} chosen={chosen} onChange={choose} />}
      </SearchField>
      {/* Always in the page, so that screen readers announce each new count as it changes. */}
      <p className="eg-search__status" role="status" id={statusId}>
        {status}
      </p>
      {state.status === 'failed' && <p role="alert">{texts.searchFailed}</p>}
      {state.status === 'shown' && state.hits.length > 0 && <SearchHits hits={state.hits} labelledBy={statusId} />}
      {state.status === 'shown' && state.hits.length < state.total && (
        <button className="eg-search__more" type="button" onClick={more}>
          {texts.moreResults}
        </button>
      )}
    </div>
  );
}

/** `/search?q=…` and `/<lang>/search?q=…`: full-text search of events and photo captions (Pagefind). */
export function SearchPage() {
  const site = useSite();
  const params = useParams();
  const ui = UI_LANGUAGES.find((known) => known === (params.lang ?? site.defaultLanguage));
  if (!ui) return <NotFoundPage />;
  return (
    <I18nProvider lang={ui}>
      <Search />
    </I18nProvider>
  );
}
