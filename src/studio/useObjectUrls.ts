import { useEffect, useMemo, useRef } from 'react';
import type { DraftPhoto } from './draft.ts';

/**
 * One object URL per photo, made once and kept while the photo is in the draft: the thumbnails
 * and the preview show the file itself, nothing is uploaded. A removed photo's URL is let go;
 * those still shown when the studio closes go with the page.
 */
export function useObjectUrls(photos: readonly DraftPhoto[]): ReadonlyMap<string, string> {
  const made = useRef(new Map<string, string>());
  const urls = useMemo(() => {
    const now = new Map<string, string>();
    for (const photo of photos) now.set(photo.key, made.current.get(photo.key) ?? URL.createObjectURL(photo.blob));
    return now;
  }, [photos]);
  useEffect(() => {
    for (const [key, url] of made.current) if (!urls.has(key)) URL.revokeObjectURL(url);
    made.current = new Map(urls);
  }, [urls]);
  return urls;
}
