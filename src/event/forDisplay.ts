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

interface PhotoCheck {
  kept: Photo[];
  numbers: number[];
  dropped: DroppedPhoto[];
}

function checkPhoto(raw: unknown, index: number, check: PhotoCheck) {
  const result = v.safeParse(PhotoSchema, raw);
  if (result.success) {
    check.kept.push(result.output);
    check.numbers.push(index + 1);
  } else {
    check.dropped.push({ number: index + 1, problems: problemsOf(result.issues, `photos[${index}]`) });
  }
}

function photosOf(data: unknown): unknown[] {
  const photos = (data as { photos?: unknown } | null)?.photos;
  return Array.isArray(photos) ? photos : [];
}

function outcome(data: unknown, photos: PhotoCheck): DisplayValidation {
  const shape = v.safeParse(EventShapeSchema, data);
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

/**
 * Two levels of fault: one in the event as a whole makes it unshowable (every problem listed,
 * photos' too); one in a photo drops that photo alone. An event with no showable photo is a fault
 * of the whole.
 */
export function validateForDisplay(data: unknown): DisplayValidation {
  const check: PhotoCheck = { kept: [], numbers: [], dropped: [] };
  photosOf(data).forEach((raw, index) => {
    checkPhoto(raw, index, check);
  });
  return outcome(data, check);
}

/** Photos checked between two breaks: a slice stays shorter than a tap would notice on a phone. */
const PHOTOS_PER_SLICE = 100;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * validateForDisplay in slices, giving the browser a turn between them: a large event's file is
 * checked while the visitor is already using the page (scripts/bench/README.md has the figures).
 */
export async function validateForDisplayInSlices(data: unknown): Promise<DisplayValidation> {
  const check: PhotoCheck = { kept: [], numbers: [], dropped: [] };
  const photos = photosOf(data);
  for (let index = 0; index < photos.length; index++) {
    if (index > 0 && index % PHOTOS_PER_SLICE === 0) await nextTask();
    checkPhoto(photos[index], index, check);
  }
  return outcome(data, check);
}
