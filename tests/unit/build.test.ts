// @vitest-environment node
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/event/paths.ts';

const demo = JSON.parse(readFileSync('public/events/otan-bucarest-2022.json', 'utf8'));

/** The demo event under another id and title, with its first two photos, `change` applied to the second. */
function eventText(id: string, change: (photo: Record<string, unknown>) => void = () => {}): string {
  const event = structuredClone(demo);
  Object.assign(event, { id, title: `Réunion ${id}`, photos: event.photos.slice(0, 2) });
  change(event.photos[1]);
  return JSON.stringify(event, null, 2);
}

/** A public folder with every kind of entry that once stopped or fooled the build. */
function publicDir(root: string): string {
  const events = join(root, 'public', 'events');
  mkdirSync(join(events, 'folder.json'), { recursive: true });
  writeFileSync(join(events, 'ok.json'), eventText('ok'));
  writeFileSync(
    join(events, 'x.json'),
    eventText('x', (photo) => Object.assign(photo, { width: 'wide' })),
  );
  writeFileSync(join(events, 'bom.json'), `\ufeff${eventText('bom')}`);
  writeFileSync(join(events, 'latin.json'), Buffer.from(eventText('latin'), 'latin1'));
  writeFileSync(join(events, 'upper.JSON'), eventText('upper'));
  writeFileSync(join(events, 'index.json'), eventText('index'));
  symlinkSync('nowhere.json', join(events, 'dangling.json'));
  symlinkSync('nowhere.jpg', join(events, 'photo.jpg'));
  return join(root, 'public');
}

function runBuild(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build/build.ts'], {
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // Colours, when the terminal asks for them, would stand between a message and the line's end.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what it removes
  const plain = () => output.replace(/\u001b\[[0-9;]*m/g, '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output: plain() })));
}

describe('the build, against a public folder of odd entries', () => {
  const root = mkdtempSync(join(tmpdir(), 'event-gallery-build-'));
  const dist = join(root, 'dist');
  let result: { code: number | null; output: string };
  beforeAll(async () => {
    result = await runBuild({ PUBLIC_DIR: publicDir(root), OUT_DIR: dist });
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const lines = () => result.output.split('\n');

  it('finishes, telling each problem once, on a line naming the file', () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output).not.toMatch(/\n\s+at /);
    for (const line of [
      'events/dangling.json: expected a file, found a link to nowhere.json, which does not exist, left out of the events index',
      'events/folder.json: expected an event file, found a folder, left out of the events index',
      'events/index.json: expected another name: no event may be called index, left out of the events index',
      'events/latin.json: expected UTF-8 text, but the file has other bytes (Latin-1?): save it as UTF-8, left out of the events index',
      'events/upper.JSON: expected the extension .json in lower case, left out of the events index',
      'events/x.json: photos[1].width: expected a positive integer, photo 2 left out',
      'events/photo.jpg: a link to nowhere.jpg, which does not exist, left out',
    ]) {
      expect(
        lines().filter((printed) => printed.endsWith(line)),
        result.output,
      ).toHaveLength(1);
    }
    expect(result.output).not.toContain('events/dangling.json: a link');
  });

  it('publishes the archive, with the events it could read and the photos they show', () => {
    const index = JSON.parse(readFileSync(join(dist, 'archive/front.json'), 'utf8'));
    expect(index.latest.map(({ id, photoCount }: { id: string; photoCount: number }) => [id, photoCount])).toEqual([
      ['bom', 2],
      ['ok', 2],
      ['x', 1],
    ]);
  });

  it('prerenders an event saved with a byte-order mark, its text intact', () => {
    expect(readFileSync(join(dist, 'events/bom/index.html'), 'utf8')).toContain('Réunion bom');
  });

  it('prerenders each address of the paths table, for the photos shown only', () => {
    const page = (url: string) => existsSync(join(dist, url, 'index.html'));
    expect([paths.event.build('x'), paths.embed.build('x'), paths.photo.build('x', 1)].filter(page)).toHaveLength(3);
    expect(page(paths.photo.build('x', 2))).toBe(false);
    expect(page(paths.event.build('latin'))).toBe(false);
  });
});
