import { readFileSync } from 'node:fs';
import { jsonErrorDetail } from '../../src/event/jsonError.ts';
import { decodeUtf8 } from '../../src/event/text.ts';
import { contrastProblems } from '../../src/site/contrast.ts';
import { type SiteConfig, validateSiteConfig } from '../../src/site/schema.ts';

/** The configuration file; SITE_CONFIG names another, for tests and for a second site. */
export const SITE_CONFIG_FILE = process.env.SITE_CONFIG ?? 'site.config.json';

/** A configuration that cannot be used: one line per problem, each naming the file and the field. */
export class SiteConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'SiteConfigError';
  }
}

function normalisedBase(base: string): string {
  const withLeading = base.startsWith('/') ? base : `/${base}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

/**
 * Reads and checks the site's configuration, then lets the environment override what a
 * deployment decides (CI builds the same site for another address): `SITE_URL`, `BASE_PATH`,
 * and `SITE_LANG`, the default language, which the file's checks then hold to (its texts needed).
 */
export function loadSiteConfig(file = SITE_CONFIG_FILE, env: NodeJS.ProcessEnv = process.env): SiteConfig {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new SiteConfigError([`${file}: expected a readable file: ${(error as Error).message}`]);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new SiteConfigError([`${file}: ${decoded.message}`]);
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (error) {
    throw new SiteConfigError([`${file}: expected JSON: ${jsonErrorDetail(decoded.text, (error as Error).message)}`]);
  }
  const override = env.SITE_LANG;
  if (override !== undefined && data !== null && typeof data === 'object')
    data = { ...data, defaultLanguage: override };
  const result = validateSiteConfig(data);
  const problems = result.ok ? contrastProblems(result.site.theme) : result.problems;
  if (!result.ok || problems.length) {
    const where = override === undefined ? file : `${file} with SITE_LANG=${override}`;
    throw new SiteConfigError(problems.map((problem) => `${where}: ${problem.path}: ${problem.message}`));
  }
  const site = result.site;
  return {
    ...site,
    siteUrl: (env.SITE_URL ?? site.siteUrl).replace(/\/$/, ''),
    basePath: normalisedBase(env.BASE_PATH ?? site.basePath),
  };
}

/**
 * The configuration for a command that cannot go on without it (`npm start`, every build step):
 * a bad file ends the command with its problems, one line each, and no stack trace.
 */
export function siteConfigOrExit(): SiteConfig {
  try {
    return loadSiteConfig();
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
