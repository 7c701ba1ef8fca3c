import { buildEvent, type ImageSize } from '../importer/event-file.ts';
import { parseRelease } from '../importer/release.ts';
import type { Report } from '../importer/report.ts';
import type { Draft, DraftFields, DraftPhoto } from './draft.ts';

/** What pasting a release did: the draft it makes, unless an error stopped it, and what the importer said. */
export interface FromRelease {
  draft?: Draft;
  reports: Report[];
  /** The numbers of the text's photos that have no photo in the draft yet. */
  waiting: number[];
}

type Built = NonNullable<ReturnType<typeof buildEvent>['file']>;

const texts = (file: Built): Partial<DraftFields> => ({
  title: file.title,
  lang: file.lang,
  date: file.date,
  endDate: file.endDate,
  location: file.location,
  lead: file.lead,
  body: file.body.length > 0 ? file.body.join('\n\n') : undefined,
  source: file.source,
  updated: file.updated,
});

function withText(photo: DraftPhoto, text: Built['photos'][number] | undefined): DraftPhoto {
  if (!text) return photo;
  const said = 'people' in text || 'caption' in text;
  return {
    ...photo,
    credit: text.credit ?? photo.credit,
    // The text's caption wins over the file's, as in npm run import.
    people: said
      ? ('people' in text ? text.people : []).map(({ name, role }) => ({ name, role: role ?? '' }))
      : photo.people,
    caption: said ? (text.caption ?? '') : photo.caption,
  };
}

/**
 * Fills the draft from a release's text through the importer of `npm run import`: the event's
 * fields the text gives, and photo n's credit, people and caption from the text's photo n. The
 * photos' pixels stay; a date or language the text lacks comes from the draft when it has one.
 */
export function fromRelease(draft: Draft, text: string): FromRelease {
  const release = parseRelease(text);
  const { fields } = draft;
  const sizes = new Map<number, ImageSize>(draft.photos.map((p, i) => [i + 1, { width: p.width, height: p.height }]));
  const options = { id: fields.id, photos: '', lang: release.lang ? undefined : fields.lang.trim() || undefined };
  let built = buildEvent(release, options, sizes);
  if (!built.file && fields.date) built = buildEvent(release, { ...options, date: fields.date }, sizes);
  const reports = [...release.reports, ...built.reports];
  const { file } = built;
  if (!file || reports.some((report) => report.level === 'error')) return { reports, waiting: [] };
  const given = Object.fromEntries(Object.entries(texts(file)).filter(([, value]) => value !== undefined));
  const byNumber = new Map(release.photos.map((photo, i) => [photo.number, file.photos[i]]));
  const photos = draft.photos.map((photo, i) => withText(photo, byNumber.get(i + 1)));
  const waiting = release.photos.map((photo) => photo.number).filter((n) => n > draft.photos.length);
  return { draft: { fields: { ...fields, ...given }, photos }, reports, waiting };
}
