import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  CHROMIUM_404,
  carousel,
  DEMO,
  expect,
  expectCarouselAt,
  expectImageShown,
  lightbox,
  TITLE,
  test,
  testWithCleanConsole,
} from './helpers.ts';

/** An address no public event has: each test says what the server answers there. */
const ID = 'xss-test';

// biome-ignore lint/suspicious/noExplicitAny: event files are handled as the raw JSON they are
type Json = any;

function fixture(name: string): Json {
  return JSON.parse(readFileSync(resolve('tests/fixtures/hostile', `${name}.json`), 'utf8'));
}

function demoEvent(): Json {
  return JSON.parse(readFileSync(resolve('public/events/otan-bucarest-2022.json'), 'utf8'));
}

/** The demo event's photos (without their sizes) repeated until there are `count`. */
function bigEvent(count: number): Json {
  const demo = demoEvent();
  const photos = Array.from({ length: count }, (_, index) => {
    const { srcSet, ...photo } = demo.photos[index % demo.photos.length];
    return photo;
  });
  return { ...demo, photos };
}

/** Makes the server answer `event`, under the id `id`, at `/events/<id>.json`. */
async function serveEvent(page: Page, id: string, event: Json) {
  await page.route(`**/events/${id}.json`, (route) => route.fulfill({ json: { ...event, id } }));
}

test.describe('markup in an event’s text', () => {
  for (const name of ['xss-img-onerror', 'xss-script-breakout', 'xss-svg-and-templates']) {
    test(`${name}: shows as text and never runs, in the page and the lightbox`, async ({ page }) => {
      await page.addInitScript(() => {
        const spied = window as unknown as Record<string, unknown> & { __xss: number; __dialogs: string[] };
        spied.__xss = 0;
        spied.__dialogs = [];
        for (const kind of ['alert', 'confirm', 'prompt']) {
          const original = spied[kind] as (...args: unknown[]) => unknown;
          spied[kind] = (...args: unknown[]) => {
            spied.__dialogs.push(kind);
            return original.apply(window, args);
          };
        }
      });
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const event = fixture(name);
      const [first, second] = event.photos;
      await serveEvent(page, ID, event);
      await page.goto(`/events/${ID}`);

      await expect(page.getByRole('heading', { level: 1, name: event.title })).toBeVisible();
      for (const text of [event.lead, ...event.body, event.source, event.location]) {
        await expect(page.getByText(text, { exact: true })).toBeVisible();
      }
      const gallery = page.getByRole('region', { name: `Photos : ${event.title}` });
      await expect(gallery.getByText(`©${first.credit}`, { exact: true })).toBeVisible();
      await expect(gallery.getByRole('group', { name: '1 sur 3' })).toContainText(
        `(de g. à dr.) ${first.people[0].name}, ${first.people[0].role} ; ${first.people[1].name}`,
      );
      await expectImageShown(gallery.getByRole('img', { name: first.alt }));
      await expect(page).toHaveTitle(event.title);

      await gallery.getByRole('button', { name: 'Agrandir la photo 1' }).click();
      const dialog = lightbox(page);
      await expect(dialog.getByRole('group', { name: '1 sur 3' })).toContainText(first.caption);
      await page.keyboard.press('ArrowRight');
      const slide = dialog.getByRole('group', { name: '2 sur 3' });
      await expect(slide).toContainText(`2. ©${second.credit} ${second.people[0].name}, ${second.people[0].role}`);
      await expectImageShown(slide.getByRole('img', { name: `${second.people[0].name}. ${second.caption}` }));

      const active = page.locator(
        'script:not([src]):not([type="application/json"]), iframe, object, embed, [onerror], [onload], [onclick], a[href^="javascript"], img[src="x"]',
      );
      await expect(active).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __dialogs: string[] }).__dialogs)).toEqual([]);
      expect(dialogs).toEqual([]);
    });
  }

  test('a right-to-left override inside a name does not reverse the text after it', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await serveEvent(page, ID, fixture('names-zero-width-rtl-override'));
    await page.goto(`/events/${ID}`);
    const slide = carousel(page).getByRole('group', { name: '1 sur 3' });
    await expect(slide).toContainText('Jean\u200bAsselborn');
    // Measured once the names have become links (the slug library comes after the first render).
    await expect(slide.getByRole('link')).toHaveCount(2);
    expect(await firstWordReadsLeftToRight(slide.getByText('ministre des Affaires étrangères de la Belgique'))).toBe(
      true,
    );
    expect(await firstWordReadsLeftToRight(slide.getByText('Jean\u200bAsselborn'))).toBe(true);
  });
});

/** Whether the first word of an element's text is laid out with its first letter left of its last. */
function firstWordReadsLeftToRight(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    let text: Text | null = null;
    while (walker.nextNode()) {
      const current = walker.currentNode as Text;
      if (/\p{L}{3}/u.test(current.data)) text = text ?? current;
    }
    if (!text) throw new Error('no word in the element');
    const word = /\p{L}+/u.exec(text.data) as RegExpExecArray;
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(text as Text, offset);
      range.setEnd(text as Text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    return at(word.index) < at(word.index + word[0].length - 1);
  });
}

/** Like helpers' `test`, but a photo answered with 404 may leave Chromium's one line about it. */
const brokenImageTest = testWithCleanConsole((text) => text.startsWith(CHROMIUM_404));

/** Photo 1 of the demo in every encoding and size, its thumbnail included. */
const PHOTO_1 = /\/events\/otan-bucarest-2022\/(sizes\/)?01[.-]/;

test.describe('a photo that does not load', () => {
  const answers = {
    '404': { status: 404, contentType: 'text/plain', body: 'Not found' },
    'an HTML page': { status: 200, contentType: 'text/html', body: '<!doctype html><title>Oops</title><p>Oops</p>' },
  };
  for (const [what, answer] of Object.entries(answers)) {
    brokenImageTest(`answered with ${what}: a placeholder, a working carousel, a retry on return`, async ({ page }) => {
      await page.route(PHOTO_1, (route) => route.fulfill(answer));
      await page.goto(DEMO);
      await expect(carousel(page).getByRole('img', { name: 'La photo 1 n’a pas pu être chargée.' })).toBeVisible();
      await expectCarouselAt(page, 1, '©MAEE');

      await carousel(page).getByRole('button', { name: 'Photo suivante' }).click();
      const second = await expectCarouselAt(page, 2, '©NATO');
      await expectImageShown(second.getByRole('img', { name: /^Klaus Iohannis, Bogdan Aurescu/ }));

      await page.unroute(PHOTO_1);
      await carousel(page).getByRole('button', { name: 'Photo précédente' }).click();
      const first = await expectCarouselAt(page, 1, '©MAEE');
      await expectImageShown(first.getByRole('img', { name: 'Jean Asselborn et Hadja Lahbib' }));
      await expect(page.getByRole('img', { name: 'La photo 1 n’a pas pu être chargée.' })).toHaveCount(0);
    });
  }
});

test('a stalled event file ends in the timeout message, and Réessayer loads it once the server answers', async ({
  page,
}) => {
  // The app waits 15 s (LOAD_TIMEOUT_MS) before giving up, as a visitor would.
  test.setTimeout(40_000);
  const address = `**/events/${ID}.json`;
  await page.route(address, () => {
    // Never answered: the request hangs until the app gives up on it.
  });
  const started = Date.now();
  await page.goto(`/events/${ID}`);
  await expect(page.getByRole('status')).toHaveText('Chargement…');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Le fichier de l’événement met trop de temps à arriver.', { timeout: 25_000 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(14_000);
  await expect(alert).toContainText(`Fichier : /events/${ID}.json`);

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await serveEvent(page, ID, demoEvent());
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expectCarouselAt(page, 1, '©MAEE');
});

test.describe('an event with 2,000 photos', () => {
  /** Opens an event of `count` photos and counts what the page holds once photo 1 has loaded. */
  async function openAndCount(page: Page, count: number) {
    const id = `big-${count}`;
    await serveEvent(page, id, bigEvent(count));
    await page.goto(`/events/${id}`);
    const slide = page.getByRole('group', { name: `1 sur ${count}` });
    await expectImageShown(slide.getByRole('img', { name: 'Jean Asselborn et Hadja Lahbib' }));
    // Once photo 1 is in, the next one preloads, and the names become links once the slug library
    // has come: wait for both so every page is counted alike.
    await expect(slide.locator('.eg-slide__preload img')).toHaveCount(1);
    await expect(slide.getByRole('link', { name: 'Jean Asselborn' })).toBeVisible();
    return page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      thumbnails: document.querySelectorAll('.eg-thumbs__item').length,
      elements: document.querySelectorAll('*').length,
    }));
  }

  test('keeps the page as small as a 14-photo one, and moves to photo 2 of 2000', async ({ page }) => {
    const fourteen = await openAndCount(page, 14);
    const hundred = await openAndCount(page, 100);
    const big = await openAndCount(page, 2000);

    // The thumbnail strip holds 14 thumbnails at most: past that, more photos add nothing.
    expect(big).toEqual(hundred);
    expect(big.images).toBe(fourteen.images);
    expect(big.thumbnails).toBe(fourteen.thumbnails);
    expect(big.elements).toBeLessThan(1.5 * fourteen.elements);

    await carousel(page).getByRole('button', { name: 'Photo suivante' }).click();
    await expect(page.getByRole('group', { name: '2 sur 2000' })).toBeVisible();
    await expect(carousel(page).getByText('2 / 2000', { exact: true })).toBeVisible();
    await expect(page).toHaveURL('/events/big-2000?photo=2');
  });
});

test.describe('odd addresses', () => {
  /** Records every request the page makes, but the navigation itself. */
  function recordRequests(page: Page) {
    const requests: { path: string; type: string }[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest()) return;
      requests.push({ path: decodeURIComponent(new URL(request.url()).pathname), type: request.resourceType() });
    });
    return requests;
  }

  /**
   * Nothing outside the site's own assets, events/ and archive/ folders, and data only from an
   * event's file or its year's (where its other languages are listed).
   */
  function expectOnlyOwnFiles(requests: { path: string; type: string }[]) {
    for (const { path, type } of requests) {
      expect(path).not.toMatch(/\.\.|passwd|\/etc\//);
      expect(path).toMatch(/^\/(assets|events|archive)\//);
      if (type === 'fetch' || type === 'xhr') {
        expect(path).toMatch(/^\/(events\/[a-z0-9-]+|archive\/years\/\d{4})\.json$/);
      }
    }
  }

  test('/events/..%2F..%2Fetc%2Fpasswd is a page not found, and asks for no file', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto('/events/..%2F..%2Fetc%2Fpasswd');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    expectOnlyOwnFiles(requests);
    expect(requests.filter(({ type }) => type === 'fetch' || type === 'xhr')).toEqual([]);
  });

  // Which texts are not photo numbers is the component tests' table; here, one lightbox address
  // shows that the notice comes without a lightbox and asks for nothing else.
  for (const [address, asked] of [[`${DEMO}/photos/1e3`, '1e3']] as const) {
    test(`${address} says there is no such photo and shows photo 1`, async ({ page }) => {
      const requests = recordRequests(page);
      await page.goto(address);
      await expect(page.getByRole('alert')).toContainText(
        `Il n’y a pas de photo « ${asked} » : cet événement en compte 14.`,
      );
      await expectCarouselAt(page, 1, '©MAEE');
      await expect(lightbox(page)).toHaveCount(0);
      expectOnlyOwnFiles(requests);
    });
  }
});
