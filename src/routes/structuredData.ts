import type { ImageGallery, ImageObject, Person, WithContext } from 'schema-dts';
import type { GalleryEvent } from '../event/schema.ts';
import { captionText, type PhotoView } from '../gallery/photos.ts';

/** What the structured data needs of the site: where it is, and the photos' default licence. */
export interface StructuredSite {
  /** Makes a page or file address absolute (SITE_URL); search engines take no other. */
  absolute: (address: string) => string;
  /** The licence page, for `license` and `acquireLicensePage`. */
  licence?: string;
}

function people(photo: PhotoView): Person[] {
  return photo.caption.people.map(({ name, role }) => ({
    '@type': 'Person',
    name,
    ...(role ? { jobTitle: role } : {}),
  }));
}

function imageObject(photo: PhotoView, event: GalleryEvent, page: string, site: StructuredSite): ImageObject {
  const caption = captionText(photo.caption);
  const about = people(photo);
  // The photo's own terms, else its event's (both in PhotoView.license), else the site's.
  const licence = photo.license ?? site.licence;
  return {
    '@type': 'ImageObject',
    contentUrl: site.absolute(photo.src),
    thumbnailUrl: site.absolute(photo.thumbnail),
    url: site.absolute(page),
    width: { '@type': 'QuantitativeValue', value: photo.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: photo.height, unitCode: 'E37' },
    name: `${event.title} (${photo.number})`,
    ...(caption ? { caption } : {}),
    description: photo.alt,
    inLanguage: event.lang,
    creditText: photo.credit,
    copyrightNotice: photo.credit,
    ...(licence ? { license: licence, acquireLicensePage: licence } : {}),
    // The people in the order they stand, left to right, as the caption names them.
    ...(about.length ? { about } : {}),
  };
}

/** An event page's JSON-LD: the gallery and each photo shown, its credit, licence and people. */
export function eventStructuredData(
  event: GalleryEvent,
  photos: readonly PhotoView[],
  pageOf: (number: number) => string,
  site: StructuredSite,
): WithContext<ImageGallery> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ImageGallery',
    name: event.title,
    ...(event.lead ? { description: event.lead } : {}),
    inLanguage: event.lang,
    // The days the photos show, as an ISO 8601 interval when there are several.
    temporalCoverage: event.endDate ? `${event.date}/${event.endDate}` : event.date,
    ...(event.location ? { contentLocation: { '@type': 'Place', name: event.location } } : {}),
    image: photos.map((photo) => imageObject(photo, event, pageOf(photo.number), site)),
  };
}

/** A photo page's JSON-LD: that photo alone. */
export function photoStructuredData(
  event: GalleryEvent,
  photo: PhotoView,
  page: string,
  site: StructuredSite,
): WithContext<ImageObject> {
  return { '@context': 'https://schema.org', ...imageObject(photo, event, page, site) };
}

/**
 * The data block for a page's head. `<` is escaped, so no text (a title holding `</script>`) can
 * end the element; JSON readers decode `\u003c` back to `<`.
 */
export function structuredDataHtml(data: object): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
