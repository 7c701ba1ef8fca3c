import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { paths } from '../event/paths.ts';
import { archiveMessages } from '../i18n/archive.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useSite } from '../site/useSite.ts';

interface SearchFieldProps {
  /** The query shown in the field. */
  query?: string;
  /** The search page takes the form over; elsewhere it is a plain GET to the search page. */
  onSearch?: (form: HTMLFormElement) => void;
  /** More fields sent with the query (the search page's filters). */
  children?: ReactNode;
}

/**
 * A search field for every listing page, in the page's language. A plain GET form: the search
 * page loads as a document, under its own Content-Security-Policy (it allows WebAssembly, no
 * other page does), and the form works before or without the app.
 */
export function SearchField({ query = '', onSearch, children }: SearchFieldProps) {
  const { lang } = useI18n();
  const texts = archiveMessages(lang);
  const site = useSite();
  const action = import.meta.env.BASE_URL.replace(/\/$/, '') + paths.search.build(lang, site.defaultLanguage);
  const input = useRef<HTMLInputElement>(null);
  // Back and forward change the query under the field; typing keeps its focus (no remount).
  useEffect(() => {
    if (input.current && input.current.value !== query) input.current.value = query;
  }, [query]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!onSearch) return;
    event.preventDefault();
    onSearch(event.currentTarget);
  };
  return (
    <search>
      <form className="eg-search-field" method="get" action={action} onSubmit={submit}>
        <label className="eg-search-field__label">
          <span>{texts.searchLabel}</span>
          <input className="eg-search-field__input" type="search" name="q" defaultValue={query} ref={input} />
        </label>
        <button className="eg-search-field__submit" type="submit">
          {texts.searchSubmit}
        </button>
        {children}
      </form>
    </search>
  );
}
