import { EXIFR_OPTIONS, mapMetadata, type PhotoMetadata, type RawMetadata } from '../importer/metadata.ts';
import { draftPhoto, eventFromPhotos } from '../importer/photo-draft.ts';
import { addPhotos, type Draft, type DraftPhoto } from './draft.ts';

/** A photo as the browser read it: its draft, and what its embedded metadata says when it says anything. */
export interface ReadPhoto {
  photo: DraftPhoto;
  metadata?: PhotoMetadata;
}

/**
 * XMP, IPTC and EXIF, mapped as `npm run import -- <folder>` maps them. exifr reads no WebP and no
 * XMP from AVIF or PNG: such a photo, like one without metadata, keeps its fields empty for the
 * editor to type, with no error, since its pixels are all the studio needs.
 */
export async function readMetadata(file: Blob): Promise<PhotoMetadata | undefined> {
  try {
    // Loaded with the first photo: opening the studio does not wait for exifr.
    const { parse } = await import('./exifr.ts');
    const raw: RawMetadata | undefined = await parse(file, { ...EXIFR_OPTIONS, xmp: true, iptc: true });
    return raw ? mapMetadata(raw) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Adds photos with the credit, people and caption their files give, and, where the editor has
 * typed none, the event's dates and place from the days and city the photos were taken on.
 */
export function addReadPhotos(draft: Draft, read: readonly ReadPhoto[]): Draft {
  const lang = draft.fields.lang.trim() || 'x-default';
  const photos = read.map(({ photo, metadata }) => {
    if (!metadata) return photo;
    const { credit, people, caption } = draftPhoto(metadata, lang);
    return {
      ...photo,
      credit: credit ?? photo.credit,
      people: people?.map(({ name, role }) => ({ name, role: role ?? '' })) ?? photo.people,
      caption: caption ?? photo.caption,
    };
  });
  const found = eventFromPhotos(read.flatMap(({ metadata }) => (metadata ? [metadata] : [])));
  const { fields } = draft;
  // A date the editor typed may be another day than the photos': their last day is left out then.
  const dated = fields.date === '' && found.date !== undefined;
  const filled = {
    ...fields,
    date: dated ? (found.date ?? '') : fields.date,
    endDate: dated && fields.endDate === '' ? (found.endDate ?? '') : fields.endDate,
    location: fields.location.trim() || found.location || '',
  };
  return addPhotos({ ...draft, fields: filled }, photos);
}
