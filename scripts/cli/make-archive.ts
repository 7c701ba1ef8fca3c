#!/usr/bin/env -S node --import tsx
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArchive, writeArchive } from '../archive/generate.ts';
import { commandLine } from './commandLine.ts';

const USAGE = `Usage: npm run make-archive -- <folder> [--events N] [--photos N] [--seed N]

Copies public/ into <folder> and adds a generated archive to <folder>/events: N event files
(default 300, language versions counted) spread over 2016–2025, their photos the demo's image
files. Build it with PUBLIC_DIR=<folder> (and OUT_DIR=… to keep dist/). The same options always
give the same files.

  --events N  how many event files (1–4096)
  --photos N  photos in every event (1–56, the demo's files in all their sizes; by default 8 to 15)
  --seed N    another archive of the same shape
  -h, --help  show this text`;

const { values, positionals, usageError } = commandLine(USAGE, {
  events: { type: 'string' },
  photos: { type: 'string' },
  seed: { type: 'string' },
});
const [folder, ...rest] = positionals;
if (folder === undefined || rest.length > 0) usageError('expected one folder');

function wholeNumber(name: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max)
    usageError(`--${name}: expected a whole number from 1 to ${max}, found "${text}"`);
  return n;
}

const events = wholeNumber('events', values.events, 300, 4096);
const photos = values.photos === undefined ? undefined : wholeNumber('photos', values.photos, 15, 56);
const seed = wholeNumber('seed', values.seed, 1, 2 ** 31 - 1);
const target = folder as string;
if (existsSync(target) && readdirSync(target).length > 0) usageError(`${target}: expected a new or empty folder`);

cpSync(fileURLToPath(new URL('../../public', import.meta.url)), target, { recursive: true });
const archive = generateArchive({ events, photos, seed });
writeArchive(join(target, 'events'), archive.events);
process.stdout.write(`${archive.events.length} event files written into ${join(target, 'events')}/\n`);
