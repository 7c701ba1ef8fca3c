import { readFileSync } from 'node:fs';
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
 * deployment decides (CI builds the same site for another address): `SITE_URL`, `BASE_PATH`.
 */
export function loadSiteConfig(file = SITE_CONFIG_FILE, env: NodeJS.ProcessEnv = process.env): SiteConfig {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SiteConfigError([`${file}: cannot be read as JSON: ${(error as Error).message}`]);
  }
  const result = validateSiteConfig(data);
  const problems = result.ok ? contrastProblems(result.site.theme) : result.problems;
  if (!result.ok || problems.length) {
    throw new SiteConfigError(problems.map((problem) => `${file}: ${problem.path}: ${problem.message}`));
  }
  const site = result.site;
  return {
    ...site,
    siteUrl: (env.SITE_URL ?? site.siteUrl).replace(/\/$/, ''),
    basePath: normalisedBase(env.BASE_PATH ?? site.basePath),
  };
}
