import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import {
  articleHtml,
  dataScript,
  type PeerContent,
  PHOTOSWIPE_STYLE,
  peerContent,
  peerPageHtml,
  photoSwipeGridHtml,
} from './content.ts';

/** A page a ministry might otherwise pick, and where the bench finds its first photo. */
export interface Peer {
  name: string;
  label: string;
  entry: string;
  /** The element whose photo is this page's "first photo" (its LCP candidate). */
  photoSelector: string;
  body: (content: PeerContent) => string;
  style?: string;
}

const clientRendered = (content: PeerContent) => `<div id="root"></div>\n${dataScript(content)}`;

export const PEERS: readonly Peer[] = [
  {
    name: 'yarl',
    label: 'YARL inline (client-rendered)',
    entry: 'yarl.tsx',
    photoSelector: '.yarl__slide_current img',
    body: clientRendered,
  },
  {
    name: 'photoswipe',
    label: 'PhotoSwipe 5 (grid + lightbox)',
    entry: 'photoswipe.ts',
    photoSelector: '#gallery img',
    body: (content) => `<main>\n${articleHtml(content, photoSwipeGridHtml(content))}\n</main>`,
    style: PHOTOSWIPE_STYLE,
  },
  {
    name: 'image-gallery',
    label: 'react-image-gallery',
    entry: 'imageGallery.tsx',
    photoSelector: '.image-gallery-slide.center img, .image-gallery-center img',
    body: clientRendered,
  },
];

const HERE = import.meta.dirname;

/**
 * Builds every peer into `<distDir>/peers/<name>/`, beside our site so the same server and the
 * same photo files serve both. Sources go to `<workDir>/<name>/index.html`, outside the repository.
 */
export async function buildPeers(distDir: string, workDir: string, eventFile: string, fileUrl: string) {
  const content = peerContent(JSON.parse(readFileSync(eventFile, 'utf8')), fileUrl);
  const paths: Record<string, string> = {};
  for (const peer of PEERS) {
    const root = join(workDir, peer.name);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const entry = relative(root, join(HERE, peer.entry)).split('\\').join('/');
    writeFileSync(join(root, 'index.html'), peerPageHtml(content, peer.body(content), entry, peer.style));
    const base = `/peers/${peer.name}/`;
    await build({
      configFile: false,
      // Explicit: the default would leave NODE_ENV at development and ship React's development build.
      mode: 'production',
      root,
      base,
      logLevel: 'warn',
      publicDir: false,
      plugins: [react()],
      build: { outDir: join(distDir, base), emptyOutDir: true },
    });
    paths[peer.name] = base;
  }
  return paths;
}
