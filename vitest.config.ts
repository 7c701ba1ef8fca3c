import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { loadSiteConfig } from './scripts/build/site-config.ts';
import { siteConfigPlugin } from './scripts/vite/site-config-plugin.ts';

export default defineConfig({
  plugins: [react(), siteConfigPlugin(loadSiteConfig())],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
