import type { Page } from '@playwright/test';
import {
  carousel,
  DEMO,
  expect,
  expectCarouselAt,
  expectImageShown,
  lightbox,
  openDemo,
  TITLE,
  test,
} from './helpers.ts';

const FIRST_CAPTION =
  '(de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; ' +
  'Hadja Lahbib, ministre des Affaires étrangères de la Belgique';
const LEAD_START = 'Le ministre des Affaires étrangères et européennes, Jean Asselborn a participé';

test.describe('layout', () => {
  test('on a laptop the photos and the article stand side by side', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openDemo(page);
    const gallery = await carousel(page).boundingBox();
    const article = await page.getByText(LEAD_START).boundingBox();
    if (!gallery || !article) throw new Error('the carousel or the article is not laid out');

    expect(article.x).toBeGreaterThanOrEqual(gallery.x + gallery.width);
    expect(Math.abs(article.y - gallery.y)).toBeLessThanOrEqual(24);
    expect(gallery.width).toBeGreaterThan(article.width);
    await expectImageShown(carousel(page).getByRole('img', { name: 'Jean Asselborn et Hadja Lahbib' }));
  });

  test('on a phone the article comes below the photos, with no sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDemo(page);
    const gallery = await carousel(page).boundingBox();
    const article = await page.getByText(LEAD_START).boundingBox();
    if (!gallery || !article) throw new Error('the carousel or the article is not laid out');

    expect(article.y).toBeGreaterThanOrEqual(gallery.y + gallery.height);
    expect(gallery.x + gallery.width).toBeLessThanOrEqual(390);
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
    expect(scrollWidth).toBeLessThanOrEqual(390);
  });
});

test.describe('the carousel', () => {
  test('shows the first photo with its number, credit, caption and counter', async ({ page }) => {
    await openDemo(page);
    const slide = await expectCarouselAt(page, 1, '©MAEE');
    await expect(slide).toContainText(`1. ${FIRST_CAPTION}`);
    await expectImageShown(slide.getByRole('img', { name: 'Jean Asselborn et Hadja Lahbib' }));
    // The list that stands in for the carousel without JavaScript is not there with it.
    await expect(page.getByRole('list', { name: 'Les autres photos' })).toHaveCount(0);
  });

  test('moves with the next and previous buttons', async ({ page }) => {
    await openDemo(page);
    await carousel(page).getByRole('button', { name: 'Photo suivante' }).click();
    const second = await expectCarouselAt(page, 2, '©NATO');
    await expect(second).toContainText('2. (de g. à dr.) Klaus Iohannis, président de la Roumanie ;');
    await expect(page).toHaveURL(`${DEMO}?photo=2`);

    await carousel(page).getByRole('button', { name: 'Photo suivante' }).click();
    await expectCarouselAt(page, 3, '©NATO');

    await carousel(page).getByRole('button', { name: 'Photo précédente' }).click();
    await carousel(page).getByRole('button', { name: 'Photo précédente' }).click();
    const first = await expectCarouselAt(page, 1, '©MAEE');
    await expect(first).toContainText(FIRST_CAPTION);
  });

  test('shows the group photo from the address, without a left-to-right marker', async ({ page }) => {
    await openDemo(page, '?photo=14');
    const slide = await expectCarouselAt(page, 14, '©MAEE');
    await expect(slide).toContainText('14. Photo de groupe');
    await expect(slide).not.toContainText('(de g. à dr.)');
  });
});

test.describe('the lightbox', () => {
  test('opens on the photo clicked, moves with the arrows and gives focus back on Escape', async ({ page }) => {
    await openDemo(page, '?photo=2');
    await carousel(page).getByRole('button', { name: 'Agrandir la photo 2' }).click();

    const dialog = lightbox(page);
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL('/events/otan-bucarest-2022/photos/2');
    const second = dialog.getByRole('group', { name: '2 sur 14' });
    await expect(second).toContainText('2. ©NATO (de g. à dr.) Klaus Iohannis, président de la Roumanie ;');
    await expect(dialog.getByText('2 / 14').first()).toBeVisible();
    await expectImageShown(second.getByRole('img', { name: /^Klaus Iohannis, Bogdan Aurescu/ }));

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL('/events/otan-bucarest-2022/photos/3');
    const third = dialog.getByRole('group', { name: '3 sur 14' });
    await expect(third).toContainText(
      "3. ©NATO (de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; Jens Stoltenberg, secrétaire général de l'OTAN",
    );
    await expect(dialog.getByText('3 / 14').first()).toBeVisible();
    await expectImageShown(third.getByRole('img', { name: 'Jean Asselborn et Jens Stoltenberg' }));

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(`${DEMO}?photo=3`);
    await expectCarouselAt(page, 3, '©NATO');
    await expect(carousel(page).getByRole('button', { name: 'Agrandir la photo 3' })).toBeFocused();
  });

  test("closes with the browser's Back button, on the photo last seen", async ({ page }) => {
    await openDemo(page, '?photo=5');
    await carousel(page).getByRole('button', { name: 'Agrandir la photo 5' }).click();
    const dialog = lightbox(page);
    await expect(dialog.getByRole('group', { name: '5 sur 14' })).toContainText('5. ©NATO');

    await page.goBack();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(`${DEMO}?photo=5`);
    await expectCarouselAt(page, 5, '©NATO');
  });

  test('moving in the lightbox downloads nothing for the carousel hidden behind it', async ({ page }) => {
    await openDemo(page);
    await carousel(page).getByRole('button', { name: 'Agrandir la photo 1' }).click();
    const dialog = lightbox(page);
    await expect(dialog.getByRole('group', { name: '1 sur 14' })).toBeVisible();
    // The lightbox shows WebP; AVIF is the carousel's first choice, so an AVIF now is for the page behind.
    const behind: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'image' && request.url().endsWith('.avif')) behind.push(request.url());
    });
    for (const number of [2, 3, 4, 5, 6]) {
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(`/events/otan-bucarest-2022/photos/${number}`);
    }
    await page.waitForLoadState('networkidle');
    expect(behind).toEqual([]);

    await page.keyboard.press('Escape');
    await expectCarouselAt(page, 6, '©MAEE');
  });

  test('a long walk through the lightbox keeps no photo it has left', async ({ page }) => {
    await openDemo(page);
    await carousel(page).getByRole('button', { name: 'Agrandir la photo 1' }).click();
    const dialog = lightbox(page);
    await expect(dialog.getByRole('group', { name: '1 sur 14' })).toBeVisible();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const domNodes = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'Nodes')?.value ?? Number.NaN;
    };
    // Back and forth over the 14 photos, each press once the slide has come to rest: the pace of
    // the benchmark's long visit, under which every slide seen used to stay in memory.
    let at = 1;
    let forward = true;
    const walk = async (presses: number) => {
      for (let press = 0; press < presses; press++) {
        if (at === 14) forward = false;
        if (at === 1) forward = true;
        at += forward ? 1 : -1;
        await page.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft');
        await expect(dialog.getByText(`${at} / 14`).first()).toBeVisible();
        // At rest: no animation running on the clock (the caption's is driven by its scroll).
        await page.waitForFunction(
          () =>
            document.getAnimations().every((animation) => {
              const end = animation.effect?.getComputedTiming().endTime;
              return animation.playState !== 'running' || typeof end !== 'number' || end === Infinity;
            }),
          undefined,
          { polling: 'raf' },
        );
      }
    };
    await walk(10);
    const early = await domNodes();
    await walk(30);
    expect(await domNodes(), `DOM nodes after 40 changes, against ${early} after 10`).toBeLessThan(early * 1.2);
  });

  test('opens from its own address and shows the same photo as the carousel would', async ({ page }) => {
    await page.goto('/events/otan-bucarest-2022/photos/14');
    const dialog = lightbox(page);
    const slide = dialog.getByRole('group', { name: '14 sur 14' });
    await expect(slide).toContainText('14. ©MAEE Photo de groupe');
    await expect(dialog.getByText('14 / 14').first()).toBeVisible();
    await expectImageShown(slide.getByRole('img', { name: 'Photo de groupe' }));

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(`${DEMO}?photo=14`);
    await expectCarouselAt(page, 14, '©MAEE');
  });
});

/** Holds the first photo back by `ms`; the function returned says whether it has arrived since. */
async function slowFirstPhoto(page: Page, isFirstPhoto: (url: string) => boolean, ms: number) {
  let arrived = false;
  page.on('requestfinished', (request) => {
    if (isFirstPhoto(request.url())) arrived = true;
  });
  await page.route(
    (url) => isFirstPhoto(url.href),
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await route.continue();
    },
  );
  return () => arrived;
}

test.describe('loading', () => {
  test('the first photo loads alone: thumbnails and neighbours wait until it is in', async ({ page }) => {
    // Photo 1 in any size and format, not its thumbnail (01-thumb.webp).
    const isFirstPhoto = (url: string) => /\/otan-bucarest-2022\/(sizes\/)?01(-\d+)?\.(avif|webp|jpg)$/.test(url);
    const requestedBefore: string[] = [];
    const requestedAfter: string[] = [];
    // A slow photo leaves the rest of the page all the time it needs to start other downloads.
    const firstPhotoIn = await slowFirstPhoto(page, isFirstPhoto, 1500);
    page.on('request', (request) => {
      if (request.resourceType() !== 'image') return;
      const path = new URL(request.url()).pathname;
      (firstPhotoIn() ? requestedAfter : requestedBefore).push(path);
    });

    await openDemo(page);
    expect(requestedBefore).toHaveLength(1);
    expect(isFirstPhoto(requestedBefore[0] ?? '')).toBe(true);

    // Then the rest follows: the thumbnails in view, and photo 2, ready for the next swipe.
    const thumbnail = carousel(page).getByRole('button', { name: 'Photo 2', exact: true }).locator('img');
    await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    await expect.poll(() => requestedAfter.some((path) => /\/02(-\d+)?\.(avif|webp|jpg)$/.test(path))).toBe(true);
  });

  test("the app's code is fetched once, when the first photo is in", async ({ page }) => {
    const isFirstPhoto = (url: string) => /\/otan-bucarest-2022\/sizes\/01-\d+\.avif$/.test(url);
    const appRequests: { firstPhotoIn: boolean }[] = [];
    const firstPhotoIn = await slowFirstPhoto(page, isFirstPhoto, 1000);
    // The app's start-up chunk: src/app/main.tsx and what only it imports.
    page.on('request', (request) => {
      if (/\/assets\/main-[\w-]+\.js$/.test(request.url())) appRequests.push({ firstPhotoIn: firstPhotoIn() });
    });
    await openDemo(page);
    await carousel(page).getByRole('button', { name: 'Photo suivante' }).click();
    await expect(carousel(page).getByRole('group', { name: '2 sur 14' })).toBeVisible();
    // Preloaded, then imported: a second request would mean the preload was not the import's.
    expect(appRequests).toEqual([{ firstPhotoIn: true }]);
  });

  test('the stylesheet comes with the page, and not again when the lightbox and its chunks load', async ({ page }) => {
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(new URL(request.url()).pathname);
    });
    await openDemo(page);
    await carousel(page).getByRole('button', { name: 'Agrandir la photo 1' }).click();
    await expect(lightbox(page).getByRole('group', { name: '1 sur 14' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(stylesheets).toEqual([]);
  });
});

test('the home page leads to the demo event', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(DEMO);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expectCarouselAt(page, 1, '©MAEE');
});
