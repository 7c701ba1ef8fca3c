// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { findDates } from '../../src/importer/dates.ts';
import { buildEvent, type ImportOptions } from '../../src/importer/event-file.ts';
import { parseRelease } from '../../src/importer/release.ts';

const RELEASES = 'tests/fixtures/releases';
const DEMO_PHOTOS = 'public/events/otan-bucarest-2022';

/** Runs the import command as an editor would, with `input` on standard input. */
function runImport(args: string[], input: string | Uint8Array = '') {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli/import.ts', ...args]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.end(input);
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.on('close', (code) => done({ code, stdout, stderr })),
  );
}

const release = (name: string) => readFile(join(RELEASES, name), 'utf8');

/** The demo event file without what `npm run images` derives from the photo files, which no text can tell. */
async function demoFromText(): Promise<string> {
  const demo = JSON.parse(await readFile('public/events/otan-bucarest-2022.json', 'utf8'));
  demo.photos = demo.photos.map(({ srcSet, thumbnail, bytes, ...photo }: Record<string, unknown>) => photo);
  return `${JSON.stringify(demo, null, 2)}\n`;
}
const options: ImportOptions = { id: 'test', photos: 'test/' };

describe('import of the seed release', () => {
  it('reproduces the demo event file byte for byte, apart from fields made from the photo files', async () => {
    const seed = join(RELEASES, 'otan-bucarest-2022.txt');
    const args = [seed, '--id', 'otan-bucarest-2022', '--photos', 'otan-bucarest-2022/', '--photos-dir', DEMO_PHOTOS];
    args.push('--translation-key', 'otan-bucarest-2022');
    const { code, stdout, stderr } = await runImport(args);
    expect(stdout).toBe(await demoFromText());
    expect(stderr).toBe(`${seed}:3: warning: guessed the location "Bucarest" from the lead; set it with --location\n`);
    expect(code).toBe(0);
  });

  it('reads standard input and writes the file named by --out, taking the id from its name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    onTestFinished(() => rm(dir, { recursive: true }));
    const out = join(dir, 'otan-bucarest-2022.json');
    const text = await release('otan-bucarest-2022.txt');
    const args = ['--out', out, '--photos-dir', DEMO_PHOTOS, '--location', 'Bucarest'];
    const { code } = await runImport([...args, '--translation-key', 'otan-bucarest-2022'], text);
    expect(code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(await demoFromText());
  });

  it('keeps the closing line as the source, and the update marker out of the body', async () => {
    const { body, source, lang, reports } = parseRelease(await release('otan-bucarest-2022.txt'));
    expect(body).toHaveLength(9);
    expect(body.at(-1)).toMatch(/^En marge de cette réunion/);
    expect(source).toBe('Communiqué par le ministère des Affaires étrangères et européennes');
    expect(lang).toBe('fr');
    expect(reports).toEqual([]);
  });
});

describe('import of other releases', () => {
  it('reads a German release that lost its indentation when copied from the page', async () => {
    const parsed = parseRelease(await release('nato-bukarest-2022.de.txt'));
    expect(parsed.photos).toEqual([
      expect.objectContaining({ number: 1, credit: 'MAEE', caption: expect.stringMatching(/^\(v\.l\.n\.r\.\) Jean/) }),
      expect.objectContaining({ number: 2, credit: 'NATO', caption: 'Gruppenfoto' }),
    ]);
    expect(parsed.body).toEqual([
      'Die erste Arbeitssitzung war dem russischen Angriffskrieg gegen die Ukraine gewidmet. Im Anschluss folgte ein informelles Abendessen.',
    ]);
    expect(parsed).toMatchObject({
      lang: 'de',
      updated: '2022-11-30',
      source: expect.stringMatching(/^Mitgeteilt vom/),
    });
    const { file } = buildEvent(parsed, options, new Map());
    expect(file).toMatchObject({ date: '2022-11-29', endDate: '2022-11-30', location: 'Bukarest' });
  });

  it('reads an English release', async () => {
    const text = await release('nato-bucharest-2022.en.txt');
    const { file, reports } = buildEvent(parseRelease(text), options, new Map([[1, { width: 4, height: 3 }]]));
    expect(file).toMatchObject({
      lang: 'en',
      date: '2022-11-29',
      endDate: '2022-11-30',
      location: 'Bucharest',
      body: [],
    });
    expect(file?.photos[0]).toEqual({
      src: 'test/01.jpg',
      width: 4,
      height: 3,
      credit: 'NATO',
      people: [{ name: 'Jean Asselborn' }, { name: 'Jens Stoltenberg', role: 'NATO Secretary General' }],
    });
    expect(reports).toEqual([{ line: 3, level: 'warning', message: expect.stringContaining('"Bucharest"') }]);
  });
});

describe('import of a Luxembourgish release', () => {
  const lb = join(RELEASES, 'otan-bukarest-2022.lb.txt');

  it('knows its marker, its closing line without a blank before it, its dates and its place', async () => {
    const parsed = parseRelease(await release('otan-bukarest-2022.lb.txt'));
    expect(parsed).toMatchObject({
      lang: 'lb',
      updated: '2022-11-30',
      source: 'Matgedeelt vum Ministère fir Auswäerteg an Europäesch Affären',
      body: [
        "Déi éischt Aarbechtssëtzung war dem russeschen Ugrëffskrich géint d'Ukrain gewidmet. Duerno gouf et en Owesiessen.",
      ],
      reports: [],
    });
    const { file } = buildEvent(parsed, options, new Map());
    expect(file).toMatchObject({ lang: 'lb', date: '2022-11-29', endDate: '2022-11-30', location: 'Bukarest' });
    expect(file?.photos).toEqual([
      {
        src: 'test/01.jpg',
        credit: 'MAEE',
        people: [
          { name: 'Jean Asselborn', role: 'Minister fir Auswäerteg an Europäesch Affären' },
          { name: 'Hadja Lahbib', role: 'belsch Ausseministesch' },
        ],
      },
      { src: 'test/02.jpg', credit: 'NATO', caption: 'Gruppefoto' },
    ]);
  });

  it.each([
    ['Kommunikatioun vum Staatsministère', 'lb'],
    ['Matgedeelt vun der Regierung', 'lb'],
    ['Communiqué par le ministère d’État', 'fr'],
  ])('reads the closing line %j as the source, in %s', (closing, lang) => {
    const text = `Titel\n\nDen 1. Dezember 2022.\n\n1. ©SIP\nGruppefoto\n\nEen Abschnitt.\n${closing}`;
    expect(parseRelease(text)).toMatchObject({ body: ['Een Abschnitt.'], source: closing, lang });
  });

  it('writes --lang lb and --translation-key into the event, after its id and language', async () => {
    const key = ['--translation-key', 'otan-bucarest-2022'];
    const args = [lb, '--id', 'otan-bukarest-2022-lb', '--lang', 'lb', ...key, '--photos-dir', DEMO_PHOTOS];
    const { code, stdout, stderr } = await runImport(args);
    expect(stderr).toBe(`${lb}:3: warning: guessed the location "Bukarest" from the lead; set it with --location\n`);
    expect(Object.entries(JSON.parse(stdout)).slice(0, 5)).toEqual([
      ['$schema', '../event.schema.json'],
      ['id', 'otan-bukarest-2022-lb'],
      ['lang', 'lb'],
      ['translationKey', 'otan-bucarest-2022'],
      ['title', 'Jean Asselborn um Treffe vun den NATO-Ausseministeren zu Bukarest'],
    ]);
    expect(code).toBe(0);
  });

  it('refuses a --translation-key that is no slug, with the schema’s words and the usage text', async () => {
    const { code, stdout, stderr } = await runImport([lb, '--translation-key', 'OTAN Bucarest']);
    expect(stderr).toMatch(
      /^--translation-key "OTAN Bucarest": expected a slug such as otan-bucarest-2022: lower-case letters, digits and hyphens between them\n\nUsage: npm run import/,
    );
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });
});

describe('the encoding of the release text', () => {
  const text = 'Réunion\n\nLe ministre a rencontré son homologue le 29 novembre 2022.\n\n1. ©MAEE\nPhoto de groupe';
  const args = ['--id', 'x', '--lang', 'fr', '--location', 'Bucarest', '--photos-dir', DEMO_PHOTOS];

  it('reads UTF-8 with a byte-order mark', async () => {
    const { code, stdout } = await runImport(args, Buffer.from(`\uFEFF${text}`, 'utf8'));
    expect(JSON.parse(stdout)).toMatchObject({ title: 'Réunion', photos: [{ credit: 'MAEE' }] });
    expect(code).toBe(0);
  });

  it('refuses Latin-1 text, naming the file, instead of finding no credit line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    onTestFinished(() => rm(dir, { recursive: true }));
    const file = join(dir, 'release.txt');
    await writeFile(file, Buffer.from(text, 'latin1'));
    const { code, stdout, stderr } = await runImport([file, ...args]);
    expect(stderr).toBe(`${file}: expected UTF-8 text, but the file has other bytes (Latin-1?): save it as UTF-8\n`);
    expect(stdout).toBe('');
    expect(code).toBe(1);
  });

  it('refuses UTF-16 text on standard input', async () => {
    const { code, stderr } = await runImport(args, Buffer.from(`\uFEFF${text}`, 'utf16le'));
    expect(stderr).toBe('<stdin>: expected UTF-8 text, but the file is UTF-16: save it as UTF-8\n');
    expect(code).toBe(1);
  });
});

describe('what the editor gives on the command line', () => {
  const text = 'Réunion\n\nLe ministre a rencontré son homologue les 29 et 30 novembre 2022.\n\n1. ©MAEE\nPhoto';

  it('leaves the location out, and says so, when the lead names no place', () => {
    const { file, reports } = buildEvent(parseRelease(text), { ...options, lang: 'fr' }, new Map());
    expect(file?.location).toBeUndefined();
    expect(reports).toEqual([
      { line: 3, level: 'warning', message: 'found no location in the lead; set it with --location' },
    ]);
  });

  it('wins over the text, and a given date drops the range the text suggests', () => {
    const given = { ...options, lang: 'de', date: '2022-11-30', location: 'Bucarest' };
    const { file, reports } = buildEvent(parseRelease(text), given, new Map());
    expect(file).toMatchObject({ lang: 'de', date: '2022-11-30', endDate: undefined, location: 'Bucarest' });
    expect(reports).toEqual([]);
  });
});

describe('what the importer cannot place', () => {
  it('reports lines outside any photo and photos without a credit by line number, and writes nothing', async () => {
    const input = join(RELEASES, 'misplaced-lines.txt');
    const { code, stdout, stderr } = await runImport([input, '--id', 'misplaced', '--photos-dir', DEMO_PHOTOS]);
    expect(stderr.split('\n')).toEqual([
      `${input}:3: warning: guessed the location "Bucarest" from the lead; set it with --location`,
      `${input}:5: warning: photo 1 has captions that differ; kept line 9, the most complete, over line 7: "(de g. à dr.) Jean Asselborn ; Hadja Lahbib"`,
      `${input}:11: this line inside the photo list belongs to no photo: "Photo prise au Palais du Parlement"`,
      `${input}:13: photo 2 has no "©" credit line`,
      '',
    ]);
    expect(stdout).toBe('');
    expect(code).toBe(1);
  });

  it('places a paragraph between the lead and the photos first in the body, and says so', () => {
    const text = 'Title\n\nLead, 5 mars 2023.\n\nA second paragraph.\n\n1. ©MAEE\nPhoto\n\nBody.';
    const { body, reports } = parseRelease(text);
    expect(body).toEqual(['A second paragraph.', 'Body.']);
    expect(reports).toEqual([
      { line: 5, level: 'warning', message: expect.stringContaining('placed first in the body') },
    ]);
  });

  it('reports text after the closing line', () => {
    const text = 'Title\n\nLead\n\n1. ©MAEE\nPhoto\n\nCommuniqué par le ministère\n\nUne ligne de plus';
    expect(parseRelease(text).reports).toEqual([
      {
        line: 10,
        level: 'error',
        message: 'this paragraph comes after the closing line and belongs nowhere: "Une ligne de plus"',
      },
    ]);
  });

  it('stops and asks for --date when the text gives none', async () => {
    const text = 'Réunion\n\nLe ministre a rencontré son homologue.\n\n1. ©MAEE\nPhoto\n\nCommuniqué par le ministère';
    const { code, stdout, stderr } = await runImport(['--id', 'x', '--photos-dir', DEMO_PHOTOS], text);
    expect(stderr).toContain(
      '<stdin>:3: found no date in the lead or the title; give it with --date YYYY-MM-DD (and --end-date for several days)',
    );
    expect(stdout).toBe('');
    expect(code).toBe(1);
  });

  it('stops and names the photo files it needs to read their sizes', async () => {
    const { code, stderr } = await runImport([join(RELEASES, 'nato-bukarest-2022.de.txt'), '--photos', 'fotos']);
    expect(stderr).toContain('nato-bukarest-2022.de.txt:5: photo 1 needs its file fotos/01.jpg, to read its size');
    expect(stderr).toContain('nato-bukarest-2022.de.txt:8: photo 2 needs its file fotos/02.jpg, to read its size');
    expect(code).toBe(1);
  });

  it('answers a wrong option with the usage text and exit code 2', async () => {
    const { code, stderr } = await runImport(['release.txt', '--photo', 'x/']);
    expect(stderr).toMatch(/Unknown option '--photo'[\s\S]*Usage: npm run import/);
    expect(code).toBe(2);
  });
});

describe('a long release', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `Légende ${i}`);
  const lead = ['Titre', '', 'Le 5 mars 2023.', ''];
  /** Best of a few runs, so that a pause of the shared machine does not count. */
  const time = (text: string) => {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      parseRelease(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  it('reads 30,000 unindented caption lines under one photo as fast as as many lines of article', () => {
    // The first photo's captions as copied from a page that lost the indentation, against the
    // same lines as paragraphs after the photos, which are read in linear time.
    const captions = [...lead, '1. ©MAEE', ...lines(30_000), '2. ©MAEE'].join('\n');
    const article = [...lead, '1. ©MAEE', '2. ©MAEE', 'Photo', '', ...lines(30_000)].join('\n\n');
    expect(parseRelease(captions).photos.map(({ number, caption }) => ({ number, caption }))).toEqual([
      { number: 1, caption: 'Légende 10000' },
      { number: 2, caption: undefined },
    ]);
    expect(parseRelease(article).body).toHaveLength(30_000);
    time(article);
    expect(time(captions)).toBeLessThan(20 * time(article));
  });
});

describe('findDates', () => {
  it.each([
    ['qui a eu lieu à Bucarest les 29 et 30 novembre 2022.', { date: '2022-11-29', endDate: '2022-11-30' }],
    ['das am 14. und 15. Mai 2022 in Berlin stattfand', { date: '2022-05-14', endDate: '2022-05-15' }],
    ['held in Bucharest on 29-30 November 2022', { date: '2022-11-29', endDate: '2022-11-30' }],
    ['du 30 novembre au 1er décembre 2022', { date: '2022-11-30', endDate: '2022-12-01' }],
    ['on November 29-30, 2022', { date: '2022-11-29', endDate: '2022-11-30' }],
    ['le 29 et le 30 novembre 2022', { date: '2022-11-29', endDate: '2022-11-30' }],
    ['le 5 mars 2023, puis le 6 avril 2023', { date: '2023-03-05' }],
    ['am 3. März 2023', { date: '2023-03-03' }],
    ['den 29. an 30. November 2022 zu Bukarest', { date: '2022-11-29', endDate: '2022-11-30' }],
    ['vum 30. November bis den 1. Dezember 2022', { date: '2022-11-30', endDate: '2022-12-01' }],
    ['de 5. Mäerz 2023', { date: '2023-03-05' }],
    ['Le ministre a rencontré son homologue.', undefined],
  ])('reads %j', (text, expected) => {
    expect(findDates(text)).toEqual(expected);
  });
});
