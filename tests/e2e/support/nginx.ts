import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The server block we ship, read as it is: the test serves exactly what operators install. */
const SITE_CONF = fileURLToPath(new URL('../../../deploy/nginx.conf', import.meta.url));
const LISTEN = 'listen 80;';
const ROOT = 'root /var/www/html;';
const START_TIMEOUT_MS = 10_000;

export interface NginxOptions {
  /** The directory served in place of `/var/www/html` (the site then lives in its `galleries/`). */
  root: string;
  /** Port on 127.0.0.1; a free one is picked when left out. */
  port?: number;
}

export interface RunningNginx {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  stop: () => Promise<void>;
}

/** A port nobody listens on right now: the system picks it for a socket bound to port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port given')),
      );
    });
  });
}

/** Replaces `from` by `to`, refusing to go on when `from` is gone: a changed config must fail loudly. */
function replaceOnce(text: string, from: string, to: string): string {
  const parts = text.split(from);
  if (parts.length !== 2) {
    const found = parts.length === 1 ? 'does not contain' : 'contains more than once';
    throw new Error(`${SITE_CONF} ${found} \`${from}\`: update tests/e2e/support/nginx.ts to match it.`);
  }
  return parts.join(to);
}

function quote(path: string): string {
  if (/["\\$]/.test(path)) throw new Error(`cannot write the path ${path} into nginx.conf`);
  return `"${path}"`;
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function readIfThere(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Starts the system nginx in the foreground with deploy/nginx.conf, listening on 127.0.0.1 and
 * serving `root`, with every file it writes (pid, logs, temp files) in a temporary directory.
 */
export async function startNginx({ root, port }: NginxOptions): Promise<RunningNginx> {
  const listenPort = port ?? (await freePort());
  const site = replaceOnce(
    replaceOnce(readFileSync(SITE_CONF, 'utf8'), LISTEN, `listen 127.0.0.1:${listenPort};`),
    ROOT,
    `root ${quote(root)};`,
  );
  const prefix = mkdtempSync(join(tmpdir(), 'event-gallery-nginx-'));
  // Run as root, nginx's workers become `nobody`: they must be able to walk into this directory.
  chmodSync(prefix, 0o755);
  const errorLog = join(prefix, 'error.log');
  writeFileSync(join(prefix, 'site.conf'), site);
  const temp = (name: string) => `  ${name}_temp_path ${quote(join(prefix, name))};`;
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${quote(join(prefix, 'nginx.pid'))};`,
      `error_log ${quote(errorLog)} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
      `  include ${quote(join(prefix, 'site.conf'))};`,
      '}',
      '',
    ].join('\n'),
  );

  const binary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
  // `-e` sends the messages of start-up, before nginx.conf is read, to our log too.
  const child: ChildProcess = spawn(binary, ['-p', `${prefix}/`, '-c', conf, '-e', errorLog], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let exited = false;
  const gone = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
    child.once('error', (error) => {
      stderr += String(error);
      exited = true;
      resolve();
    });
  });
  // Should the test run die before afterAll, nginx must not outlive it and keep the port.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    }
    rmSync(prefix, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await answers(listenPort))) {
    if (exited || Date.now() > deadline) {
      const log = readIfThere(errorLog);
      await stop();
      throw new Error(
        `nginx (${binary}) did not start on port ${listenPort}${exited ? `: it exited with ${child.exitCode}` : ''}.\n${stderr}${log}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `http://127.0.0.1:${listenPort}`, stop };
}
