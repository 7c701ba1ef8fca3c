import * as v from 'valibot';
import { EventShapeSchema, type GalleryEvent, type Photo, PhotoSchema, type Problem, problemsOf } from './schema.ts';

/** A photo of the file that cannot be shown, and why. */
export interface DroppedPhoto {
  /** Its number in the file, 1-based, as visitors would have seen it. */
  number: number;
  problems: Problem[];
}

/** An event ready to show: the photos that passed, with their numbers in the file. */
export interface DisplayEvent {
  /** The event with only its valid photos. */
  event: GalleryEvent;
  /** For each kept photo, its number in the file (1-based): numbering never shifts. */
  numbers: number[];
  /** How many photos the file lists, shown or not. */
  total: number;
  dropped: DroppedPhoto[];
  /** Only the first photos are here (a prerendered page of a large event): fetch the file for the rest. */
  partial?: boolean;
}

export type DisplayValidation = ({ ok: true } & DisplayEvent) | { ok: false; problems: Problem[] };

function checkPhotos(photos: unknown) {
  const kept: Photo[] = [];
  const numbers: number[] = [];
  const dropped: DroppedPhoto[] = [];
  (Array.isArray(photos) ? photos : []).forEach((raw, index) => {
    const result = v.safeParse(PhotoSchema, raw);
    if (result.success) {
      kept.push(result.output);
      numbers.push(index + 1);
    } else {
      dropped.push({ number: index + 1, problems: problemsOf(result.issues, `photos[${index}]`) });
    }
  });
  return { kept, numbers, dropped };
}

/**
 * Two levels of fault: one in the event as a whole makes it unshowable (every problem listed,
 * photos' too); one in a photo drops that photo alone. An event with no showable photo is a fault
 * of the whole.
 */
export function validateForDisplay(data: unknown): DisplayValidation {
  const shape = v.safeParse(EventShapeSchema, data);
  const photos = checkPhotos((data as { photos?: unknown } | null)?.photos);
  const photoProblems = photos.dropped.flatMap((photo) => photo.problems);
  if (!shape.success) return { ok: false, problems: [...problemsOf(shape.issues), ...photoProblems] };
  if (photos.kept.length === 0) return { ok: false, problems: photoProblems };
  return {
    ok: true,
    event: { ...shape.output, photos: photos.kept },
    numbers: photos.numbers,
    total: shape.output.photos.length,
    dropped: photos.dropped,
  };
}
