import { createContext, type ReactNode, useContext } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import { Caption } from './Caption.tsx';
import type { PhotoView } from './photos.ts';

interface PhotoListProps {
  photos: readonly PhotoView[];
  lang: string;
}

/** The usage terms of the listed photos: the list's line (`null`), else a photo's own, when it has some. */
export type ListTerms = (photos: readonly PhotoView[], lang: string) => (photo: PhotoView | null) => ReactNode;

/**
 * Set by the prerender alone (src/app/entry-server.tsx, src/gallery/listTerms.tsx): a browser
 * that runs the app never shows the list, so its terms cost the first download nothing, and
 * without them the list is not built at all.
 */
export const ListTermsContext = createContext<ListTerms | null>(null);

/**
 * Without scripting the carousel cannot move, so a prerendered page lists the photos after the
 * first as a numbered list with credits and captions, each linking to the full-size photo: what
 * crawlers and visitors without JavaScript read. Browsers that run scripts keep a `<noscript>`'s
 * content as one unparsed text, so the browser renders the element empty: hydrating the list
 * would have built every entry as elements inside it (two thirds of the demo page's elements,
 * thousands for a large event) only to drop them a moment later.
 */
export function PhotoList({ photos, lang }: PhotoListProps) {
  const { messages } = useI18n();
  const listTerms = useContext(ListTermsContext);
  if (photos.length < 2) return null;
  if (!listTerms) return <noscript />;
  const listed = photos.slice(1);
  const terms = listTerms(listed, lang);
  return (
    <noscript>
      {terms(null)}
      <ol className="eg-photo-list" aria-label={messages.morePhotos}>
        {listed.map((photo) => (
          <li key={photo.number}>
            <figure>
              <a href={photo.src}>
                <img src={photo.thumbnail} alt={photo.alt} lang={lang} width={96} height={64} loading="lazy" />
              </a>
              <figcaption lang={lang}>
                <span className="eg-slide__number">{`${photo.number}.`}</span>{' '}
                <bdi className="eg-photo-list__credit">{photo.credit}</bdi> <Caption caption={photo.caption} />
              </figcaption>
            </figure>
            {terms(photo)}
          </li>
        ))}
      </ol>
    </noscript>
  );
}
