import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { generateArchive, writeArchive } from '../archive/generate.ts';
import { integer, kB, table, times } from './markdown.ts';

const USAGE = `Usage: npm run bench:build [-- --sizes 20,200,2000]

Generates an archive of each size (event files of 15 photos), builds the site with it and
prints a markdown table of the build's time and output. See scripts/bench/README.md.`;
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const IMAGE = /^\.(jpe?g|png|webp|avif|gif)$/i;
// Any real origin: without one the build warns on every run, and the count is of the archive's.
const SITE_URL = 'https://gallery.example.org';

interface Build {
  events: number;
  seconds: number;
  warnings: string[];
  /** Peak resident memory of the build's processes, if GNU time could tell. */
  peakMegabytes?: number;
  pages: number;
  bytes: number;
  searchBytes?: number;
  frontBytes: number;
}

function sizesOf(text: string): number[] {
  const sizes = text.split(',').map((part) => Number(part.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 4096)) {
    process.stderr.write(
      `--sizes: expected whole numbers from 1 to 4096 joined by commas, found "${text}"\n\n${USAGE}\n`,
    );
    process.exit(2);
  }
  return sizes.sort((a, b) => a - b);
}

/** Every file under `dir`, walked one folder at a time. */
function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

function bytesUnder(dir: string, skip: (file: string) => boolean = () => false): number {
  let bytes = 0;
  for (const file of files(dir)) if (!skip(file)) bytes += statSync(file).size;
  return bytes;
}

/** Runs the build as `npm run build` does, under GNU time when there is one, for its peak memory. */
function runBuild(publicDir: string, outDir: string, timeFile: string) {
  const timed = existsSync('/usr/bin/time');
  const command = ['npx', 'tsx', 'scripts/build/build.ts'];
  const [program, ...args] = timed ? ['/usr/bin/time', '-f', '%M', '-o', timeFile, ...command] : command;
  const env = { ...process.env, PUBLIC_DIR: publicDir, OUT_DIR: outDir, SITE_URL };
  const child = spawn(program as string, args, { cwd: REPO, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const started = performance.now();
  return new Promise<{ seconds: number; stderr: string; peakMegabytes?: number }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`the build exited with ${code}:\n${stderr}`));
      const kilobytes = timed ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) : Number.NaN;
      resolve({ seconds, stderr, peakMegabytes: Number.isFinite(kilobytes) ? kilobytes / 1000 : undefined });
    });
  });
}

async function benchOne(events: number): Promise<Build> {
  // Inside the project, as dist/ is: Vite warns of an outDir outside it, which is no warning of the build's.
  mkdirSync(join(REPO, 'node_modules/.cache'), { recursive: true });
  const work = mkdtempSync(join(REPO, 'node_modules/.cache/event-gallery-bench-build-'));
  try {
    const publicDir = join(work, 'public');
    const outDir = join(work, 'out');
    const started = performance.now();
    cpSync(join(REPO, 'public'), publicDir, { recursive: true });
    writeArchive(join(publicDir, 'events'), generateArchive({ events, photos: 15 }).events);
    const generated = ((performance.now() - started) / 1000).toFixed(1);
    const load = loadavg()[0]?.toFixed(1);
    process.stderr.write(`${events} events: generated in ${generated} s, building (load average ${load})…\n`);
    const build = await runBuild(publicDir, outDir, join(work, 'time.txt'));
    const warnings = stripVTControlCharacters(build.stderr)
      .split('\n')
      .filter((line) => line.trim() !== '');
    process.stderr.write(
      `${events} events: built in ${build.seconds.toFixed(1)} s, ${warnings.length} warning lines\n`,
    );
    for (const line of warnings.slice(0, 5)) process.stderr.write(`  ${line}\n`);
    // The demo's photos, which every size copies alike, are not what the build writes.
    const copiedPhoto = (file: string) =>
      IMAGE.test(extname(file)) && existsSync(join(publicDir, relative(outDir, file)));
    const html = [...files(outDir)].filter((file) => file.endsWith('.html')).length;
    const search = join(outDir, 'pagefind');
    return {
      events,
      seconds: build.seconds,
      warnings,
      peakMegabytes: build.peakMegabytes,
      pages: html,
      bytes: bytesUnder(outDir, copiedPhoto),
      searchBytes: existsSync(search) ? bytesUnder(search) : undefined,
      frontBytes: statSync(join(outDir, 'index.html')).size,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const { values } = parseArgs({ options: { sizes: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const builds: Build[] = [];
for (const events of sizesOf(values.sizes ?? '20,200,2000')) builds.push(await benchOne(events));
const first = builds[0]?.seconds ?? Number.NaN;
const MB = (value: number | undefined) => (value === undefined ? '—' : (value / 1e6).toFixed(1));
const header = ['events', 'build (s)', 'pages written', 'bytes written (MB)', 'search index (MB)'];
header.push(
  'front page HTML (kB)',
  'warnings (stderr lines)',
  'peak memory (MB)',
  `build time ÷ ${builds[0]?.events}-event build's`,
);
const rows = builds.map((build) => [
  integer(build.events),
  build.seconds.toFixed(1),
  integer(build.pages),
  MB(build.bytes),
  MB(build.searchBytes),
  kB(build.frontBytes),
  integer(build.warnings.length),
  build.peakMegabytes === undefined ? '—' : integer(build.peakMegabytes),
  times(build.seconds / first),
]);
process.stdout.write(`${table(header, rows)}\n`);
