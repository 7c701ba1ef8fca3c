import { mkdirSync } from 'node:fs';
import type { Frame, Locator, Page } from '@playwright/test';
import { test as base, DEMO, expect, expectImageShown, TITLE } from './helpers.ts';

/** The host page that fights the gallery on purpose (public/embed-demo.html). */
const HOST = '/embed-demo.html';
const EN_TITLE = 'Jean Asselborn at the meeting of NATO Foreign Ministers in Bucharest';
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const SCREENSHOTS = 'test-results/screenshots';

interface CspWindow {
  __cspViolations?: string[];
}

/** The violations a frame has collected since it loaded (see the `csp` fixture). */
function cspViolations(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => (window as CspWindow).__cspViolations ?? []);
}

/**
 * On top of the helpers' console watch, every frame of every page of the test collects the
 * Content-Security-Policy violations it sees, and the test fails if there were any.
 */
const test = base.extend<{ csp: undefined }>({
  csp: [
    async ({ context }, use) => {
      await context.addInitScript(() => {
        const store = window as CspWindow;
        store.__cspViolations = [];
        addEventListener('securitypolicyviolation', (event) =>
          store.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI || 'inline'}`),
        );
      });
      await use(undefined);
      for (const page of context.pages()) {
        for (const frame of page.frames()) {
          if (frame.url().startsWith('http')) expect(await cspViolations(frame), frame.url()).toEqual([]);
        }
      }
    },
    { auto: true },
  ],
});

/** Makes a page's console errors and uncaught exceptions fail the test, as the helpers do for `page`. */
function watch(target: Page, problems: string[], label: string) {
  target.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error (${label}): ${message.text()}`);
  });
  target.on('pageerror', (error) => problems.push(`page error (${label}): ${error.message}`));
}

/** A second page of the test, in the same context (so the CSP watch applies to it), watched too. */
async function otherPage(page: Page, problems: string[]): Promise<Page> {
  const other = await page.context().newPage();
  watch(other, problems, 'second page');
  return other;
}

/** A `<event-gallery>` of the host page, found by the id the host gave it. */
function gallery(page: Page, id: 'gallery-fr' | 'gallery-en' | 'fresh'): Locator {
  return page.locator(`#${id}`);
}

const frCarousel = (page: Page) => gallery(page, 'gallery-fr').getByRole('region', { name: `Photos : ${TITLE}` });
const enCarousel = (page: Page, name = `Photos: ${EN_TITLE}`) =>
  gallery(page, 'gallery-en').getByRole('region', { name });

function counter(region: Locator, n: number): Locator {
  return region.getByText(`${n} / 14`, { exact: true });
}

/** Opens the host page and waits until both custom elements show the photo they start on. */
async function openHost(page: Page) {
  await page.goto(HOST);
  await expect(counter(frCarousel(page), 1)).toBeVisible();
  await expect(counter(enCarousel(page), 3)).toBeVisible();
  await expectImageShown(frCarousel(page).getByRole('img', { name: 'Jean Asselborn et Hadja Lahbib' }));
  await expectImageShown(enCarousel(page).getByRole('img', { name: 'Jean Asselborn and Jens Stoltenberg' }));
}

/** The host page's iframe, once its gallery has loaded. */
async function embedFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('iframe[data-event-gallery]').elementHandle())?.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  await expect(frame.getByRole('region', { name: `Photos : ${TITLE}` }).getByText('1 / 14')).toBeVisible();
  return frame;
}

/** The computed styles the comparison with the app's page looks at. */
const STYLES = [
  'font-size',
  'font-family',
  'font-weight',
  'line-height',
  'color',
  'background-color',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => [
    `margin-${side}`,
    `padding-${side}`,
    `border-${side}-width`,
    `border-${side}-style`,
    `border-${side}-color`,
  ]),
  'box-sizing',
  'filter',
  'display',
  'max-width',
  'object-fit',
];

interface Measured {
  width: number;
  height: number;
  styles: Record<string, string>;
}

async function measure(target: Locator): Promise<Measured> {
  const box = await target.boundingBox();
  if (!box) throw new Error(`${target} is not laid out`);
  const styles = await target.evaluate(
    (element, names) =>
      Object.fromEntries(names.map((name) => [name, getComputedStyle(element).getPropertyValue(name)])),
    STYLES,
  );
  return { width: box.width, height: box.height, styles };
}

/** The parts of a carousel at photo 1 (French) that must look the same wherever it stands. */
async function measureCarousel(region: Locator) {
  const slide = region.getByRole('group', { name: '1 sur 14' });
  await expectImageShown(slide.getByRole('img', { name: 'Jean Asselborn et Hadja Lahbib' }));
  const box = await region.boundingBox();
  if (!box) throw new Error('the carousel is not laid out');
  return {
    carouselWidth: box.width,
    photo: await measure(slide.getByRole('img', { name: 'Jean Asselborn et Hadja Lahbib' })),
    photoButton: await measure(slide.getByRole('button', { name: 'Agrandir la photo 1' })),
    caption: await measure(slide.locator('figcaption')),
    credit: await measure(slide.getByText('©MAEE', { exact: true })),
    previous: await measure(region.getByRole('button', { name: 'Photo précédente' })),
    next: await measure(region.getByRole('button', { name: 'Photo suivante' })),
  };
}

test.describe('the custom element on a hostile host page', () => {
  test.use({ viewport: DESKTOP });

  test('looks as on the app’s own page: same sizes and styles for photo, caption, credit and buttons', async ({
    page,
    problems,
  }) => {
    const app = await otherPage(page, problems);
    await app.goto(DEMO);
    await openHost(page);
    const own = await measureCarousel(app.getByRole('region', { name: `Photos : ${TITLE}` }));
    const embedded = await measureCarousel(frCarousel(page));

    // The two pages lay the gallery's column out in containers of their own (the app's page has
    // its padding, the host its <main>, margins and <article>), so the carousels are not quite
    // equally wide at the same viewport. An honest comparison keeps what does not depend on that
    // width exact (computed styles; the sizes of what its text sizes: credit, buttons, the
    // caption's lines) and compares what follows the width (the photo's box, the caption's
    // width) as a share of the carousel's width, to within a pixel.
    for (const part of ['photo', 'photoButton', 'caption', 'credit', 'previous', 'next'] as const) {
      expect(embedded[part].styles, `${part}: computed styles`).toEqual(own[part].styles);
    }
    const share = (measured: Measured, side: 'width' | 'height', width: number) => measured[side] / width;
    for (const part of ['photo', 'photoButton'] as const) {
      for (const side of ['width', 'height'] as const) {
        const mine = share(embedded[part], side, embedded.carouselWidth);
        const theirs = share(own[part], side, own.carouselWidth);
        expect(Math.abs(mine - theirs) * embedded.carouselWidth, `${part} ${side} / carousel width`).toBeLessThan(1);
      }
    }
    expect(
      Math.abs(
        share(embedded.caption, 'width', embedded.carouselWidth) - share(own.caption, 'width', own.carouselWidth),
      ) * embedded.carouselWidth,
      'caption width / carousel width',
    ).toBeLessThan(1);
    expect(embedded.caption.height, 'caption height (as many lines, as high)').toBeCloseTo(own.caption.height, 0);
    for (const part of ['credit', 'previous', 'next'] as const) {
      expect(embedded[part].width, `${part} width`).toBeCloseTo(own[part].width, 0);
      expect(embedded[part].height, `${part} height`).toBeCloseTo(own[part].height, 0);
    }
  });

  test('the host’s CSS does not reach the gallery', async ({ page }) => {
    await openHost(page);
    const region = frCarousel(page);
    const photo = region.getByRole('img', { name: 'Jean Asselborn et Hadja Lahbib' });
    await expect(photo).toHaveCSS('filter', 'none');
    await expect(photo).toHaveCSS('max-width', '100%');
    expect((await photo.boundingBox())?.width).toBeGreaterThan(300);
    for (const name of ['Photo précédente', 'Photo suivante', 'Agrandir la photo 1']) {
      await expect(region.getByRole('button', { name })).toBeVisible();
    }
    const caption = region.getByRole('group', { name: '1 sur 14' }).locator('figcaption');
    await expect(caption).toHaveCSS('font-size', '16px');
    await expect(caption).toHaveCSS('box-sizing', 'border-box');
    await expect(caption).toHaveCSS('margin-left', '0px');
    await expect(region.getByText('©MAEE', { exact: true })).toHaveCSS('font-size', '14px');
    // Georgia and #333 are the host's body font and colour.
    await expect(caption).not.toHaveCSS('font-family', /Georgia/);
    await expect(caption).toHaveCSS('color', 'rgb(27, 27, 27)');
  });

  test('text styles the host sets on its body stop at the element', async ({ page }) => {
    // The demo's stylesheet sets only the body's font and colour, which the gallery sets again
    // anyway; a host may set any inherited property. The caption must not change with them.
    const caption = frCarousel(page).getByRole('group', { name: '1 sur 14' }).locator('figcaption');
    const inherited = [
      ...['font-weight', 'font-style', 'font-variant-caps', 'letter-spacing', 'word-spacing', 'text-transform'],
      ...['text-indent', 'white-space', 'text-shadow', 'cursor', 'visibility'],
    ];
    const look = async () => ({
      ...(await caption.evaluate(
        (element, names) =>
          Object.fromEntries(names.map((name) => [name, getComputedStyle(element).getPropertyValue(name)])),
        inherited,
      )),
      height: (await caption.boundingBox())?.height,
    });
    await openHost(page);
    const plain = await look();

    await page.route(`**/embed-demo.css`, async (route) => {
      const response = await route.fetch();
      const harsher = `${await response.text()}
body { font-weight: 700; font-style: italic; font-variant: small-caps; letter-spacing: 3px; word-spacing: 12px;
  text-transform: uppercase; text-indent: 40px; white-space: nowrap; text-shadow: 1px 1px red; cursor: wait; }`;
      await route.fulfill({ response, body: harsher });
    });
    await openHost(page);
    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveCSS('font-style', 'italic');
    expect(await look()).toEqual(plain);
  });

  test('the gallery’s CSS does not reach the host page', async ({ page }) => {
    // The host page has no image of its own: both copies get the same one, before the last paragraph.
    const withImage = async (target: Page) => {
      await target.route(`**${HOST}`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          '<p>Fin de l’article.</p>',
          '<img class="host-logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Logo du ministère" width="200" height="80"><p>Fin de l’article.</p>',
        );
        await route.fulfill({ response, body: html });
      });
    };
    const bareProblems: string[] = [];
    const bare = await otherPage(page, bareProblems);
    await withImage(bare);
    await bare.route('**/embed.js', (route) => route.abort());
    await bare.goto(HOST);
    await expect(bare.getByRole('img', { name: 'Logo du ministère' })).toBeVisible();
    await expect(bare.getByRole('region', { name: `Photos : ${TITLE}` })).toHaveCount(0);

    await withImage(page);
    await openHost(page);
    await expect(page.getByRole('img', { name: 'Logo du ministère' })).toBeVisible();
    // A lightbox opened and closed must leave nothing on the host page either.
    await frCarousel(page).getByRole('button', { name: 'Agrandir la photo 1' }).click();
    const dialog = gallery(page, 'gallery-fr').getByRole('dialog', { name: 'Visionneuse de photos' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    const hostStyles = (target: Page) =>
      target.evaluate(() => {
        const own = [
          'html',
          'body',
          '.site-header',
          '.site-name',
          'nav a',
          'h1',
          'article > p',
          'h2',
          'code',
          'img.host-logo',
          'iframe',
        ];
        // The host's own boxes only: the page's total height changes with a gallery in it.
        const layoutOfWholePage = /^(height|block-size|min-block-size|perspective-origin|transform-origin)$/;
        const styles = own.map((selector) => {
          const element = document.querySelector(selector);
          if (!element) return [selector, 'missing'];
          const computed = getComputedStyle(element);
          const values = Array.from(computed)
            .filter((name) => !(element.matches('html, body') && layoutOfWholePage.test(name)))
            .map((name) => `${name}: ${computed.getPropertyValue(name)}`);
          return [selector, values];
        });
        return {
          styles: Object.fromEntries(styles),
          adopted: document.adoptedStyleSheets.length,
          sheets: document.styleSheets.length,
          bodyClass: document.body.className,
          bodyStyle: document.body.getAttribute('style'),
        };
      });
    const [bareStyles, embeddedStyles] = [await hostStyles(bare), await hostStyles(page)];
    expect(embeddedStyles).toEqual(bareStyles);
    // The aborted embed.js is the only console error the bare page may log.
    expect(bareProblems.filter((problem) => !problem.includes('net::ERR_FAILED'))).toEqual([]);
  });
});

test.describe('two custom elements on one page', () => {
  test.use({ viewport: DESKTOP });

  test('each moves on its own, in its own language', async ({ page }) => {
    await openHost(page);
    const fr = frCarousel(page);
    const en = enCarousel(page);
    await expect(en.getByRole('button', { name: 'Next photo' })).toBeVisible();
    await expect(en.getByRole('button', { name: 'Enlarge photo 3' })).toBeVisible();

    await fr.getByRole('button', { name: 'Photo suivante' }).click();
    await expect(counter(fr, 2)).toBeVisible();
    await expect(fr.getByRole('group', { name: '2 sur 14' })).toContainText('2. (de g. à dr.) Klaus Iohannis');
    await expect(counter(en, 3)).toBeVisible();

    await en.getByRole('button', { name: 'Next photo' }).click();
    await expect(counter(en, 4)).toBeVisible();
    await expect(en.getByRole('group', { name: '4 of 14' })).toBeVisible();
    await expect(counter(fr, 2)).toBeVisible();

    await fr.getByRole('button', { name: 'Photo précédente' }).click();
    await expect(counter(fr, 1)).toBeVisible();
    await en.getByRole('button', { name: 'Previous photo' }).click();
    await expect(counter(en, 3)).toBeVisible();
    await expect(counter(fr, 1)).toBeVisible();
  });

  test('each lightbox, opened in turn, shows its own photos and labels', async ({ page }) => {
    await openHost(page);
    const frDialog = gallery(page, 'gallery-fr').getByRole('dialog', { name: 'Visionneuse de photos' });
    const enDialog = gallery(page, 'gallery-en').getByRole('dialog', { name: 'Photo viewer' });

    await frCarousel(page).getByRole('button', { name: 'Agrandir la photo 1' }).click();
    const frSlide = frDialog.getByRole('group', { name: '1 sur 14' });
    await expect(frSlide).toContainText('1. ©MAEE (de g. à dr.) Jean Asselborn, ministre des Affaires étrangères');
    await expectImageShown(frSlide.getByRole('img', { name: 'Jean Asselborn et Hadja Lahbib' }));
    await expect(frDialog.getByRole('button', { name: 'Fermer' })).toBeVisible();
    await expect(enDialog).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(frDialog).toBeHidden();

    await enCarousel(page).getByRole('button', { name: 'Enlarge photo 3' }).click();
    const enSlide = enDialog.getByRole('group', { name: '3 of 14' });
    await expect(enSlide).toContainText(
      '3. ©NATO (from left to right) Jean Asselborn, Minister of Foreign and European Affairs; Jens Stoltenberg',
    );
    await expectImageShown(enSlide.getByRole('img', { name: 'Jean Asselborn and Jens Stoltenberg' }));
    await expect(enDialog.getByRole('button', { name: 'Close' })).toBeVisible();
    await expect(frDialog).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(enDialog.getByRole('group', { name: '4 of 14' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(enDialog).toBeHidden();
    await expect(counter(enCarousel(page), 4)).toBeVisible();
    await expect(counter(frCarousel(page), 1)).toBeVisible();
  });

  test('the lightbox covers the host’s sticky header and gives the page back as it was', async ({ page }) => {
    await openHost(page);
    const photoButton = frCarousel(page).getByRole('button', { name: 'Agrandir la photo 1' });
    // Scrolled down, the photo stands under the host's sticky header, a visitor's usual position.
    const scrolled = await photoButton.evaluate((button) => {
      window.scrollTo(0, button.getBoundingClientRect().top + window.scrollY - 200);
      return window.scrollY;
    });
    expect(scrolled).toBeGreaterThan(0);
    await expect(page.getByRole('banner')).toBeInViewport();

    await photoButton.click();
    const dialog = gallery(page, 'gallery-fr').getByRole('dialog', { name: 'Visionneuse de photos' });
    await expectImageShown(dialog.getByRole('group', { name: '1 sur 14' }).getByRole('img'));
    await expect(dialog.locator('.eg-lightbox'), 'faded in: nothing of the page shows through').toHaveCSS(
      'opacity',
      '1',
    );
    const header = await page.getByRole('banner').boundingBox();
    if (!header) throw new Error('the host page has no header');
    // The document sees only the shadow host at that point (events and hit tests are retargeted);
    // the shadow root's own hit test says which of our elements is on top.
    const onTop = await page.evaluate(
      ({ x, y }) => {
        const hit = document.elementFromPoint(x, y);
        const inner = hit?.shadowRoot?.elementFromPoint(x, y);
        const root = inner?.getRootNode();
        return {
          hit: hit?.id,
          shadow: root instanceof ShadowRoot ? `${root.host.localName}#${root.host.id}` : null,
          lightbox: Boolean(inner?.closest('.eg-lightbox')),
        };
      },
      { x: header.x + header.width / 2, y: header.y + header.height / 2 },
    );
    expect(onTop).toEqual({ hit: 'gallery-fr', shadow: 'event-gallery#gallery-fr', lightbox: true });

    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByRole('group', { name: '2 sur 14' })).toBeVisible();
    await expect(dialog.getByText('2 / 14', { exact: true })).toBeVisible();
    // The page behind stays put while the lightbox is open, whatever the visitor scrolls with.
    await page.keyboard.press('PageDown');
    await page.mouse.wheel(0, 600);
    await expect(dialog.getByText('2 / 14', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(frCarousel(page).getByRole('button', { name: 'Agrandir la photo 2' })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('closing the lightbox leaves the host page where it was, the photo half scrolled away', async ({ page }) => {
    await openHost(page);
    const photoButton = frCarousel(page).getByRole('button', { name: 'Agrandir la photo 1' });
    // A visitor has scrolled past the top of the photo and clicks what is left of it.
    const scrolled = await photoButton.evaluate((button) => {
      window.scrollTo(0, button.getBoundingClientRect().top + window.scrollY + 150);
      return window.scrollY;
    });
    const box = await photoButton.boundingBox();
    if (!box) throw new Error('the photo is not laid out');
    expect(box.y).toBeLessThan(0);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 60);

    const dialog = gallery(page, 'gallery-fr').getByRole('dialog', { name: 'Visionneuse de photos' });
    await expectImageShown(dialog.getByRole('group', { name: '1 sur 14' }).getByRole('img'));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(photoButton).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('a walk through both galleries and the iframe breaks no CSP rule and logs no error', async ({
    page,
    problems,
  }) => {
    // The net first: a violation on this page would be caught.
    const canary = await otherPage(page, []);
    await canary.goto(HOST);
    await canary.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'p { color: red; }';
      document.head.append(style);
    });
    await expect.poll(() => cspViolations(canary)).toEqual(['style-src-elem inline']);
    await canary.close();

    await openHost(page);
    for (const [region, next, open, close] of [
      [frCarousel(page), 'Photo suivante', 'Agrandir la photo 2', 'Fermer'],
      [enCarousel(page), 'Next photo', 'Enlarge photo 4', 'Close'],
    ] as const) {
      await region.getByRole('button', { name: next }).click();
      await region.getByRole('button', { name: open }).click();
      const dialog = page.getByRole('dialog');
      await expectImageShown(dialog.getByRole('img').first());
      await page.keyboard.press('ArrowRight');
      await dialog.getByRole('button', { name: close }).click();
      await expect(dialog).toHaveCount(0);
    }
    const frame = await embedFrame(page);
    await frame.getByRole('button', { name: 'Photo suivante' }).click();
    await frame.getByRole('button', { name: 'Agrandir la photo 2' }).click();
    await expectImageShown(frame.getByRole('dialog').getByRole('group', { name: '2 sur 14' }).getByRole('img'));
    await page.keyboard.press('Escape');
    await expect(frame.getByRole('dialog')).toHaveCount(0);

    expect(await cspViolations(page)).toEqual([]);
    expect(await cspViolations(frame)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

test.describe('the iframe', () => {
  test.use({ viewport: DESKTOP });

  test('takes the height of its content, and keeps it as the content changes', async ({ page }) => {
    await openHost(page);
    const frame = await embedFrame(page);
    const iframe = page.locator('iframe[data-event-gallery]');
    /** The iframe's height once it is its content's, to within 2 px; both heights otherwise. */
    const fittedHeight = async (): Promise<number | string> => {
      const outer = (await iframe.boundingBox())?.height ?? 0;
      const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      return outer > 300 && Math.abs(outer - inner) <= 2 ? inner : `iframe ${outer}px, its content ${inner}px`;
    };
    await expect.poll(fittedHeight).toEqual(expect.any(Number));
    const wide = Number(await fittedHeight());

    await frame.getByRole('button', { name: 'Photo suivante' }).click();
    await expect(frame.getByRole('group', { name: '2 sur 14' })).toContainText('Klaus Iohannis');
    await expect.poll(fittedHeight).toEqual(expect.any(Number));

    // The last photo's caption takes one line where the first's took two: the iframe follows.
    await frame.getByRole('button', { name: 'Photo 14', exact: true }).click();
    await expect(frame.getByRole('group', { name: '14 sur 14' })).toContainText('Photo de groupe');
    await expect.poll(fittedHeight).toEqual(expect.any(Number));
    expect(await fittedHeight()).toBeLessThan(wide);

    // A narrower page makes the content shorter: the iframe must follow it down, not keep its height.
    await page.setViewportSize(PHONE);
    await expect.poll(fittedHeight).toEqual(expect.any(Number));
    expect(await fittedHeight()).toBeLessThan(wide - 200);
  });
});

test.describe('attributes', () => {
  test.use({ viewport: DESKTOP });

  test('changing photo, lang and article updates the gallery', async ({ page }) => {
    await openHost(page);
    const en = gallery(page, 'gallery-en');
    await en.evaluate((element) => element.setAttribute('photo', '5'));
    await expect(counter(enCarousel(page), 5)).toBeVisible();
    await expect(enCarousel(page).getByRole('group', { name: '5 of 14' })).toBeVisible();

    await en.evaluate((element) => element.setAttribute('lang', 'fr'));
    const frenchLabels = enCarousel(page, `Photos : ${EN_TITLE}`);
    await expect(frenchLabels.getByRole('button', { name: 'Photo suivante' })).toBeVisible();
    await expect(frenchLabels.getByRole('group', { name: '5 sur 14' })).toBeVisible();
    await expect(frenchLabels.getByRole('button', { name: 'Next photo' })).toHaveCount(0);

    const fr = gallery(page, 'gallery-fr');
    await expect(fr.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await fr.evaluate((element) => element.setAttribute('article', 'none'));
    await expect(fr.getByRole('heading', { level: 1, name: TITLE })).toHaveCount(0);
    await expect(counter(frCarousel(page), 1)).toBeVisible();
  });
});

test.describe('removing an element', () => {
  test.use({ viewport: DESKTOP });

  test('leaves a page where keys and scrolling still work without errors', async ({ page }) => {
    await openHost(page);
    await frCarousel(page).getByRole('button', { name: 'Agrandir la photo 1' }).click();
    // The lightbox loads on first use: an Escape before it is on screen would close nothing.
    const dialog = gallery(page, 'gallery-fr').getByRole('dialog', { name: 'Visionneuse de photos' });
    await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await gallery(page, 'gallery-fr').evaluate((element) => element.remove());
    await expect(frCarousel(page)).toHaveCount(0);

    // Focus was on the photo button that went with the element: the keys now reach the page itself.
    for (const key of ['ArrowRight', 'ArrowLeft', 'End', 'Escape', 'Home']) await page.keyboard.press(key);
    // The page must be taller than the window to scroll: the iframe grows once its gallery is in.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight))
      .toBeGreaterThan(600);
    // The keys scroll the page smoothly, and where it ends depends on how fast they came: wait
    // until it rests, then the wheel must move it (up from the bottom, down from anywhere else).
    const resting = async () => {
      let last = -1;
      for (let reading = 0; reading < 40; reading++) {
        const now = await page.evaluate(() => window.scrollY);
        if (now === last) break;
        last = now;
        await page.waitForTimeout(150);
      }
      return last;
    };
    const before = await resting();
    const bottom = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    await page.mouse.wheel(0, before >= bottom - 1 ? -600 : 600);
    await expect.poll(() => page.evaluate(() => window.scrollY)).not.toBe(before);
    await expect(counter(enCarousel(page), 3)).toBeVisible();
    await enCarousel(page).getByRole('button', { name: 'Next photo' }).click();
    await expect(counter(enCarousel(page), 4)).toBeVisible();
  });

  test('takes away every listener and timer it added', async ({ page }) => {
    // Counts the timers set and not yet run or cleared, from before the page's first script.
    await page.addInitScript(() => {
      const pending = new Set<unknown>();
      const { setTimeout: set, clearTimeout: clear, setInterval: repeat, clearInterval: stop } = window;
      const track = window as unknown as { __pendingTimers: () => number };
      track.__pendingTimers = () => pending.size;
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
        if (typeof handler !== 'function') return set(handler, delay, ...rest);
        const id = set(
          (...args: unknown[]) => {
            pending.delete(id);
            handler(...args);
          },
          delay,
          ...rest,
        );
        pending.add(id);
        return id;
      }) as typeof window.setTimeout;
      window.setInterval = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
        const id = repeat(handler, delay, ...rest);
        pending.add(id);
        return id;
      }) as typeof window.setInterval;
      window.clearTimeout = (id) => {
        pending.delete(id);
        clear(id);
      };
      window.clearInterval = (id) => {
        pending.delete(id);
        stop(id);
      };
    });
    await openHost(page);
    const cdp = await page.context().newCDPSession(page);
    const listeners = async () => {
      const found: Record<string, string[]> = {};
      for (const target of ['window', 'document']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: target });
        if (!result.objectId) throw new Error(`no ${target}`);
        const answer = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        found[target] = answer.listeners.map((listener) => listener.type).sort();
      }
      return found;
    };
    const pendingTimers = () =>
      page.evaluate(() => (window as unknown as { __pendingTimers: () => number }).__pendingTimers());
    const listenersBefore = await listeners();
    const timersBefore = await pendingTimers();

    await page.evaluate(() => {
      const element = document.createElement('event-gallery');
      element.id = 'fresh';
      element.setAttribute('src', 'events/otan-bucarest-2022.json');
      element.setAttribute('photo', '2');
      document.querySelector('article')?.append(element);
    });
    const fresh = gallery(page, 'fresh').getByRole('region', { name: `Photos : ${TITLE}` });
    await expect(counter(fresh, 2)).toBeVisible();
    await fresh.getByRole('button', { name: 'Photo suivante' }).click();
    await fresh.getByRole('button', { name: 'Agrandir la photo 3' }).click();
    const dialog = gallery(page, 'fresh').getByRole('dialog', { name: 'Visionneuse de photos' });
    await expectImageShown(dialog.getByRole('group', { name: '3 sur 14' }).getByRole('img'));
    // The open lightbox listens to the document (full screen changes): removed while open, the
    // element must take those listeners away too.
    expect(await listeners()).not.toEqual(listenersBefore);
    await gallery(page, 'fresh').evaluate((element) => element.remove());
    await expect(fresh).toHaveCount(0);
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('body')).not.toHaveClass(/yarl/);

    await expect.poll(listeners).toEqual(listenersBefore);
    await expect.poll(pendingTimers).toBeLessThanOrEqual(timersBefore);
  });
});

test.describe('on another site', () => {
  test('renders from a host page of another origin', async ({ playwright, launchOptions, baseURL, problems }) => {
    // A page fulfilled by page.route has no address: Chrome counts it as public and insecure, and its
    // Local Network Access checks then block every request to 127.0.0.1 before CORS is even asked.
    // A real host site and the real gallery server are both public, so those checks are off here:
    // what is left is the CORS question. The nginx configuration (deploy/) answers
    // `Access-Control-Allow-Origin: *` for embed.js, its chunks and the event files; the server
    // under test must too, or no other site can embed the gallery.
    const browser = await playwright.chromium.launch({
      ...launchOptions,
      args: [...(launchOptions.args ?? []), '--disable-features=LocalNetworkAccessChecks'],
    });
    try {
      const page = await browser.newPage({ viewport: DESKTOP });
      watch(page, problems, 'http://host.test');
      const gallerySite = new URL(baseURL ?? '').origin;
      await page.route('http://host.test/page.html', (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Autre site</title>
<script type="module" src="${gallerySite}/embed.js"></script></head>
<body><h1>Un autre site</h1><event-gallery src="${gallerySite}/events/otan-bucarest-2022.json"></event-gallery></body></html>`,
        }),
      );
      await page.goto('http://host.test/page.html');
      const region = page.getByRole('region', { name: `Photos : ${TITLE}` });
      await expect(counter(region, 1)).toBeVisible();
      await expectImageShown(region.getByRole('img', { name: 'Jean Asselborn et Hadja Lahbib' }));
      await region.getByRole('button', { name: 'Agrandir la photo 1' }).click();
      const dialog = page.getByRole('dialog', { name: 'Visionneuse de photos' });
      await expectImageShown(dialog.getByRole('group', { name: '1 sur 14' }).getByRole('img'));
    } finally {
      await browser.close();
    }
  });
});

test.describe('screenshots', () => {
  for (const [name, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(`the host page on a ${name}, gallery and lightbox`, async ({ page }) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.setViewportSize(size);
      await openHost(page);
      // Chromium paints an image far below the fold only once it has come near the viewport: a
      // whole-page capture would show the second gallery's photo black and the iframe empty.
      await enCarousel(page).getByRole('button', { name: 'Enlarge photo 3' }).scrollIntoViewIfNeeded();
      const frame = await embedFrame(page);
      await frame.getByRole('button', { name: 'Agrandir la photo 1' }).scrollIntoViewIfNeeded();
      await expectImageShown(frame.getByRole('img', { name: 'Jean Asselborn et Hadja Lahbib' }));
      await page.screenshot({ path: `${SCREENSHOTS}/embed-${name}-full.png`, fullPage: true });
      const photoButton = frCarousel(page).getByRole('button', { name: 'Agrandir la photo 1' });
      await photoButton.evaluate((button) =>
        window.scrollTo(0, button.getBoundingClientRect().top + window.scrollY - 120),
      );
      await expect(photoButton).toBeInViewport();
      await page.screenshot({ path: `${SCREENSHOTS}/embed-${name}-gallery.png` });

      await photoButton.click();
      const dialog = gallery(page, 'gallery-fr').getByRole('dialog', { name: 'Visionneuse de photos' });
      await expectImageShown(dialog.getByRole('group', { name: '1 sur 14' }).getByRole('img'));
      await expect(dialog.locator('.eg-lightbox')).toHaveCSS('opacity', '1');
      await page.screenshot({ path: `${SCREENSHOTS}/embed-${name}-lightbox.png` });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(size.width);
    });
  }
});
