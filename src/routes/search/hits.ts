import type { PagefindResult } from './pagefind.ts';

/** One match as the search page shows it: a photo (by its caption) or an event page. */
export type SearchHit =
  | {
      kind: 'photo';
      url: string;
      excerpt: string;
      title: string;
      date: string;
      endDate?: string;
      lang?: string;
      number: number;
      image: { src: string; width?: number; height?: number };
    }
  | { kind: 'event'; url: string; excerpt: string; title: string; date?: string; endDate?: string; place?: string };

const size = (text: string | undefined) => (text && /^\d+$/.test(text) ? Number(text) : undefined);
// Dates are formatted with Intl, which throws on anything else.
const day = (text: string | undefined) => (text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined);

/**
 * A Pagefind result as our view: photo records carry a photo number and an image
 * (scripts/build/search-records.ts), event pages their header's meta (src/article/EventHeader.tsx).
 */
export function searchHit({ url, excerpt, meta }: PagefindResult): SearchHit {
  const title = meta.title ?? url;
  const number = size(meta.photo);
  const [date, endDate] = [day(meta.date), day(meta.endDate)];
  if (number !== undefined && meta.image && date) {
    const image = { src: meta.image, width: size(meta.imageWidth), height: size(meta.imageHeight) };
    return { kind: 'photo', url, excerpt, title, date, endDate, lang: meta.lang, number, image };
  }
  return { kind: 'event', url, excerpt, title, date, endDate, place: meta.place };
}
