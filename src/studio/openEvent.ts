import { jsonErrorDetail } from '../event/jsonError.ts';
import { type Problem, validateEvent } from '../event/schema.ts';
import { decodeUtf8 } from '../event/text.ts';
import { errorText } from '../importer/report.ts';
import type { Draft, DraftPhoto } from './draft.ts';
import { blankPhoto } from './readPhoto.ts';

/** What opening an event file gave: its draft when it validates, else its problems; and the photos it lacks. */
export type Opened =
  | { ok: true; draft: Draft; file: string; missing: string[] }
  | { ok: false; file?: string; problems: Problem[] };

const path = (file: File) => file.webkitRelativePath || file.name;
const baseName = (src: string) => src.slice(src.lastIndexOf('/') + 1);

/** The file a photo's `src` names: the same path inside a chosen folder, else the same file name. */
function fileFor(src: string, files: readonly File[]): File | undefined {
  return files.find((file) => path(file).endsWith(`/${src}`)) ?? files.find((file) => file.name === baseName(src));
}

async function readJson(file: File): Promise<{ ok: true; data: unknown } | { ok: false; message: string }> {
  const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, data: JSON.parse(decoded.text) };
  } catch (error) {
    return { ok: false, message: `expected JSON: ${jsonErrorDetail(decoded.text, errorText(error))}` };
  }
}

/**
 * An event file and its photos, chosen together or as a folder, as a draft: the event's fields
 * as the form holds them, and each photo the file lists whose file was given, in the file's order.
 */
export async function openEvent(files: readonly File[]): Promise<Opened> {
  const jsons = files.filter((file) => file.name.endsWith('.json'));
  const [json] = jsons;
  if (!json || jsons.length > 1) {
    const message = `expected one event file (.json) among the files, found ${jsons.length}`;
    return { ok: false, problems: [{ path: '(files)', message }] };
  }
  const read = await readJson(json);
  if (!read.ok) return { ok: false, file: path(json), problems: [{ path: '(root)', message: read.message }] };
  const result = validateEvent(read.data);
  if (!result.ok) return { ok: false, file: path(json), problems: result.problems };
  const { event } = result;
  const missing: string[] = [];
  const photos: DraftPhoto[] = event.photos.flatMap((photo) => {
    const found = fileFor(photo.src, files);
    if (!found) {
      missing.push(photo.src);
      return [];
    }
    const people = (photo.people ?? []).map(({ name, role }) => ({ name, role: role ?? '' }));
    const texts = { credit: photo.credit, people, caption: photo.caption ?? '', alt: photo.alt ?? '' };
    return [{ ...blankPhoto(found, photo.width, photo.height), ...texts }];
  });
  const fields = {
    id: event.id,
    title: event.title,
    lang: event.lang,
    date: event.date,
    endDate: event.endDate ?? '',
    location: event.location ?? '',
    lead: event.lead ?? '',
    body: event.body.join('\n\n'),
    source: event.source ?? '',
    updated: event.updated ?? '',
    translationKey: event.translationKey ?? '',
    license: event.license ?? '',
    usageTerms: event.usageTerms ?? '',
  };
  return { ok: true, draft: { fields, photos }, file: path(json), missing };
}
