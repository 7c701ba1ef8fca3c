import { defineConfig } from 'vite';
import { siteConfigOrExit } from './scripts/build/site-config.ts';
import { archivePlugin } from './scripts/vite/archive-plugin.ts';
import { embedDevPlugin } from './scripts/vite/embed-dev-plugin.ts';
import { preactAliases, quietReactLogs, reactDependents } from './scripts/vite/preact.ts';
import { prerenderedPagesPlugin } from './scripts/vite/prerendered-pages-plugin.ts';
import { siteConfigPlugin } from './scripts/vite/site-config-plugin.ts';
import { startupChunk } from './scripts/vite/startup-chunk.ts';

// Read once, here, for `npm start` and every build step: a bad file stops them with its problems.
const site = siteConfigOrExit();
const startup = startupChunk(/[\\/]src[\\/]app[\\/]main\.tsx$/, /[\\/]src[\\/]app[\\/]boot\.ts$/);

export default defineConfig({
  base: site.basePath,
  // PUBLIC_DIR lets the benchmark build the site with extra generated events.
  publicDir: process.env.PUBLIC_DIR ?? 'public',
  // Only the app's page: the demo host page in public/ loads embed.js, which the scanner cannot resolve.
  optimizeDeps: { entries: ['index.html'] },
  // Host pages on other origins load embed.js and the event files, as from deploy/nginx.conf.
  preview: { cors: true },
  resolve: { alias: preactAliases },
  ssr: { noExternal: reactDependents },
  plugins: [siteConfigPlugin(site), archivePlugin(site), prerenderedPagesPlugin(), embedDevPlugin(), startup.plugin],
  // OUT_DIR lets a test build the site under another base without touching dist/.
  // The manifest tells the size check which chunks a visitor needs to start the app.
  build: {
    target: 'es2022',
    outDir: process.env.OUT_DIR ?? 'dist',
    manifest: true,
    rolldownOptions: {
      onLog: quietReactLogs,
      output: { codeSplitting: { includeDependenciesRecursively: false, groups: [startup.group] } },
    },
  },
});
