// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkEvent, type FileProblem } from '../../scripts/validator/event-checks.ts';
import { checkPhotoFiles, validateFile } from '../../scripts/validator/file-checks.ts';
import type { GalleryEvent, Photo } from '../../src/event/schema.ts';
import { formatProblem } from '../../src/importer/report.ts';

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

/** Writes a file at run time: a broken file in the repository would break the linter. */
async function written(name: string, content: string | Uint8Array) {
  const dir = await mkdtemp(join(tmpdir(), 'validate-'));
  onTestFinished(() => rm(dir, { recursive: true }));
  await writeFile(join(dir, name), content);
  return join(dir, name);
}

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

  it("lists the schema's problems and those of every other check in one run, in both outputs", async () => {
    const file = `${DIR}/several-faults.json`;
    const photo01 = `the width of ${DIR}/photos/01.jpg, found 5`;
    const expected = [
      `${file}:date: expected date as a real date YYYY-MM-DD`,
      `${file}:id: expected "several-faults", the file's name, found "wrong-name"`,
      `${file}:title: warning: contains a bidi control character (U+202E RIGHT-TO-LEFT OVERRIDE), which can reverse the text around it`,
      `${file}:photos[0].width: expected 4, ${photo01}`,
      `${file}:photos[1].src: expected a URL as text`,
      `${file}:photos[2].height: expected a positive integer`,
      `${file}:photos[2].src: expected a photo of its own, found the src of photos[0]`,
      `${file}:photos[2].caption: warning: has a left-to-right marker: write these people as "people"`,
      `${file}:photos[2].width: expected 4, ${photo01}`,
      `${file}:photos[3].credit: required, but missing`,
      `${file}:photos[3].src: expected a file at ${DIR}/photos/09.jpg, found none`,
    ];
    const human = await runValidate([file]);
    expect(human.stdout.split('\n')).toEqual([...expected, '1 file checked: 9 errors, 2 warnings', '']);
    expect(human.code).toBe(1);
    const json = await runValidate(['--json', file]);
    const found = JSON.parse(json.stdout);
    const lines = found.problems.map((p: FileProblem & { file: string }) =>
      formatProblem(p.file, p.path, p.level, p.message),
    );
    expect({ ...found, problems: lines }).toEqual({ errors: 9, warnings: 2, problems: expected });
    expect(json.code).toBe(1);
  });

  const versions = `${DIR}/versions`;
  const duplicate = `"otan-bucarest-2022" already has a version in fr: ${versions}/otan-fr.json (fr and fr-LU are one language); expected one version per language`;

  it('refuses two versions of one event in one language, naming the key and both files, and exits 1', async () => {
    const files = ['otan-fr', 'otan-de', 'otan-fr-lu'].map((name) => `${versions}/${name}.json`);
    const { code, stdout } = await runValidate(files);
    expect(stdout.split('\n')).toEqual([
      `${versions}/otan-fr-lu.json:translationKey: ${duplicate}`,
      '3 files checked: 1 error, 0 warnings',
      '',
    ]);
    expect(code).toBe(1);
  });

  it('warns about versions that show different numbers of photos, after the files’ own problems, and exits 0', async () => {
    const files = ['otan-fr', 'otan-en', 'warnings-only'].map(
      (name) => `${name === 'warnings-only' ? DIR : versions}/${name}.json`,
    );
    const { code, stdout } = await runValidate(files);
    expect(stdout.split('\n')).toEqual([
      `${DIR}/warnings-only.json:photos[0].caption: warning: has a left-to-right marker: write these people as "people"`,
      `${versions}/otan-en.json:translationKey: warning: "otan-bucarest-2022" has 1 photo here but 2 in ${versions}/otan-fr.json; expected the same photos in every version, as the language switch keeps the photo's number`,
      '3 files checked: 0 errors, 2 warnings',
      '',
    ]);
    expect(code).toBe(0);
  });

  it('compares a version whose other fields the schema refused, listing its own problems first', async () => {
    const text = JSON.stringify({ id: 'otan-bis', lang: 'fr', translationKey: 'otan-bucarest-2022', photos: [{}, {}] });
    const file = await written('otan-bis.json', text);
    const { code, stdout } = await runValidate(['--json', `${versions}/otan-fr.json`, file]);
    const problems = JSON.parse(stdout).problems.map((p: FileProblem & { file: string }) => [p.file, p.path]);
    expect(problems.at(-1)).toEqual([file, 'translationKey']);
    expect(problems.slice(0, -1)).toContainEqual([file, 'title']);
    expect(JSON.parse(stdout).problems.at(-1).message).toBe(
      `"otan-bucarest-2022" already has a version in fr: ${versions}/otan-fr.json; expected one version per language`,
    );
    expect(code).toBe(1);
  });

  it('names a file that is not UTF-8', async () => {
    const file = await written('latin.json', Buffer.from('{ "title": "Réunion à Luxembourg" }', 'latin1'));
    const { code, stdout } = await runValidate([file]);
    expect(stdout.split('\n')[0]).toBe(
      `${file}:(root): expected UTF-8 text, but the file has other bytes (Latin-1?): save it as UTF-8`,
    );
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
    expect((await validateFile(`${DIR}/good.json`)).problems).toEqual([]);
  });

  const problem = (message: string) => [{ path: '(root)', level: 'error', message }];

  it.each([
    ['{ "id": "broken", ', 'Expected double-quoted property name at line 1, column 19'],
    [
      '{\n  "id": "broken",\n  "lang": "fr"\n  "title": "x"\n}',
      "Expected ',' or '}' after property value at line 4, column 3",
    ],
    ['{\n  "photos": [\n    {},\n  ]\n}', "Unexpected token ']' at line 4, column 3"],
    ['{\r\n  "title": \'x\'\r\n}', "Unexpected token ''' at line 2, column 12"],
    ['{\n  "id": ', 'Unexpected end of JSON input at line 2, column 9'],
  ])('says where a file stops being JSON: %j', async (text, message) => {
    expect((await validateFile(await written('broken.json', text))).problems).toEqual(
      problem(`expected JSON: ${message}`),
    );
  });

  it('refuses a Latin-1 file instead of passing its garbled names', async () => {
    const file = await written(
      'latin.json',
      Buffer.from(
        JSON.stringify({ ...event([photo('https://x.org/a.jpg')]), id: 'latin', title: 'Réunion à Luxembourg' }),
        'latin1',
      ),
    );
    expect((await validateFile(file)).problems).toEqual(
      problem('expected UTF-8 text, but the file has other bytes (Latin-1?): save it as UTF-8'),
    );
  });

  it('reads a file that starts with a byte-order mark', async () => {
    const text = `\uFEFF${JSON.stringify({ ...event([photo('https://x.org/a.jpg')]), id: 'bom' })}`;
    expect((await validateFile(await written('bom.json', text))).problems).toEqual([]);
  });

  it('says when a file cannot be read', async () => {
    expect((await validateFile(`${DIR}/absent.json`)).problems).toEqual([
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

describe('checkEvent on bidi control characters', () => {
  it('warns about each text that holds one, naming its path and the character', () => {
    const photos = [
      photo('a.jpg', {
        people: [{ name: 'Jean Asselborn' }, { name: '\u2066Hadja Lahbib\u2069', role: 'ministre\u200F' }],
      }),
      photo('b.jpg', { caption: 'Photo de groupe' }),
      photo('c.jpg', { credit: 'MAEE\u202E' }),
    ];
    const reverses = 'which can reverse the text around';
    expect(checkEvent({ ...event(photos), title: 'Visite\u061C', body: ['Un\u202Aparagraphe'] })).toEqual([
      {
        path: 'title',
        level: 'warning',
        message: `contains a bidi control character (U+061C ARABIC LETTER MARK), ${reverses} it`,
      },
      {
        path: 'body[0]',
        level: 'warning',
        message: `contains a bidi control character (U+202A LEFT-TO-RIGHT EMBEDDING), ${reverses} it`,
      },
      {
        path: 'photos[0].people[1].name',
        level: 'warning',
        message: `contains bidi control characters (U+2066 LEFT-TO-RIGHT ISOLATE, U+2069 POP DIRECTIONAL ISOLATE), ${reverses} them`,
      },
      {
        path: 'photos[0].people[1].role',
        level: 'warning',
        message: `contains a bidi control character (U+200F RIGHT-TO-LEFT MARK), ${reverses} it`,
      },
      {
        path: 'photos[2].credit',
        level: 'warning',
        message: `contains a bidi control character (U+202E RIGHT-TO-LEFT OVERRIDE), ${reverses} it`,
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
