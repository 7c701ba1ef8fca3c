import { Link } from 'react-router';
import { archiveMessages } from '../../i18n/archive.ts';
import { useI18n } from '../../i18n/useI18n.ts';

/** A long listing's way between its pages; `at` gives a page's address. Nothing for one page. */
export function Pagination({ page, pages, at }: { page: number; pages: number; at: (page: number) => string }) {
  const texts = archiveMessages(useI18n().lang);
  if (pages < 2) return null;
  return (
    <nav className="eg-pages" aria-label={texts.pages}>
      {page > 1 && (
        <Link rel="prev" to={at(page - 1)}>
          {texts.previousPage}
        </Link>
      )}
      <span aria-current="page">{texts.pageOf(page, pages)}</span>
      {page < pages && (
        <Link rel="next" to={at(page + 1)}>
          {texts.nextPage}
        </Link>
      )}
    </nav>
  );
}
