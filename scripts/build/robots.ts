import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { atSite, SITEMAP_FILE, type SiteAddress } from './sitemap.ts';

/**
 * robots.txt lets every crawler in and names the sitemap, whose address must be absolute: a build
 * without SITE_URL (`site` undefined) writes no sitemap and names none.
 */
export function robotsTxt(site: SiteAddress | undefined): string {
  const sitemap = site ? [`Sitemap: ${atSite(site, `/${SITEMAP_FILE}`)}`] : [];
  return [...['User-agent: *', 'Allow: /'], ...sitemap, ''].join('\n');
}

export function writeRobots(dist: string, site: SiteAddress | undefined): void {
  writeFileSync(join(dist, 'robots.txt'), robotsTxt(site));
}
