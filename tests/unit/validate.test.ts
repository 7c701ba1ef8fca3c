// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkEvent, checkPhotoFiles, validateFile } from '../../scripts/validator/file-checks.ts';
import type { GalleryEvent, Photo } from '../../src/event/schema.ts';

const DIR = 'tests/fixtures/validate';

/** Runs the validate command as a CI job would. */
function runValidate(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/cli/validate.ts', ...args],
      (_, stdout, stderr) => done({ code: child.exitCode, stdout, stderr }),
    );
  });
}

const photo = (src: string, more: Partial<Photo> = {}): Photo => ({
  src,
  width: 4,
  height: 3,
  credit: 'MAEE',
  ...more,
});
const event = (photos: Photo[]): GalleryEvent => ({
  id: 'visit',
  lang: 'fr',
  title: 'Visite',
  date: '2022-11-29',
  body: [],
  photos,
});

describe('the validate command', () => {
  it('prints every problem as file:path: message and exits 1 on errors', async () => {
    const file = `${DIR}/problems.json`;
    const { code, stdout } = await runValidate([`${DIR}/good.json`, file]);
    expect(stdout.split('\n')).toEqual([
      `${file}:id: expected "problems", the file's name, found "other-name"`,
      `${file}:photos[0].width: expected 4, the width of ${DIR}/photos/01.jpg, found 5`,
      `${file}:photos[1].caption: warning: has a left-to-right marker: write these people as "people"`,
      `${file}:photos[2].src: expected a photo of its own, found the src of photos[0]`,
      `${file}:photos[3].src: expected a file at ${DIR}/photos/09.jpg, found none`,
      `${file}:photos[4].src: expected an image at ${DIR}/photos/broken.jpg, cannot read it: Input file contains unsupported image format`,
      '2 files checked: 5 errors, 1 warning',
      '',
    ]);
    expect(code).toBe(1);
  });

  it('exits 0 when there are only warnings', async () => {
    const { code, stdout } = await runValidate([`${DIR}/warnings-only.json`]);
    expect(stdout).toContain('1 file checked: 0 errors, 1 warning');
    expect(code).toBe(0);
  });

  it('gives CI the same problems as JSON with --json', async () => {
    const { code, stdout } = await runValidate(['--json', `${DIR}/schema.json`, `${DIR}/good.json`]);
    expect(JSON.parse(stdout)).toEqual({
      errors: 3,
      warnings: 0,
      problems: [
        {
          file: `${DIR}/schema.json`,
          path: 'date',
          level: 'error',
          message: 'expected date as a real date YYYY-MM-DD',
        },
        { file: `${DIR}/schema.json`, path: 'photos[0].credit', level: 'error', message: 'required, but missing' },
        {
          file: `${DIR}/schema.json`,
          path: 'photos[0].people[0].name',
          level: 'error',
          message: 'expected a non-empty name',
        },
      ],
    });
    expect(code).toBe(1);
  });

  it('answers a call without files with the usage text and exit code 2', async () => {
    const { code, stderr } = await runValidate([]);
    expect(stderr).toMatch(/^expected at least one event file\n\nUsage: npm run validate/);
    expect(code).toBe(2);
  });
});

describe('validateFile', () => {
  it('accepts a correct file, measuring a photo turned by its EXIF tag as it is shown', async () => {
    expect(await validateFile(`${DIR}/good.json`)).toEqual([]);
  });

  it('says when a file is not JSON', async () => {
    // Written at run time: a broken JSON file in the repository would break the linter.
    const dir = await mkdtemp(join(tmpdir(), 'validate-'));
    onTestFinished(() => rm(dir, { recursive: true }));
    const file = join(dir, 'broken.json');
    await writeFile(file, '{ "id": "broken", ');
    expect(await validateFile(file)).toEqual([
      { path: '(root)', level: 'error', message: expect.stringMatching(/^expected JSON: /) },
    ]);
  });

  it('says when a file cannot be read', async () => {
    expect(await validateFile(`${DIR}/absent.json`)).toEqual([
      { path: '(root)', level: 'error', message: expect.stringMatching(/^expected a readable file: ENOENT/) },
    ]);
  });
});

describe('checkEvent', () => {
  it('wants the id to be the file name', () => {
    expect(checkEvent(event([photo('a.jpg')]), 'events/visite.json')).toEqual([
      { path: 'id', level: 'error', message: 'expected "visite", the file\'s name, found "visit"' },
    ]);
    expect(checkEvent(event([photo('a.jpg')]), 'events/visit.json')).toEqual([]);
  });

  it('finds a photo listed twice', () => {
    expect(checkEvent(event([photo('a.jpg'), photo('b.jpg'), photo('a.jpg')]))).toEqual([
      { path: 'photos[2].src', level: 'error', message: 'expected a photo of its own, found the src of photos[0]' },
    ]);
  });

  it('warns about a caption that still lists people from left to right', () => {
    const photos = [
      photo('a.jpg', { caption: '(de g. à dr.) Jean Asselborn ; Hadja Lahbib' }),
      photo('b.jpg', { caption: 'Photo de groupe' }),
      photo('c.jpg', { people: [{ name: 'Jean Asselborn' }] }),
    ];
    expect(checkEvent(event(photos))).toEqual([
      {
        path: 'photos[0].caption',
        level: 'warning',
        message: 'has a left-to-right marker: write these people as "people"',
      },
    ]);
  });
});

describe('checkPhotoFiles', () => {
  it('compares the stated size of each photo, source and thumbnail with its image, and leaves https alone', async () => {
    const read: string[] = [];
    const readSize = async (file: string) => {
      read.push(file);
      return { width: 3, height: 4 };
    };
    const photos = [
      photo('a.jpg', { width: 3, height: 4, thumbnail: { src: 'a-small.jpg', width: 3, height: 4 } }),
      photo('b.jpg', { width: 3, height: 4, srcSet: [{ src: 'b.webp', width: 6, height: 8, type: 'image/webp' }] }),
      photo('https://cdn.example.org/c.jpg'),
    ];
    expect(await checkPhotoFiles(event(photos), 'events', readSize)).toEqual([
      { path: 'photos[1].srcSet[0].width', level: 'error', message: 'expected 3, the width of events/b.webp, found 6' },
      {
        path: 'photos[1].srcSet[0].height',
        level: 'error',
        message: 'expected 4, the height of events/b.webp, found 8',
      },
    ]);
    expect(read.map((file) => relative('.', file))).toEqual([
      'events/a.jpg',
      'events/a-small.jpg',
      'events/b.jpg',
      'events/b.webp',
    ]);
  });
});
