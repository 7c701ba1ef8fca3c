// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `npm test`'s first step as a developer would, with provisioning off: a test never installs. */
function preflight(env: Record<string, string>) {
  const result = spawnSync('bash', ['scripts/ci/preflight.sh'], {
    encoding: 'utf8',
    env: { ...process.env, EVENT_GALLERY_PROVISION: '0', ...env },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

// Any executable stands in for the programs that are there: the script checks paths, not versions.
const PRESENT = '/bin/sh';

describe('the preflight of npm test', () => {
  it('passes silently when Chromium and nginx are where it looks', () => {
    expect(preflight({ CHROME_PATH: PRESENT, NGINX_PATH: PRESENT })).toEqual({ code: 0, output: '' });
  });

  it('stops with one line naming CHROME_PATH and the install command when Chromium is missing', () => {
    expect(preflight({ CHROME_PATH: '/nonexistent', NGINX_PATH: PRESENT })).toEqual({
      code: 1,
      output:
        'npm test: no Chromium at /nonexistent (CHROME_PATH); install it with `apt-get install chromium` (as root), or set CHROME_PATH to its path.\n',
    });
  });

  it('stops with one line naming NGINX_PATH and the install command when nginx is missing', () => {
    expect(preflight({ CHROME_PATH: PRESENT, NGINX_PATH: '/nonexistent/nginx' })).toEqual({
      code: 1,
      output:
        'npm test: no nginx at /nonexistent/nginx (NGINX_PATH); install it with `apt-get install nginx` (as root), or set NGINX_PATH to its path.\n',
    });
  });

  it('names both when both are missing, one line each', () => {
    const { code, output } = preflight({ CHROME_PATH: '/nonexistent', NGINX_PATH: '/nonexistent/nginx' });
    expect(code).toBe(1);
    expect(output.trimEnd().split('\n')).toEqual([
      expect.stringContaining('no Chromium at /nonexistent (CHROME_PATH)'),
      expect.stringContaining('no nginx at /nonexistent/nginx (NGINX_PATH)'),
    ]);
  });
});
