#!/usr/bin/env -S node --import tsx
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import * as v from 'valibot';
import { TranslationKeySchema, validateEvent } from '../../src/event/schema.ts';
import { decodeUtf8 } from '../../src/event/text.ts';
import { buildEvent, chooseId } from '../importer/event-file.ts';
import { readPhotoSizes } from '../importer/photo-sizes.ts';
import { parseRelease } from '../importer/release.ts';
import { errorText, formatProblem } from '../importer/report.ts';
import { checkEvent, type FileProblem } from '../validator/event-checks.ts';
import { commandLine } from './commandLine.ts';

const USAGE = `Usage: npm run import -- <release.txt | -> [options]

Turns the text of a published release into an event file.

  --id <id>            the event's id (default: the --out file's name, else made from the title)
  --date YYYY-MM-DD    first day (default: found in the lead, "les 29 et 30 novembre 2022")
  --end-date YYYY-MM-DD  last day, for an event of several days
  --lang <tag>         language (default: told by the closing line: fr, de, en, lb)
  --translation-key <slug>  the key this event shares with its versions in other
                       languages, e.g. otan-bucarest-2022 (default: none)
  --location <place>   where it happened (default: guessed from the lead)
  --photos <prefix>    directory or https: prefix of the photos' src (default: <id>/)
  --photos-dir <dir>   where the photo files are, to read their sizes
                       (default: the prefix, relative to the --out file's directory)
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
  date: { type: 'string' },
  'end-date': { type: 'string' },
  lang: { type: 'string' },
  'translation-key': { type: 'string' },
  location: { type: 'string' },
  photos: { type: 'string' },
  'photos-dir': { type: 'string' },
  out: { type: 'string' },
});
if (positionals.length > 1) usageError(`expected one release file, got ${positionals.length}`);
const input = positionals[0] ?? '-';
if (input === '-' && process.stdin.isTTY) usageError('expected a release file, or its text on standard input');

const translationKey = values['translation-key'];
const keyCheck = translationKey === undefined ? undefined : v.safeParse(TranslationKeySchema, translationKey);
if (keyCheck && !keyCheck.success) {
  usageError(`--translation-key ${JSON.stringify(translationKey)}: ${keyCheck.issues[0].message}`);
}

const inputName = input === '-' ? '<stdin>' : input;
const outName = values.out ?? '<stdout>';

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
const text = decoded.text;

const release = parseRelease(text);
const { id, reports: idReports } = chooseId(release, values.id ?? (values.out && basename(values.out, '.json')));
const given = values.photos ?? `${id}/`;
const prefix = given.endsWith('/') ? given : `${given}/`;
const photosDir = values['photos-dir'];
if (/^https:/i.test(prefix) && !photosDir) {
  usageError('--photos is a URL: download the photos and give their directory with --photos-dir, to read their sizes');
}
const baseDir = values.out ? dirname(values.out) : '.';
const { sizes, reports: sizeReports } = await readPhotoSizes(release.photos, (name) =>
  photosDir ? join(photosDir, name) : resolve(baseDir, `${prefix}${name}`),
);
const { lang, date, location } = values;
const endDate = values['end-date'];
const built = buildEvent(release, { id, lang, translationKey, date, endDate, location, photos: prefix }, sizes);
const reports = [...release.reports, ...idReports, ...sizeReports, ...built.reports];

// The result goes through the same checks as a file written by hand, except the photo files,
// whose sizes were just read. Only a clean import is checked, so each fault is told once.
const failed = (list: { level: string }[]) => list.some((item) => item.level === 'error');
const result = built.file && !failed(reports) ? validateEvent(built.file) : undefined;
const problems: FileProblem[] = result?.ok
  ? checkEvent(result.event, values.out)
  : (result?.problems ?? []).map((problem) => ({ ...problem, level: 'error' }));

const lines = [
  ...reports
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((r) => formatProblem(inputName, r.line, r.level, r.message)),
  ...problems.map((p) => formatProblem(outName, p.path, p.level, p.message)),
];
if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
// Exit codes are set rather than forced, so that a long report reaches a slow pipe in full.
if (!built.file || failed(reports) || failed(problems)) process.exitCode = 1;
else if (!values.out) process.stdout.write(`${JSON.stringify(built.file, null, 2)}\n`);
else {
  try {
    await writeFile(values.out, `${JSON.stringify(built.file, null, 2)}\n`);
    process.stderr.write(`wrote ${values.out} with ${release.photos.length} photos\n`);
  } catch (error) {
    process.stderr.write(`${values.out}: cannot write it: ${errorText(error)}\n`);
    process.exitCode = 1;
  }
}
