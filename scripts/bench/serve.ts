import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface Server {
  origin: string;
  close: () => Promise<void>;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** The file that answers a path, as the nginx configuration does: exact file, then folder index. */
function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  if (isFile(path)) return path;
  const index = join(path, 'index.html');
  return isFile(index) ? index : null;
}

/**
 * A static server of the bench's own: `vite preview` adds dev-oriented behaviour and its own
 * timing, and the bench should see what a plain production server sends.
 */
export function serve(root: string): Promise<Server> {
  const absoluteRoot = normalize(root).replace(/[/\\]$/, '');
  // The same page is fetched many times: compress each file once, not once per run.
  const gzipped = new Map<string, { mtime: number; body: Buffer }>();
  const compressed = (path: string, body: Buffer): Buffer => {
    const mtime = statSync(path).mtimeMs;
    const hit = gzipped.get(path);
    if (hit && hit.mtime === mtime) return hit.body;
    const gz = gzipSync(body, { level: 6 });
    gzipped.set(path, { mtime, body: gz });
    return gz;
  };

  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://bench.invalid').pathname;
    const file = resolveFile(absoluteRoot, urlPath);
    response.setHeader('Cache-Control', 'no-store');
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(file ? 'Method not allowed' : 'Not found');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string | number> = { 'Content-Type': type };
    if (COMPRESSIBLE.test(type)) {
      headers.Vary = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        body = compressed(file, body);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
