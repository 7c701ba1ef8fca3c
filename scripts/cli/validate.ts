#!/usr/bin/env -S node --import tsx
import { type TranslationFile, translationProblems } from '../../src/event/translations.ts';
import { formatProblem } from '../../src/importer/report.ts';
import type { FileProblem } from '../validator/event-checks.ts';
import { validateFile } from '../validator/file-checks.ts';
import { commandLine } from './commandLine.ts';

const USAGE = `Usage: npm run validate -- <event.json…> [--json]

Checks that event files are UTF-8 JSON that fits the gallery's schema, and that each file's id
is its name, its local photos exist at the stated size, no photo appears twice, no caption still
holds a left-to-right list of people and no text holds bidi control characters. Across the files
given, the versions of one event (files sharing a translationKey) must be in different languages
(fr and fr-LU are one), and should show as many photos. Every problem is listed in one run.
Exits 1 on any error, 0 when there are warnings only.

  --json      print the problems as JSON, for CI jobs
  -h, --help  show this text`;

const { values, positionals: files, usageError } = commandLine(USAGE, { json: { type: 'boolean' } });
if (files.length === 0) usageError('expected at least one event file');

const found: (FileProblem & { file: string })[] = [];
const versions: TranslationFile[] = [];
for (const file of files) {
  const { problems, version } = await validateFile(file);
  for (const problem of problems) found.push({ file, ...problem });
  if (version) versions.push(version);
}
found.push(...translationProblems(versions));
const errors = found.filter((p) => p.level === 'error').length;
const warnings = found.length - errors;

if (values.json) {
  process.stdout.write(`${JSON.stringify({ errors, warnings, problems: found }, null, 2)}\n`);
} else {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = found.map((p) => formatProblem(p.file, p.path, p.level, p.message));
  lines.push(`${count(files.length, 'file')} checked: ${count(errors, 'error')}, ${count(warnings, 'warning')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
process.exitCode = errors > 0 ? 1 : 0;
