import { defineConfig } from 'vite';
import { preactAliases, quietReactLogs } from '../vite/preact.ts';
import { siteConfigPlugin } from '../vite/site-config-plugin.ts';
import { siteConfigOrExit } from './site-config.ts';

/**
 * embed.js: one module a host page loads with a script tag, its CSS inside (adopted into the
 * element's shadow root), at a fixed name so the snippet never changes; only the lightbox is a
 * separate, lazily loaded chunk. Built by scripts/build.ts and, for `npm start`, by the dev plugin.
 */
export default defineConfig({
  mode: 'production',
  logLevel: 'warn',
  resolve: { alias: preactAliases },
  // The site's default language: the element's links to a person's page follow its prefix rule.
  plugins: [siteConfigPlugin(siteConfigOrExit())],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    lib: { entry: 'src/embed/element.tsx', formats: ['es'], fileName: () => 'embed.js' },
    rollupOptions: { onLog: quietReactLogs, output: { chunkFileNames: 'assets/embed-[name]-[hash].js' } },
  },
});
