import type { Person } from '../event/schema.ts';
import { type ParsedCaption, parseCaption } from './captions.ts';
import { descriptionIn, descriptionLang, type PhotoMetadata } from './metadata.ts';

/** A photo's credit and caption as its file tells them. */
export interface PhotoDraft {
  credit?: string;
  people?: Person[];
  caption?: string;
}

/**
 * The credit and caption of a photo: a left-to-right marker in its description gives the people,
 * as in a release text; else the people shown come from PersonInImage.
 */
export function draftPhoto(metadata: PhotoMetadata, lang: string): PhotoDraft {
  const description = descriptionIn(metadata, lang);
  const parsed: ParsedCaption | undefined = description === undefined ? undefined : parseCaption(description);
  const people = parsed && 'people' in parsed ? parsed.people : metadata.people.map((name) => ({ name }));
  return {
    credit: metadata.credit,
    ...(people.length > 0 ? { people } : {}),
    ...(parsed?.caption === undefined ? {} : { caption: parsed.caption }),
  };
}

/** What a series of photos says of their event: each field from the first photo that gives it. */
export interface PhotosEvent {
  /** The language the descriptions name besides `x-default`. */
  lang?: string;
  title?: string;
  /** The first day a photo was taken. */
  date?: string;
  /** The last day, when it is not the first. */
  endDate?: string;
  /** The city. */
  location?: string;
}

export function eventFromPhotos(metadata: readonly PhotoMetadata[]): PhotosEvent {
  const days = metadata.flatMap((m) => (m.day ? [m.day] : [])).sort();
  const [date, last] = [days[0], days.at(-1)];
  return {
    lang: metadata.map(descriptionLang).find(Boolean),
    title: metadata.map((m) => m.title).find(Boolean),
    date,
    endDate: last && date && last > date ? last : undefined,
    location: metadata.map((m) => m.city).find(Boolean),
  };
}
