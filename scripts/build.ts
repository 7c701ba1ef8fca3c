import { rmSync } from 'node:fs';
import { build } from 'vite';
import { basePath } from './base-path.ts';
import { prerender } from './prerender.ts';

// The server bundle is a build tool, never deployed: it lives outside dist/ and goes when done.
const SSR_DIR = 'node_modules/.cache/event-gallery-ssr';

await build({ logLevel: 'warn' });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: SSR_DIR, emptyOutDir: true, copyPublicDir: false },
});
const outDir = process.env.OUT_DIR ?? 'dist';
const count = await prerender(outDir, `${SSR_DIR}/entry-server.js`, basePath(), process.env.SITE_URL ?? '');
rmSync(SSR_DIR, { recursive: true, force: true });
console.log(`prerendered ${count} pages into ${outDir}/`);
