import type { Locator, Page } from '@playwright/test';
import { DEMO, expect, expectImageShown, test } from './helpers.ts';
import { hostilePage, hostPage, OVERRIDE_EVENT, serveHost } from './support/host.ts';

const DEMO_FILE = '/events/otan-bucarest-2022.json';
const gallery = (src: string, extra = '') => `<event-gallery id="g" src="${src}" ${extra}></event-gallery>`;

test.use({ viewport: { width: 1366, height: 900 } });

/** Opens a host page served by the test and waits for the gallery's first photo. */
async function openHost(page: Page, path: string, html: string, event?: { id: string; json: string }) {
  await serveHost(page, path, html, event);
  await page.goto(path);
  const open = page.getByRole('button', { name: 'Agrandir la photo 1' });
  await expect(open).toBeEnabled();
  return open;
}

/** Scrolls the host page so the photo's top is 200 px down, just under the masthead. */
function scrollTo(opener: Locator): Promise<number> {
  return opener.evaluate((button) => {
    window.scrollTo(0, button.getBoundingClientRect().top + window.scrollY - 200);
    return window.scrollY;
  });
}

/** A click where the visitor sees the photo: Playwright's own click would scroll it into view first. */
async function openLightbox(page: Page, opener: Locator) {
  const box = await opener.boundingBox();
  if (!box) throw new Error('the photo is not laid out');
  await page.mouse.click(box.x + box.width / 2, box.y + 100);
  const dialog = page.getByRole('dialog', { name: 'Visionneuse de photos' });
  await expectImageShown(dialog.locator('.yarl__slide_current').getByRole('img'));
  await expect(dialog.locator('.eg-lightbox'), 'faded in').toHaveCSS('opacity', '1');
  return dialog;
}

test.describe('the lightbox in the top layer', () => {
  test('covers a masthead at z-index 2147483000, and Escape gives the page back as it was', async ({ page }) => {
    const opener = await openHost(page, '/host-layer.html', hostilePage(gallery(DEMO_FILE, 'article="none"')));
    const scrolled = await scrollTo(opener);
    expect(scrolled).toBeGreaterThan(0);
    await openLightbox(page, opener);
    const masthead = await page.getByRole('banner').boundingBox();
    if (!masthead) throw new Error('the host page has no masthead');
    // The document's hit test stops at the shadow host; the shadow root's says what is on top.
    const onTop = await page.evaluate(
      ({ x, y }) => {
        const hit = document.elementFromPoint(x, y);
        const inner = hit?.shadowRoot?.elementFromPoint(x, y);
        return { hit: hit?.id ?? hit?.className, inLightbox: Boolean(inner?.closest('dialog .eg-lightbox')) };
      },
      { x: masthead.x + masthead.width / 2, y: masthead.y + masthead.height / 2 },
    );
    expect(onTop).toEqual({ hit: 'g', inLightbox: true });
    await page.mouse.wheel(0, 600);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(opener).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('on the site’s own page too: a modal dialog, closed by Back', async ({ page }) => {
    await page.goto(`${DEMO}/photos/2`);
    const dialog = page.getByRole('dialog', { name: 'Visionneuse de photos' });
    await expectImageShown(dialog.locator('.yarl__slide_current').getByRole('img'));
    expect(await dialog.evaluate((element) => element.localName === 'dialog' && element.matches(':modal'))).toBe(true);
    await page.goto(DEMO);
    await page.getByRole('button', { name: 'Agrandir la photo 1' }).click();
    await expect(dialog).toBeVisible();
    await page.goBack();
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(DEMO);
  });

  test('full screen works from inside the shadow root', async ({ page }) => {
    const opener = await openHost(page, '/host-fullscreen.html', hostPage(gallery(DEMO_FILE, 'article="none"')));
    await scrollTo(opener);
    const dialog = await openLightbox(page, opener);
    await dialog.getByRole('button', { name: 'Plein écran' }).click();
    await expect(dialog.getByRole('button', { name: 'Quitter le plein écran' })).toBeVisible();
    expect(
      await page.evaluate(() => {
        const host = document.fullscreenElement;
        return { host: host?.id, inDialog: Boolean(host?.shadowRoot?.fullscreenElement?.closest('dialog')) };
      }),
    ).toEqual({ host: 'g', inDialog: true });
    await dialog.getByRole('button', { name: 'Quitter le plein écran' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect(dialog.getByRole('button', { name: 'Plein écran' })).toBeVisible();
  });

  test('an iframe the host does not allow full screen shows no full-screen button', async ({ page }) => {
    const frames = [
      // A cross-origin iframe without allow="fullscreen" is refused the same way.
      '<iframe title="refusé" allow="fullscreen \'none\'" src="/embed/otan-bucarest-2022?article=none" style="width:100%;height:700px"></iframe>',
      '<iframe title="permis" allow="fullscreen" src="/embed/otan-bucarest-2022?article=none" style="width:100%;height:700px"></iframe>',
    ];
    await serveHost(page, '/host-frames.html', hostPage(frames.join('')));
    await page.goto('/host-frames.html');
    for (const [title, buttons] of [
      ['refusé', 0],
      ['permis', 1],
    ] as const) {
      const frame = page.frameLocator(`iframe[title="${title}"]`);
      await frame.getByRole('button', { name: 'Agrandir la photo 1' }).click();
      const dialog = frame.getByRole('dialog', { name: 'Visionneuse de photos' });
      await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Plein écran' }), title).toHaveCount(buttons);
      await dialog.getByRole('button', { name: 'Fermer' }).click();
      await expect(dialog).toHaveCount(0);
    }
  });
});

test.describe('a careless host page', () => {
  /** What the host may try to restyle: every inherited property its rules set. */
  const TEXT_STYLES = [
    ...['letter-spacing', 'line-height', 'text-transform', 'text-align', 'font-style', 'word-spacing', 'cursor'],
    ...['font-weight', 'font-variant-caps', 'text-indent', 'white-space', 'color', 'text-shadow'],
  ];
  const stylesOf = (target: Locator) =>
    target.evaluate(
      (element, names) =>
        Object.fromEntries(names.map((name) => [name, getComputedStyle(element).getPropertyValue(name)])),
      TEXT_STYLES,
    );
  /** A name in the carousel's caption and in the lightbox's, and the accent of the current thumbnail. */
  async function look(page: Page) {
    const opener = page.getByRole('button', { name: 'Agrandir la photo 1' });
    // A name turns into a link once the slug library has come: measured before, it has the text's colour.
    await expect(page.locator('figcaption').getByRole('link', { name: 'Jean Asselborn' })).toBeVisible();
    const carousel = await stylesOf(page.locator('figcaption').getByText('Jean Asselborn', { exact: true }));
    const thumb = page.getByRole('list', { name: 'Miniatures' }).getByRole('button', { name: 'Photo 1', exact: true });
    const accent = await thumb.evaluate((element) => getComputedStyle(element).borderTopColor);
    await scrollTo(opener);
    const dialog = await openLightbox(page, opener);
    const caption = dialog.locator('.yarl__slide_current .yarl__slide_description');
    await expect(caption.getByRole('link', { name: 'Jean Asselborn' })).toBeVisible();
    const lightbox = await stylesOf(caption.getByText('Jean Asselborn', { exact: true }));
    await page.keyboard.press('Escape');
    return { carousel, lightbox, accent };
  }

  test('restyles no caption: the gallery’s text styles are its own, only --event-gallery-* themes it', async ({
    page,
  }) => {
    const themed = 'event-gallery { --event-gallery-accent: #8a1538; }';
    await openHost(page, '/host-quiet.html', hostPage(gallery(DEMO_FILE), themed));
    const quiet = await look(page);
    await openHost(page, '/host-careless.html', hostilePage(gallery(DEMO_FILE)));
    await expect(page.getByRole('banner')).toHaveCSS('text-transform', 'uppercase');
    await expect(page.getByRole('banner')).toHaveCSS('letter-spacing', '2px');
    expect(await look(page)).toEqual(quiet);
    expect(quiet.accent, 'the host’s accent reaches the gallery').toBe('rgb(138, 21, 56)');
  });
});

test.describe('a credit ending in U+202E (right-to-left override)', () => {
  /** The left edges of the marker and the two names, as drawn. */
  async function order(line: Locator) {
    // Once the names have become links (the slug library comes after the first render), not while they change.
    await expect(line.getByRole('link', { name: 'Hadja Lahbib' })).toBeVisible();
    const left = async (text: string) => (await line.getByText(text, { exact: true }).boundingBox())?.x ?? Number.NaN;
    return [await left('(de g. à dr.)'), await left('Jean Asselborn'), await left('Hadja Lahbib')];
  }
  const leftToRight = (edges: number[]) => edges.every((edge, at) => at === 0 || edge > (edges[at - 1] ?? 0));

  test('leaves the caption left to right, in the carousel and the lightbox', async ({ page }) => {
    const src = '/events/credit-rlo.json';
    const opener = await openHost(page, '/host-rlo.html', hostPage(gallery(src, 'article="none"')), {
      id: 'credit-rlo',
      json: OVERRIDE_EVENT,
    });
    const carousel = await order(page.locator('figcaption'));
    expect(leftToRight(carousel), `carousel: ${carousel}`).toBe(true);
    await scrollTo(opener);
    const dialog = await openLightbox(page, opener);
    const lightbox = await order(dialog.locator('.yarl__slide_current .yarl__slide_description'));
    expect(leftToRight(lightbox), `lightbox: ${lightbox}`).toBe(true);
  });
});

test.describe('a src the gallery does not load', () => {
  // A well-formed event in a data: address once loaded, then threw on its photos' relative addresses.
  const data = `data:application/json,${encodeURIComponent(OVERRIDE_EVENT)}`;
  for (const src of [data, 'javascript:alert(1)', 'blob:http://127.0.0.1/1234']) {
    const scheme = src.slice(0, src.indexOf(':') + 1);
    test(`${scheme} shows an error naming it, and throws nothing`, async ({ page }) => {
      await serveHost(page, '/host-src.html', hostPage(`<event-gallery src='${src}'></event-gallery>`));
      await page.goto('/host-src.html');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Cet événement ne peut pas être affiché');
      await expect(alert).toContainText(`L’attribut src="${src.slice(0, 80)}`);
      await expect(alert).toContainText('n’est pas une adresse que la galerie charge');
    });
  }
});
