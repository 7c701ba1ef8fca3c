// @vitest-environment node
// The two halves of "credits that travel with the file" meet: what npm run images writes into a
// photo is what npm run import reads back from it, on another ministry's machine.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCredit } from '../../src/gallery/photos';

function run(script: 'images' | 'import', args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/cli/${script}.ts`, ...args]);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.stdin.end();
  return new Promise<{ code: number | null; output: string }>((done) =>
    child.on('close', (code) => done({ code, output })),
  );
}

describe('a photo made by npm run images, imported by npm run import', () => {
  const root = mkdtempSync(join(tmpdir(), 'event-gallery-round-trip-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives back its event’s title, day, place, credits, captions and people in order', async () => {
    const original = JSON.parse(readFileSync('tests/fixtures/images/otan.json', 'utf8'));
    copyFileSync('tests/fixtures/images/otan.json', join(root, 'otan.json'));
    mkdirSync(join(root, 'otan'));
    const pixels = { width: 640, height: 400, channels: 3, background: '#456' } as const;
    await sharp({ create: pixels }).jpeg().toFile(join(root, 'otan/01.jpg'));
    await sharp({ create: { ...pixels, width: 500, height: 300 } })
      .jpeg()
      .toFile(join(root, 'otan/02.jpg'));
    expect(await run('images', [join(root, 'otan.json')])).toMatchObject({ code: 0 });

    // What a newsroom received: the web-size files, under names of its own.
    mkdirSync(join(root, 'received'));
    copyFileSync(join(root, 'otan/sizes/01-480.jpg'), join(root, 'received/1.jpg'));
    copyFileSync(join(root, 'otan/sizes/02-480.jpg'), join(root, 'received/2.jpg'));
    const out = join(root, 'received.json');
    const imported = await run('import', [join(root, 'received'), '--id', 'received', '--out', out]);
    expect(imported, imported.output).toMatchObject({ code: 0 });

    const event = JSON.parse(readFileSync(out, 'utf8'));
    expect(event).toMatchObject({ title: original.title, lang: 'fr', date: original.date, location: 'Bucarest' });
    const [first, second] = event.photos;
    expect(formatCredit(first.credit)).toBe('©MAEE');
    expect(first.people).toEqual(original.photos[0].people);
    expect(formatCredit(second.credit)).toBe('©NATO');
    expect(second.caption).toBe(original.photos[1].caption);
  });
});
