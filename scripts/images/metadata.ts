import type { GalleryEvent, Photo } from '../../src/event/schema.ts';
import { captionText, captionView, formatCredit } from '../../src/gallery/photos.ts';
import type { Messages } from '../../src/i18n/messages.ts';
import type { SiteConfig } from '../../src/site/schema.ts';

/** What the site's configuration says of the photos whose event and photo say nothing of their terms. */
export type SiteTerms = Pick<SiteConfig, 'defaultLanguage' | 'licence' | 'usageTerms'>;

/** What a newsroom's tools (Photo Mechanic, Photoshop, exiftool) read in a photo file. */
export interface PhotoMetadata {
  /** The event's language: the language of the caption, the title and the terms. */
  lang: string;
  /** The credit line as agencies print it, without ©: `MAEE`. */
  credit: string;
  /** The copyright notice: `©MAEE`. */
  rights: string;
  /** The caption as a visitor reads it, left-to-right marker included; absent when there is none. */
  description?: string;
  /** The names of the people shown, from left to right. */
  people: string[];
  title: string;
  /** The event's first day, YYYY-MM-DD. */
  date: string;
  city?: string;
  /** The licence or terms page. */
  licence: string;
  usageTerms?: string;
}

const given = (text: string | undefined) => text?.trim() || undefined;

/** The site's terms in the event's language, else in the default language, which the configuration must have. */
function siteUsageTerms(site: SiteTerms, lang: string): string | undefined {
  return Object.hasOwn(site.usageTerms, lang) ? site.usageTerms[lang] : site.usageTerms[site.defaultLanguage];
}

/**
 * The metadata of one photo: the caption worked out as the gallery shows it, and the terms of the
 * most specific place that states them (the photo, else its event, else the site).
 */
export function photoMetadata(event: GalleryEvent, photo: Photo, messages: Messages, site: SiteTerms): PhotoMetadata {
  const rights = formatCredit(photo.credit);
  const description = captionText(captionView(photo, messages));
  return {
    lang: event.lang,
    credit: rights.replace(/^©\s*/, ''),
    rights,
    ...(description ? { description } : {}),
    people: (photo.people ?? []).map((person) => person.name),
    title: event.title,
    date: event.date,
    ...(given(event.location) ? { city: given(event.location) } : {}),
    licence: photo.license ?? event.license ?? site.licence.url,
    usageTerms: given(photo.usageTerms) ?? given(event.usageTerms) ?? siteUsageTerms(site, event.lang),
  };
}
