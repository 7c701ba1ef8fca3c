import { defineConfig } from 'vitest/config';
import { loadSiteConfig } from './scripts/build/site-config.ts';
import { preactAliases, reactDependents } from './scripts/vite/preact.ts';
import { siteConfigPlugin } from './scripts/vite/site-config-plugin.ts';

export default defineConfig({
  // The CommonJS builds of Testing Library and react-router would require real React; their ES
  // modules import what the aliases name, in the DOM tests and in those run in Node (`ssr`).
  resolve: { alias: preactAliases, mainFields: ['module', 'main'], conditions: ['module'] },
  ssr: { resolve: { conditions: ['module', 'node'] } },
  plugins: [siteConfigPlugin(loadSiteConfig())],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
    server: { deps: { inline: reactDependents } },
  },
});
