import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { eventsIndexPlugin } from './scripts/events-index-plugin';

// Ministries deploy under a sub-path of their own site; the base is chosen at build time.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react(), eventsIndexPlugin()],
  build: { target: 'es2022' },
});
