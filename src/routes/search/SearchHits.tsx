import { archiveMessages } from '../../i18n/archive.ts';
import { formatDateRange, formattedLanguage } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Excerpt } from './Excerpt.tsx';
import type { SearchHit } from './hits.ts';

function When({ date, endDate, lang }: { date?: string; endDate?: string; lang: string }) {
  if (!date) return null;
  return (
    <time dateTime={date} lang={formattedLanguage(lang)}>
      {formatDateRange(lang, date, endDate)}
    </time>
  );
}

/**
 * The matches, photos and events alike, named by the count (`labelledBy`). Links are plain: each page opens as a document with its
 * own Content-Security-Policy, not under the search page's, which allows WebAssembly.
 */
export function SearchHits({ hits, labelledBy }: { hits: readonly SearchHit[]; labelledBy: string }) {
  const { lang } = useI18n();
  const texts = archiveMessages(lang);
  return (
    <ol className="eg-hits" aria-labelledby={labelledBy}>
      {hits.map((hit) => (
        <li key={hit.url} className={`eg-hit eg-hit--${hit.kind}`}>
          {hit.kind === 'photo' ? (
            <a className="eg-hit__link" href={hit.url}>
              <img
                className="eg-hit__image"
                src={hit.image.src}
                width={hit.image.width}
                height={hit.image.height}
                alt=""
                loading="lazy"
              />
              <span className="eg-hit__body">
                <span className="eg-hit__title" lang={hit.lang}>
                  {hit.title}
                </span>
                <span className="eg-hit__meta">
                  {`${texts.photoNumber(hit.number)} · `}
                  <When date={hit.date} endDate={hit.endDate} lang={lang} />
                </span>
                <Excerpt excerpt={hit.excerpt} />
              </span>
            </a>
          ) : (
            <a className="eg-hit__link" href={hit.url}>
              <span className="eg-hit__body">
                <span className="eg-hit__title">{hit.title}</span>
                <span className="eg-hit__meta">
                  <When date={hit.date} endDate={hit.endDate} lang={lang} />
                  {hit.place && ` · ${hit.place}`}
                </span>
                <Excerpt excerpt={hit.excerpt} />
              </span>
            </a>
          )}
        </li>
      ))}
    </ol>
  );
}
