#!/usr/bin/env -S node --import tsx
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import * as v from 'valibot';
import { TranslationKeySchema, validateEvent } from '../../src/event/schema.ts';
import { decodeUtf8 } from '../../src/event/text.ts';
import { errorText, formatProblem } from '../../src/importer/report.ts';
import { draftFromPhotos } from '../importer/from-photos.ts';
import { importRelease } from '../importer/from-release.ts';
import { checkEvent, type FileProblem } from '../validator/event-checks.ts';
import { commandLine } from './commandLine.ts';

const USAGE = `Usage: npm run import -- <release.txt | - | folder of photos> [options]

Turns the text of a published release into an event file, or drafts one from the photos of a
folder (JPEG, WebP, PNG, AVIF, TIFF, in file-name order) and the credits, captions, people,
dates and place their metadata holds (XMP, IPTC, EXIF).

  --id <id>            the event's id (default: the --out file's name, else made from the title;
                       required for a folder of photos without --out)
  --title <text>       the title of an event drafted from photos (default: their headline)
  --date YYYY-MM-DD    first day (default: found in the lead, or the photos' earliest day)
  --end-date YYYY-MM-DD  last day, for an event of several days
  --lang <tag>         language (default: told by the closing line, or the photos' descriptions)
  --translation-key <slug>  the key this event shares with its versions in other
                       languages, e.g. otan-bucarest-2022 (default: none)
  --location <place>   where it happened (default: guessed from the lead, or the photos' city)
  --photos <prefix>    directory or https: prefix of the photos' src (default: <id>/)
  --photos-dir <dir>   where a release's photo files are, to read their sizes and compare their
                       metadata with the text (default: the prefix, relative to the --out file's
                       directory, sizes only)
  --out <file>         write the event file there (default: standard output)
  -h, --help           show this text`;

/** The release's bytes: decoded as UTF-8 only once they are all in, so no character is cut in two. */
async function readInput(input: string): Promise<Uint8Array> {
  if (input !== '-') return readFile(input);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const { values, positionals, usageError } = commandLine(USAGE, {
  id: { type: 'string' },
  title: { type: 'string' },
  date: { type: 'string' },
  'end-date': { type: 'string' },
  lang: { type: 'string' },
  'translation-key': { type: 'string' },
  location: { type: 'string' },
  photos: { type: 'string' },
  'photos-dir': { type: 'string' },
  out: { type: 'string' },
});
if (positionals.length > 1) usageError(`expected one release file or folder, got ${positionals.length}`);
const input = positionals[0] ?? '-';
if (input === '-' && process.stdin.isTTY) usageError('expected a release file, or its text on standard input');

const translationKey = values['translation-key'];
const keyCheck = translationKey === undefined ? undefined : v.safeParse(TranslationKeySchema, translationKey);
if (keyCheck && !keyCheck.success) {
  usageError(`--translation-key ${JSON.stringify(translationKey)}: ${keyCheck.issues[0].message}`);
}
const photosDir = values['photos-dir'];
if (values.photos && /^https:/i.test(values.photos) && !photosDir) {
  usageError('--photos is a URL: download the photos and give their directory with --photos-dir, to read their sizes');
}

const inputName = input === '-' ? '<stdin>' : input;
const outName = values.out ?? '<stdout>';
const baseDir = values.out ? dirname(values.out) : '.';
const id = values.id ?? (values.out && basename(values.out, '.json'));
const { lang, date, location, title } = values;
const endDate = values['end-date'];
const isFolder = input !== '-' && (await stat(input).catch(() => undefined))?.isDirectory();

async function fromPhotos() {
  if (photosDir) usageError('--photos-dir goes with a release text; the folder given holds the photos already');
  if (!id) return usageError('an event drafted from photos needs its id: give --id or --out');
  const given = values.photos ?? `${id}/`;
  const photos = given.endsWith('/') ? given : `${given}/`;
  const built = await draftFromPhotos(input, { id, title, lang, translationKey, date, endDate, location, photos });
  // The src is read from the event file's place: photos elsewhere would be missing there.
  const target = resolve(baseDir, photos);
  if (values.out && !/^https:/i.test(photos) && target !== resolve(input)) {
    const message = `the src of the photos points to ${relative('.', target) || '.'}, beside the event file: copy them there, or set --photos`;
    built.reports.push({ level: 'warning', message });
  }
  return built;
}

async function fromRelease() {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(input);
  } catch (error) {
    process.stderr.write(`${inputName}: cannot read it: ${errorText(error)}\n`);
    process.exit(1);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    process.stderr.write(`${inputName}: ${decoded.message}\n`);
    process.exit(1);
  }
  const options = { id, lang, translationKey, date, endDate, location, photos: values.photos, photosDir, baseDir };
  return importRelease(decoded.text, options);
}

const { file, reports, count } = isFolder ? await fromPhotos() : await fromRelease();

// The result goes through the same checks as a file written by hand, except the photo files,
// whose sizes were just read. Only a clean import is checked, so each fault is told once.
const failed = (list: { level: string }[]) => list.some((item) => item.level === 'error');
const result = file && !failed(reports) ? validateEvent(file) : undefined;
const problems: FileProblem[] = result?.ok
  ? checkEvent(result.event, values.out)
  : (result?.problems ?? []).map((problem) => ({ ...problem, level: 'error' }));

const lines = [
  ...reports
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((r) => formatProblem(r.file ?? inputName, r.line, r.level, r.message)),
  ...problems.map((p) => formatProblem(outName, p.path, p.level, p.message)),
];
if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
// Exit codes are set rather than forced, so that a long report reaches a slow pipe in full.
if (!file || failed(reports) || failed(problems)) process.exitCode = 1;
else if (!values.out) process.stdout.write(`${JSON.stringify(file, null, 2)}\n`);
else {
  try {
    await writeFile(values.out, `${JSON.stringify(file, null, 2)}\n`);
    process.stderr.write(`wrote ${values.out} with ${count} photos\n`);
  } catch (error) {
    process.stderr.write(`${values.out}: cannot write it: ${errorText(error)}\n`);
    process.exitCode = 1;
  }
}
