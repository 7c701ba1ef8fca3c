// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { writePhoto, xmp } from '../fixtures/photos/writePhoto.ts';

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'import-photos-'));
  onTestFinished(() => rm(dir, { recursive: true }));
  return dir;
}

/** Runs an editors' command (import, validate) as an editor would. */
function run(script: 'import' | 'validate', args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/cli/${script}.ts`, ...args]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.end();
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.on('close', (code) => done({ code, stdout, stderr })),
  );
}

describe('npm run import on a folder of photos', () => {
  it('writes an event file that validates, with the people of each photo in order', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'x'));
    await writePhoto(join(dir, 'x', '01.jpg'), { xmp: await xmp('group-lightroom.xmp') });
    await writePhoto(join(dir, 'x', '02.jpg'), { xmp: await xmp('family-photo-mechanic.xmp') });
    const out = join(dir, 'x.json');
    const imported = await run('import', [join(dir, 'x'), '--id', 'x', '--out', out]);
    expect(imported).toMatchObject({ code: 0, stderr: `wrote ${out} with 2 photos\n` });
    const event = JSON.parse(await readFile(out, 'utf8'));
    const names = event.photos.map((photo: { people: { name: string }[] }) => photo.people.map((p) => p.name));
    expect(names).toEqual([
      ['Jean Asselborn', 'Hadja Lahbib'],
      ['Mevlüt Çavuşoğlu', 'Jens Stoltenberg', 'Bogdan Aurescu'],
    ]);
    const validated = await run('validate', [out]);
    expect(validated.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(validated.code).toBe(0);
  });

  it('names the photo that has no credit, and writes nothing', async () => {
    const dir = await tempDir();
    await writePhoto(join(dir, '01.jpg'), { xmp: await xmp('group-lightroom.xmp') });
    await writePhoto(join(dir, '02.jpg'), { xmp: await xmp('no-credit.xmp') });
    const { code, stdout, stderr } = await run('import', [dir, '--id', 'x', '--title', 'Réunion']);
    expect(stderr).toMatch(/02\.jpg: has no credit \(photoshop:Credit, dc:rights or the IPTC credit\)/);
    expect(stderr).not.toMatch(/01\.jpg/);
    expect(stdout).toBe('');
    expect(code).toBe(1);
  });

  it('asks for --title when no photo holds a headline or a title', async () => {
    const dir = await tempDir();
    await writePhoto(join(dir, '01.jpg'), { xmp: await xmp('family-photo-mechanic.xmp') });
    const { code, stderr } = await run('import', [dir, '--id', 'x', '--lang', 'fr']);
    expect(stderr).toMatch(/found no title .*; give it with --title/);
    expect(code).toBe(1);
  });
});

describe('npm run import on a release text with its photos', () => {
  it("keeps the text's captions and reports each difference with the files, by photo number and file", async () => {
    const dir = await tempDir();
    await writePhoto(join(dir, '01.jpg'), { xmp: await xmp('group-lightroom.xmp') });
    await writePhoto(join(dir, '02.jpg'), { xmp: await xmp('family-photo-mechanic.xmp') });
    const release = 'tests/fixtures/releases/nato-bukarest-2022.de.txt';
    const { code, stdout, stderr } = await run('import', [release, '--id', 'x', '--photos-dir', dir]);
    expect(code).toBe(0);
    const event = JSON.parse(stdout);
    expect(event.photos[1]).toMatchObject({ credit: 'NATO', caption: 'Gruppenfoto' });
    expect(event.photos[1].people).toBeUndefined();
    expect(stderr).toContain(
      `${release}:8: warning: photo 2 (02.jpg): the file's caption "Photo de famille des ministres & du secrétaire général" differs from the text's "Gruppenfoto"; kept the text's`,
    );
    expect(stderr).toMatch(
      /:8: warning: photo 2 \(02\.jpg\): the file's people "Mevlüt Çavuşoğlu; Jens Stoltenberg; Bogdan Aurescu" differs from the text's \(none\)/,
    );
    // Photo 1's file names the same people in German's stead: its roles differ, its credit does not.
    expect(stderr).toMatch(
      /:5: warning: photo 1 \(01\.jpg\): the file's people "Jean Asselborn, ministre des Affaires/,
    );
    expect(stderr).not.toMatch(/photo 1 \(01\.jpg\): the file's credit/);
  });
});
