import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { build, resolveConfig } from 'vite';
import { readArchive } from './archive-pages.ts';
import { copyPublic } from './copy-public.ts';
import { writeFeeds } from './feed.ts';
import { prerender } from './prerender.ts';
import { writeRobots } from './robots.ts';
import { writeSearchIndex } from './search-index.ts';
import { siteConfigOrExit } from './site-config.ts';
import { sitemapItems, writeSitemaps } from './sitemap.ts';

const site = siteConfigOrExit();
// The server bundle is a build tool, never deployed: it lives outside dist/, in a folder of its
// own so that two builds at once cannot empty each other's, and goes when done.
mkdirSync('node_modules/.cache', { recursive: true });
const SSR_DIR = mkdtempSync('node_modules/.cache/event-gallery-ssr-');
const outDir = process.env.OUT_DIR ?? 'dist';
if (!site.siteUrl) {
  console.warn(
    'SITE_URL is not set: share previews (og:image) will carry addresses without the site, and no sitemap or feed is written (robots.txt names none).',
  );
}

// Resolved as the build resolves it: the default mode would set NODE_ENV to development for
// every build after it, and ship React's development bundle.
const { publicDir } = await resolveConfig({}, 'build', 'production', 'production');
await build({ logLevel: 'warn', build: { copyPublicDir: false } });
// The events index names the event files it cannot read, links to nothing among them.
copyPublic(publicDir, outDir, (path) => /^events\/[^/]+\.json$/i.test(path));
await build({ configFile: 'scripts/build/embed.config.ts', build: { outDir } });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/app/entry-server.tsx', outDir: SSR_DIR, emptyOutDir: true, copyPublicDir: false },
});
const pages = await prerender(outDir, `${SSR_DIR}/entry-server.js`, site.basePath, site.siteUrl, site.licence?.url);
rmSync(SSR_DIR, { recursive: true, force: true });
console.log(`prerendered ${pages.length} pages into ${outDir}/`);
await writeSearchIndex(outDir, site.basePath);
const address = site.siteUrl ? { origin: site.siteUrl, base: site.basePath } : undefined;
writeRobots(outDir, address);
if (address) {
  const started = performance.now();
  const { front, entries } = readArchive(outDir);
  const sitemaps = await writeSitemaps(outDir, sitemapItems(pages, address), address);
  const feeds = writeFeeds(outDir, pages, { languages: front.languages, entries }, site, address);
  const took = Math.round(performance.now() - started);
  console.log(`wrote ${[...sitemaps, ...feeds].join(', ')} in ${took} ms`);
}
