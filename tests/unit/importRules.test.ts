import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BIOME = resolve('node_modules/@biomejs/biome/bin/biome');
let dir = '';

/** Lints `files` with the project's own biome.json, in a copy of the tree's shape, never touching src/. */
function lint(files: Record<string, string>, target: string) {
  dir = mkdtempSync(join(tmpdir(), 'import-rules-'));
  copyFileSync('biome.json', join(dir, 'biome.json'));
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), code);
  }
  const run = spawnSync(process.execPath, [BIOME, 'lint', target], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the folders’ import rules', () => {
  it('refuse an import upward, naming the direction imports must run', () => {
    const { status, output } = lint(
      {
        'src/routes/EventPage.tsx': 'export const EventPage = 1;\n',
        'src/event/upward.ts': "import { EventPage } from '../routes/EventPage.tsx';\nexport const page = EventPage;\n",
      },
      'src/event/upward.ts',
    );
    expect(status).not.toBe(0);
    expect(output).toContain('src/event/ may not import from');
    expect(output).toContain('app → routes → embed → viewer');
  });

  it('refuse the gallery reaching into the viewer that uses it', () => {
    const { status, output } = lint(
      {
        'src/viewer/EventView.tsx': 'export const EventView = 1;\n',
        'src/gallery/upward.ts':
          "import { EventView } from '../viewer/EventView.tsx';\nexport const view = EventView;\n",
      },
      'src/gallery/upward.ts',
    );
    expect(status).not.toBe(0);
    expect(output).toContain('src/gallery/ may not import from');
  });

  it('refuse an import cycle', () => {
    const { status, output } = lint(
      {
        'src/event/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
        'src/event/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      },
      'src/event',
    );
    expect(status).not.toBe(0);
    expect(output).toContain('cycle');
  });

  it('let an import downward through', () => {
    const { status, output } = lint(
      {
        'src/event/paths.ts': 'export const index = 1;\n',
        'src/viewer/downward.ts': "import { index } from '../event/paths.ts';\nexport const first = index;\n",
      },
      'src/viewer/downward.ts',
    );
    expect(output).not.toContain('may not import');
    expect(status).toBe(0);
  });
});
