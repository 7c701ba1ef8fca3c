import type { PressConfig } from '../site/schema.ts';
import type { PhotoView } from './photos.ts';

/** The web size newsrooms expect: wide enough for a page, light enough to send. */
export const WEB_WIDTH = 1600;

/** One file of a photo a visitor can save. */
export interface Download {
  /** `web`: the JPEG of about 1600 px; `original`: the full-size file, as the photographer delivered it. */
  size: 'web' | 'original';
  src: string;
  width: number;
  height: number;
  /** The file's weight, when the event file tells it. */
  bytes?: number;
  /** The name it is saved under, credit included: `otan-bucarest-2022-03-NATO-1600.jpg`. */
  name: string;
}

type Entry = PhotoView['sources'][number]['entries'][number];

/** The largest JPEG not wider than the web size, else the narrowest: what "web" means for this photo. */
function webEntry(entries: readonly Entry[], originalWidth: number): Entry | undefined {
  const smaller = entries.filter((entry) => entry.width < originalWidth);
  const fitting = smaller.filter((entry) => entry.width <= WEB_WIDTH).sort((a, b) => b.width - a.width);
  return fitting[0] ?? smaller.sort((a, b) => a.width - b.width)[0];
}

/** The sizes that exist: the web JPEG when `npm run images` made one smaller than the original, and the original. */
export function downloadsOf(photo: PhotoView): Download[] {
  const original: Download = {
    size: 'original',
    src: photo.src,
    width: photo.width,
    height: photo.height,
    bytes: photo.bytes,
    name: photo.downloadName,
  };
  const jpeg = photo.sources.find((source) => source.type === 'image/jpeg');
  const web = jpeg && webEntry(jpeg.entries, photo.width);
  if (!web) return [original];
  const stem = photo.downloadName.replace(/\.[^.]+$/, '');
  return [{ size: 'web', ...web, name: `${stem}-${web.width}.jpg` }, original];
}

/** The terms a photo is under: its own, else its event's, else the site's in the page's language. */
export interface Terms {
  licence: { url: string; name?: string };
  usageTerms: string;
}

export function termsOf(photo: PhotoView, press: PressConfig, lang: string, defaultLanguage: string): Terms {
  const siteTerms = press.usageTerms[lang] ?? press.usageTerms[defaultLanguage] ?? '';
  // A licence of the photo's own has no name in the site's configuration: its address stands for it.
  const licence = photo.license && photo.license !== press.licence.url ? { url: photo.license } : { ...press.licence };
  return { licence, usageTerms: photo.usageTerms ?? siteTerms };
}
