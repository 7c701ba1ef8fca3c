import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test as base, expect } from '@playwright/test';
import { carousel, expectImageShown, lightbox, TITLE } from './helpers.ts';
import { freePort, type RunningNginx, startNginx } from './support/nginx.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** Where the sub-path build goes: apart from dist/, which the preview server serves at the root. */
const BUILD = 'test-results/dist-galleries';

interface EventFile {
  title: string;
  lead: string;
  body: string[];
  photos: { width: number; height: number }[];
}
function readEvent(id: string): EventFile {
  return JSON.parse(readFileSync(join(REPO, 'public/events', `${id}.json`), 'utf8'));
}
const fr = readEvent('otan-bucarest-2022');
const de = readEvent('nato-bukarest-2022-de');
const en = readEvent('nato-bucharest-2022-en');

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Every test that uses `page` fails if the visit logged a console error, threw, or broke the
 * Content-Security-Policy. The page keeps its CSP violations itself: `collectCsp` reads them, and
 * must run before each full page load (a reload or a `goto`), which starts a fresh window.
 */
const test = base.extend<{ collectCsp: () => Promise<void> }>({
  collectCsp: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations ??= [];
          window.__cspViolations.push(event.violatedDirective);
        }),
      );
      const collectCsp = async () => {
        const violations = await page.evaluate(() => {
          const found = window.__cspViolations ?? [];
          window.__cspViolations = [];
          return found;
        });
        problems.push(...violations.map((directive) => `CSP violation: ${directive}`));
      };
      await use(collectCsp);
      if (page.url().startsWith('http')) await collectCsp();
      expect(problems, 'console errors, page errors and CSP violations during the test').toEqual([]);
    },
    { auto: true },
  ],
});

/** Text of an HTML fragment with the common entities decoded. */
function decode(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return named[name] ?? entity;
  });
}

/** Text as a reader sees it: any run of spaces (no-break ones included) is one space. */
const seen = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a crawler or a browser without JavaScript reads in a page: its markup without scripts and tags. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return seen(decode(body.replace(/<script[\s\S]*?<\/script>/gi, ' ').replace(/<[^>]+>/g, ' ')));
}

function metaContent(html: string, property: string): string | undefined {
  const tag = new RegExp(`<meta\\b[^>]*\\bproperty="${property}"[^>]*>`, 'i').exec(html)?.[0];
  const content = tag && /\bcontent="([^"]*)"/.exec(tag)?.[1];
  return content === undefined ? undefined : decode(content);
}

/** A page of another site: the same loopback address on another port, so another origin. */
async function serveHostPage(html: string): Promise<{ url: string; server: Server }> {
  const port = await freePort();
  const server = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** The address the site is built for, which crawlers and share previews get in full. */
const SITE_URL = 'https://gallery.example';
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=()';

test.describe('deployed with deploy/nginx.conf under /galleries/', () => {
  // One worker, one build and one nginx for the whole group; a failing test does not skip the rest.
  test.describe.configure({ mode: 'default' });

  let server: RunningNginx | undefined;
  let webRoot: string | undefined;
  let site = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await promisify(execFile)('npx', ['tsx', 'scripts/build/build.ts'], {
      cwd: REPO,
      env: { ...process.env, BASE_PATH: '/galleries/', OUT_DIR: BUILD, SITE_URL },
    });
    // A copy, so a build started meanwhile (which empties BUILD first) cannot pull files from under nginx.
    webRoot = mkdtempSync(join(tmpdir(), 'event-gallery-www-'));
    chmodSync(webRoot, 0o755);
    cpSync(join(REPO, BUILD), join(webRoot, 'galleries'), { recursive: true });
    server = await startNginx({ root: webRoot });
    site = `${server.url}/galleries`;
  });

  test.afterAll(async () => {
    await server?.stop();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  test('a visitor goes from the index to photo 5, reloads it, steps back, then meets a wrong address', async ({
    page,
    collectCsp,
  }) => {
    await page.goto(`${site}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Galeries photos' })).toBeVisible();
    const cards = page.getByRole('region', { name: 'Derniers événements' }).getByRole('listitem');
    // The demo's four versions are one event: the French front page lists it once, in French.
    await expect(cards).toHaveCount(1);
    await expect(page.getByRole('link', { name: fr.title })).toBeVisible();
    await expect(page.getByText('14 photos', { exact: true })).toHaveCount(1);

    await page.getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(`${site}/events/otan-bucarest-2022`);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(carousel(page).getByText('1 / 14', { exact: true })).toBeVisible();

    await carousel(page).getByRole('button', { name: 'Photo 5', exact: true }).click();
    await expect(carousel(page).getByText('5 / 14', { exact: true })).toBeVisible();
    await carousel(page).getByRole('button', { name: 'Agrandir la photo 5' }).click();
    const dialog = lightbox(page);
    const fifth = dialog.getByRole('group', { name: '5 sur 14' });
    await expect(fifth).toContainText('5. ©NATO');
    await expect(dialog.getByText('5 / 14', { exact: true }).first()).toBeVisible();
    await expect(page).toHaveURL(`${site}/events/otan-bucarest-2022/photos/5`);
    const photo = fifth.getByRole('img', { name: 'Jean Asselborn et João Gomes Cravinho' });
    await expectImageShown(photo);

    // nginx answers the photo's address with its prerendered shell, and the app opens it again.
    await collectCsp();
    await page.reload();
    await expect(fifth).toContainText('5. ©NATO');
    await expect(dialog.getByText('5 / 14', { exact: true }).first()).toBeVisible();
    await expectImageShown(photo);

    await page.goBack();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(`${site}/events/otan-bucarest-2022?photo=5`);
    await expect(carousel(page).getByText('5 / 14', { exact: true })).toBeVisible();

    // deploy/nginx.conf answers an unknown page address with the app (`try_files … @app`),
    // so that an event copied to the server without a rebuild still opens: the status is 200 and the
    // app, seeing an address it has no page for, shows its own "not found" page.
    await collectCsp();
    const response = await page.goto(`${site}/no/such/page`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(page).toHaveTitle('Page introuvable');
    await page.getByRole('link', { name: 'Voir tous les événements' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Galeries photos' })).toBeVisible();
  });

  test('pages, hashed assets and event files carry their caching, security and compression headers', async ({
    request,
  }) => {
    const page = await request.get(`${site}/`);
    expect(page.status()).toBe(200);
    expect(page.headers()['cache-control']).toBe('no-cache');
    const csp = page.headers()['content-security-policy'] ?? '';
    expect(csp.split(';').map((directive) => directive.trim())).toContain("script-src 'self'");
    expect(csp).not.toContain("'unsafe-eval'");

    const script = /<script\b[^>]*\bsrc="(\/galleries\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    expect(script, 'the page loads a hashed script from /galleries/assets/').toBeDefined();
    const asset = await request.get(`${server?.url}${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.status()).toBe(200);
    expect(asset.headers()['content-type']).toMatch(/^application\/javascript\b|^text\/javascript\b/);
    expect(asset.headers()['cache-control']).toMatch(/\bmax-age=31536000\b/);
    expect(asset.headers()['cache-control']).toMatch(/\bimmutable\b/);
    expect(asset.headers()['content-encoding']).toBe('gzip');

    const event = await request.get(`${site}/events/otan-bucarest-2022.json`);
    expect(event.status()).toBe(200);
    expect(event.headers()['cache-control']).toBe('no-cache');
    expect(event.headers()['access-control-allow-origin']).toBe('*');
    expect(((await event.json()) as { title: string }).title).toBe(TITLE);

    // Missing files are real 404s, never the app's fallback page with a 200.
    expect((await request.get(`${site}/events/nope.json`)).status()).toBe(404);
    expect((await request.get(`${site}/assets/index-nope.js`)).status()).toBe(404);
  });

  test('the event page is prerendered: title, first photo and lead are in the HTML', async ({ request }) => {
    const response = await request.get(`${site}/events/otan-bucarest-2022`);
    expect(response.status()).toBe(200);
    const html = await response.text();

    expect(decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')).toBe(TITLE);
    const firstImage = /<img\b[^>]*>/i.exec(html)?.[0] ?? '';
    expect(firstImage).toContain('src="/galleries/events/otan-bucarest-2022/01.jpg"');
    expect(firstImage).toMatch(/\bfetchpriority="high"/i);
    expect(firstImage).toContain(`width="${fr.photos[0]?.width}"`);
    expect(firstImage).toContain(`height="${fr.photos[0]?.height}"`);
    const text = visibleText(html);
    expect(text).toContain(TITLE);
    expect(text).toContain(seen(fr.lead));
  });

  test("a photo's address shares a preview of that photo", async ({ request }) => {
    const response = await request.get(`${site}/events/otan-bucarest-2022/photos/3`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(metaContent(html, 'og:title')).toBe(TITLE);
    expect(metaContent(html, 'og:image')).toMatch(/\/galleries\/events\/otan-bucarest-2022\/03\.jpg$/);
  });

  test('the event page and each photo page describe their photos to search engines, credit and licence included', async ({
    page,
    request,
    collectCsp,
  }) => {
    const dataOf = async (address: string) => {
      const html = await (await request.get(`${site}${address}`)).text();
      const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
      expect(block, `${address} carries JSON-LD`).toBeDefined();
      return JSON.parse(block ?? '');
    };
    const gallery = await dataOf('/events/otan-bucarest-2022');
    expect(gallery['@type']).toBe('ImageGallery');
    expect(gallery.image[2]).toMatchObject({
      contentUrl: `${SITE_URL}/galleries/events/otan-bucarest-2022/03.jpg`,
      creditText: '©NATO',
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    const photo = await dataOf('/events/otan-bucarest-2022/photos/3');
    expect(photo).toMatchObject({
      '@type': 'ImageObject',
      url: `${SITE_URL}/galleries/events/otan-bucarest-2022/photos/3`,
    });
    // A data block is no script to run: the strict policy of the pages lets it be.
    await page.goto(`${site}/events/otan-bucarest-2022`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await collectCsp();
  });

  test("every version's head names the others at their full address under the base path", async ({ request }) => {
    const linksOf = async (address: string) =>
      (await (await request.get(`${site}${address}`)).text()).match(/<link rel="(?:alternate|canonical)"[^>]*>/g);
    const full = `${SITE_URL}/galleries`;
    expect(await linksOf('/events/nato-bukarest-2022-lb')).toEqual([
      `<link rel="alternate" hreflang="fr" href="${full}/events/otan-bucarest-2022">`,
      `<link rel="alternate" hreflang="de" href="${full}/events/nato-bukarest-2022-de">`,
      `<link rel="alternate" hreflang="en" href="${full}/events/nato-bucharest-2022-en">`,
      `<link rel="alternate" hreflang="lb" href="${full}/events/nato-bukarest-2022-lb">`,
      `<link rel="alternate" hreflang="x-default" href="${full}/events/otan-bucarest-2022">`,
    ]);
    expect(await linksOf('/events/otan-bucarest-2022/photos/3')).toContain(
      `<link rel="alternate" hreflang="de" href="${full}/events/nato-bukarest-2022-de/photos/3">`,
    );
    expect(await linksOf('/fr/')).toEqual([
      `<link rel="canonical" href="${full}/">`,
      `<link rel="alternate" hreflang="fr" href="${full}/">`,
      `<link rel="alternate" hreflang="de" href="${full}/de/">`,
      `<link rel="alternate" hreflang="en" href="${full}/en/">`,
      `<link rel="alternate" hreflang="lb" href="${full}/lb/">`,
      `<link rel="alternate" hreflang="x-default" href="${full}/">`,
      // The default language's listing, under any address, names that language's feed.
      `<link rel="alternate" type="application/atom+xml" title="Galeries photos" href="${full}/feed.xml">`,
    ]);
  });

  test("a page's own inline stylesheet applies and any other inline style is refused", async ({ browser }) => {
    // Its own context: the refusal below is a CSP violation, which the `page` fixture counts as a failure.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations ??= [];
        window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      }),
    );
    await page.goto(`${site}/events/otan-bucarest-2022`);
    const heading = page.getByRole('heading', { level: 1, name: TITLE });
    // The title's clamp() tops out at 2.25rem on a wide window: the browser's own h1 would be 32px.
    await expect(heading).toHaveCSS('font-size', '36px');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'h1 { font-size: 99px !important; }';
      document.head.append(style);
    });
    await expect.poll(() => page.evaluate(() => window.__cspViolations ?? [])).toEqual(['style-src-elem inline']);
    await expect(heading).toHaveCSS('font-size', '36px');
    await context.close();
  });

  test('the event page reads without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/events/otan-bucarest-2022`);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText(fr.lead, { exact: true })).toBeVisible();
    for (const paragraph of fr.body) await expect(page.getByText(paragraph, { exact: true })).toBeVisible();
    await expectImageShown(page.getByRole('img', { name: 'Jean Asselborn et Hadja Lahbib' }));
    // The carousel cannot move: the other photos follow as a numbered list, credits and captions.
    const others = page.getByRole('list', { name: 'Les autres photos' }).getByRole('listitem');
    await expect(others).toHaveCount(13);
    await expect(others.nth(3)).toHaveText(
      '5. ©NATO (de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; João Gomes Cravinho, ministre des Affaires étrangères du Portugal',
    );
    const fifth = others.nth(3).getByRole('link', { name: 'Jean Asselborn et João Gomes Cravinho' });
    await expect(fifth).toHaveAttribute('href', '/galleries/events/otan-bucarest-2022/05.jpg');
    await expect(page.getByRole('list', { name: 'Miniatures' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Photo suivante' })).toBeHidden();

    for (const [address, { title }] of [
      [`${site}/`, fr],
      [`${site}/de/`, de],
      [`${site}/en/`, en],
    ] as const) {
      await page.goto(address);
      await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
    }
    await context.close();
  });

  test('a missing event file is a 404 that galleries embedded on other sites can read', async ({ request }) => {
    // The config allows every origin to read event files (embedded galleries), so a missing one must
    // say so across origins too: without the header, the browser turns the 404 into a network error.
    const missing = await request.get(`${site}/events/nope.json`, { headers: { Origin: 'https://example.org' } });
    expect(missing.status()).toBe(404);
    expect(missing.headers()['access-control-allow-origin']).toBe('*');
  });

  test('an event added without a rebuild is framed by another site, with the iframe page’s headers', async ({
    page,
  }) => {
    // Its file copied to the server after the build: no page of it was prerendered, the app answers.
    const added = { ...readEvent('otan-bucarest-2022'), id: 'added-after-build' };
    writeFileSync(join(webRoot ?? '', 'galleries/events/added-after-build.json'), JSON.stringify(added));
    const address = `${site}/embed/added-after-build?article=none`;

    const response = await page.request.get(address);
    expect(response.status()).toBe(200);
    const csp = (response.headers()['content-security-policy'] ?? '').split(';').map((part) => part.trim());
    expect(csp).toContain('frame-ancestors *');
    expect(response.headers()['permissions-policy']).toBe(PERMISSIONS_POLICY);
    const built = await page.request.get(`${site}/embed/otan-bucarest-2022`);
    expect(built.headers()['permissions-policy']).toBe(PERMISSIONS_POLICY);

    const host = await serveHostPage(`<!doctype html><html lang="fr"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>Un autre site</title></head><body><h1>Un autre site</h1>
<iframe src="${address}" data-event-gallery="added-after-build" title="Galerie photos"></iframe></body></html>`);
    try {
      await page.goto(host.url);
      const frame = page.frameLocator('iframe[data-event-gallery]');
      await expect(frame.getByRole('region', { name: `Photos : ${TITLE}` }).getByText('1 / 14')).toBeVisible();
    } finally {
      host.server.close();
    }
  });

  test('under a language’s prefix a wrong address is a real 404, in that language, with the pages’ headers', async ({
    browser,
    request,
  }) => {
    // Its own context: the browser logs every 404 document as a console error, which is the point here.
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const [prefix, heading] of [
      ['de', 'Seite nicht gefunden'],
      ['en', 'Page not found'],
      ['fr', 'Page introuvable'],
    ] as const) {
      const address = `${site}/${prefix}/no-such-page`;
      const response = await request.get(address);
      expect(response.status(), address).toBe(404);
      expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', prefix);
    }
    expect((await request.get(`${site}/de/`)).status()).toBe(200);
    await context.close();
  });

  test('outside the base path nginx answers its own 404, not the app’s page', async ({ request }) => {
    const response = await request.get(`${server?.url}/other/page`);
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain('<title>404 Not Found</title>');
    expect(html).not.toContain('/galleries/');
  });

  test('index.html of a folder leads to the page itself', async ({ page, request }) => {
    for (const [asked, target] of [
      ['/index.html', '/galleries/'],
      ['/index.html?lang=fr', '/galleries/?lang=fr'],
      ['/events/otan-bucarest-2022/index.html', '/galleries/events/otan-bucarest-2022'],
    ]) {
      const response = await request.get(`${site}${asked}`, { maxRedirects: 0 });
      expect(response.status(), asked).toBe(301);
      expect(response.headers().location, asked).toBe(target);
    }
    await page.goto(`${site}/index.html`);
    await expect(page.getByRole('heading', { level: 1, name: 'Galeries photos' })).toBeVisible();
    await expect(page).toHaveURL(`${site}/`);
  });

  test('a missing photo is a plain-text 404, a missing event file a JSON one', async ({ request }) => {
    const photo = await request.get(`${site}/events/otan-bucarest-2022/99.jpg`);
    expect(photo.status()).toBe(404);
    expect(photo.headers()['content-type']).toMatch(/^text\/plain\b/);
    expect(photo.headers()['access-control-allow-origin']).toBe('*');
    expect(await photo.text()).toBe('not found\n');

    const event = await request.get(`${site}/events/nope.json`);
    expect(event.headers()['content-type']).toMatch(/^application\/json\b/);
    expect(await event.json()).toEqual({ error: 'not found' });
  });

  test('the README’s iframe snippet, as the strict-CSP demo page uses it, sizes the iframe without a violation', async ({
    page,
  }) => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const iframeSection = readme.slice(readme.indexOf('**An iframe**'));
    const block = (language: string) => {
      const found = new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``).exec(iframeSection)?.[1];
      if (!found) throw new Error(`README.md has no ${language} block in its iframe section`);
      return found;
    };
    // The demo page lives on the gallery's own site: it addresses the same files relatively.
    const flat = (text: string) =>
      text.replaceAll('https://gallery.example/galleries/', '').replace(/\s+/g, ' ').trim();
    const demo = (file: string) => flat(readFileSync(join(REPO, 'public', file), 'utf8'));
    expect(demo('embed-demo.html')).toContain(flat(block('html')));
    expect(demo('embed-demo.css')).toContain(flat(block('css')));

    await page.goto(`${site}/embed-demo.html`);
    const iframe = page.locator('iframe[data-event-gallery]');
    const frame = page.frameLocator('iframe[data-event-gallery]');
    await expect(frame.getByRole('region', { name: `Photos : ${TITLE}` }).getByText('1 / 14')).toBeVisible();
    const content = () => frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    // Left alone, an iframe is 150 px high: only the resize message makes it as high as its gallery.
    const fitted = async () => {
      const [outer, inner] = [(await iframe.boundingBox())?.height, await content()];
      return outer === inner ? 'fitted' : `iframe ${outer}px, its content ${inner}px`;
    };
    await expect.poll(fitted).toBe('fitted');
    expect(await content()).toBeGreaterThan(300);
    await expect(iframe).toHaveCSS('border-top-width', '0px');
    const frameViolations = await frame.locator('html').evaluate(() => window.__cspViolations ?? []);
    expect(frameViolations, 'CSP violations inside the iframe').toEqual([]);
  });
});

test.describe('on the Vite preview server, at the site root', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a shared photo address opens the lightbox, whose photo can be downloaded and its address copied', async ({
    page,
    baseURL,
  }) => {
    // A desktop browser without the system share sheet: the button copies the address instead.
    await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));

    await page.goto('/');
    await expect(page.getByRole('main').getByRole('link', { name: fr.title })).toBeVisible();

    await page.goto('/events/otan-bucarest-2022/photos/3');
    const dialog = lightbox(page);
    await expect(dialog.getByRole('group', { name: '3 sur 14' })).toContainText('3. ©NATO');
    await expect(dialog.getByText('3 / 14', { exact: true }).first()).toBeVisible();
    await expect(page).toHaveTitle(TITLE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await expect(dialog.getByText('Crédit obligatoire : ©NATO', { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: 'Télécharger la photo' }).click();
    const download = dialog.getByRole('link', { name: 'Haute résolution (1334 × 2000 px, 305 Ko)' });
    await expect(download).toHaveAttribute('download', 'otan-bucarest-2022-03-NATO.jpg');
    const saving = page.waitForEvent('download');
    await download.click();
    expect((await saving).suggestedFilename()).toBe('otan-bucarest-2022-03-NATO.jpg');

    await dialog.getByRole('button', { name: 'Partager' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Adresse de la photo copiée' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/events/otan-bucarest-2022/photos/3`,
    );
  });
});
