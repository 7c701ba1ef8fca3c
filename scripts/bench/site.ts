import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preparePublicDir } from './bigEvent.ts';

/** Builds our site into `distDir` with the generated big event in its public folder. */
export function buildSite(root: string, distDir: string, publicDir: string, log: (message: string) => void) {
  const bigEvent = preparePublicDir(join(root, 'public'), publicDir);
  log(`generated ${bigEvent.file} (${bigEvent.bytes} bytes)`);
  // The bench server answers at the root, whatever base the caller's shell asks for.
  const env = { ...process.env, OUT_DIR: distDir, PUBLIC_DIR: publicDir, BASE_PATH: '/' };
  const done = spawnSync('npx', ['tsx', 'scripts/build/build.ts'], { cwd: root, env, stdio: ['ignore', 2, 2] });
  if (done.status !== 0) throw new Error(`build failed (exit ${done.status ?? done.signal})`);
  return bigEvent;
}

export function packageVersion(root: string, name: string): string {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}
