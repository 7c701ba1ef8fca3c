import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { basePath } from './scripts/base-path.ts';
import { eventsIndexPlugin } from './scripts/events-index-plugin.ts';
import { prerenderedPagesPlugin } from './scripts/prerendered-pages-plugin.ts';

export default defineConfig({
  base: basePath(),
  plugins: [react(), eventsIndexPlugin(), prerenderedPagesPlugin()],
  build: { target: 'es2022' },
});
