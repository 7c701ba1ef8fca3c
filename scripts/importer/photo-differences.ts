import { access } from 'node:fs/promises';
import type { Person } from '../../src/event/schema.ts';
import { photoFileName } from '../../src/importer/event-file.ts';
import { draftPhoto, type PhotoDraft } from '../../src/importer/photo-draft.ts';
import type { ReleasePhoto } from '../../src/importer/photo-list.ts';
import { excerpt, type Report } from '../../src/importer/report.ts';
import { readPhotoMetadata } from './photo-metadata.ts';

const people = (list: readonly Person[] | undefined) =>
  (list ?? []).map(({ name, role }) => (role ? `${name}, ${role}` : name)).join('; ');

/** The file's people read as the text's when names match in order and the file gives no other role. */
function samePeople(file: readonly Person[], text: readonly Person[] | undefined): boolean {
  return (
    file.length === (text?.length ?? 0) &&
    file.every((person, i) => person.name === text?.[i]?.name && (!person.role || person.role === text?.[i]?.role))
  );
}

function differences(file: PhotoDraft, text: PhotoDraft): string[] {
  const found: string[] = [];
  const say = (what: string, theirs: string, ours: string | undefined) =>
    found.push(`the file's ${what} ${excerpt(theirs)} differs from the text's ${ours ? excerpt(ours) : '(none)'}`);
  if (file.credit && file.credit !== text.credit) say('credit', file.credit, text.credit);
  if (file.caption !== undefined && file.caption !== text.caption) say('caption', file.caption, text.caption);
  if (file.people && !samePeople(file.people, text.people)) say('people', people(file.people), people(text.people));
  return found;
}

/**
 * Compares each photo the release text describes with its file's own metadata. The text wins;
 * each difference is a warning on the photo's line, naming its file. A file that is missing or
 * unreadable is left out: reading its size reports it.
 */
export async function compareWithFiles(
  release: readonly ReleasePhoto[],
  built: readonly PhotoDraft[],
  lang: string,
  locate: (name: string) => string,
): Promise<Report[]> {
  const reports: Report[] = [];
  for (const [i, { number, line }] of release.entries()) {
    const name = photoFileName(number);
    const file = locate(name);
    const metadata = await access(file)
      .then(() => readPhotoMetadata(file))
      .catch(() => undefined);
    const text = built[i];
    if (!metadata || !text) continue;
    for (const difference of differences(draftPhoto(metadata, lang), text)) {
      reports.push({ line, level: 'warning', message: `photo ${number} (${name}): ${difference}; kept the text's` });
    }
  }
  return reports;
}
