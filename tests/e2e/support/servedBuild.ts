import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { GalleryEvent } from '../../../src/event/schema.ts';
import { startNginx } from './nginx.ts';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/** A build served by the real nginx: the site's address (with its base) and how to stop it. */
export interface ServedBuild {
  site: string;
  stop: () => Promise<void>;
}

/**
 * Builds the site with `events` beside the demo's, under /galleries/ in a folder of its own
 * (dist/ stays the suite's), and serves it with deploy/nginx.conf. `env` adds to the build's
 * environment (SITE_URL).
 */
export async function serveBuildWith(
  events: readonly GalleryEvent[],
  name: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ServedBuild> {
  const work = mkdtempSync(join(tmpdir(), `event-gallery-${name}-`));
  chmodSync(work, 0o755);
  const publicDir = join(work, 'public');
  cpSync(join(REPO, 'public'), publicDir, { recursive: true });
  for (const event of events) {
    writeFileSync(join(publicDir, 'events', `${event.id}.json`), `${JSON.stringify(event, null, 2)}\n`);
  }
  const webRoot = join(work, 'www');
  mkdirSync(webRoot, { mode: 0o755 });
  await promisify(execFile)('npx', ['tsx', 'scripts/build/build.ts'], {
    cwd: REPO,
    env: {
      ...process.env,
      ...env,
      BASE_PATH: '/galleries/',
      PUBLIC_DIR: publicDir,
      OUT_DIR: join(webRoot, 'galleries'),
    },
  });
  const server = await startNginx({ root: webRoot });
  return {
    site: `${server.url}/galleries`,
    stop: async () => {
      await server.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
