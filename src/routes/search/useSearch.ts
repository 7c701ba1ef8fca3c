import { useEffect, useState } from 'react';
import { type SearchHit, searchHit } from './hits.ts';
import { type FilterCounts, loadPagefind, type PagefindSearch } from './pagefind.ts';

/** Matches shown at once; "more results" shows as many again. */
const PAGE = 20;

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'failed' }
  | {
      status: 'shown';
      total: number;
      hits: SearchHit[];
      /** Every value of each filter in this language's index, with its count among the matches. */
      filters: FilterCounts;
    };

/** What a visitor asked for, as the address holds it. */
export interface SearchRequest {
  query: string;
  filters: Record<string, string>;
}

async function hitsOf(search: PagefindSearch, from: number): Promise<SearchHit[]> {
  const data = await Promise.all(search.results.slice(from, from + PAGE).map((result) => result.data()));
  return data.map(searchHit);
}

/**
 * Runs the search in the address once the page shows, in the page's language: Pagefind and its
 * index load on the first query only. `more` shows the next matches.
 */
export function useSearch({ query, filters }: SearchRequest, lang: string): { state: SearchState; more: () => void } {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [search, setSearch] = useState<PagefindSearch | null>(null);
  const key = JSON.stringify(filters);

  useEffect(() => {
    const wanted: Record<string, string> = JSON.parse(key);
    if (!query.trim()) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState({ status: 'searching' });
    (async () => {
      const pagefind = await loadPagefind(import.meta.env.BASE_URL, lang);
      const [found, all] = await Promise.all([pagefind.search(query, { filters: wanted }), pagefind.filters()]);
      const hits = await hitsOf(found, 0);
      if (!current) return;
      const counts = Object.fromEntries(
        Object.entries(all).map(([name, values]) => [
          name,
          Object.fromEntries(Object.keys(values).map((value) => [value, found.filters[name]?.[value] ?? 0])),
        ]),
      );
      setSearch(found);
      setState({ status: 'shown', total: found.results.length, hits, filters: counts });
    })().catch(() => {
      if (current) setState({ status: 'failed' });
    });
    return () => {
      current = false;
    };
  }, [query, key, lang]);

  const more = () => {
    if (state.status !== 'shown' || !search) return;
    hitsOf(search, state.hits.length).then(
      (next) => setState((shown) => (shown.status === 'shown' ? { ...shown, hits: [...shown.hits, ...next] } : shown)),
      () => setState({ status: 'failed' }),
    );
  };
  return { state, more };
}
