import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigEvent } from '../../scripts/bench/bigEvent.ts';
import type { GalleryEvent } from '../../src/event/schema.ts';
import { expect, test } from './helpers.ts';
import { type ServedBuild, serveBuildWith } from './support/servedBuild.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ID = 'large-60';
const COUNT = 60;
/** What the build puts in a page at most (PAGE_PHOTOS in scripts/build/prerender.ts). */
const PAGE_PHOTOS = 24;
/** Photo 60's caption: no other photo has it, so the page's HTML can be searched for it. */
const LAST_CAPTION = 'Clôture de la réunion, vue depuis la tribune de presse';

/** The demo event's texts with 60 photos (the bench's generated ones), the last with a caption of its own. */
function largeEvent(): GalleryEvent {
  const demo = JSON.parse(readFileSync(join(REPO, 'public/events/otan-bucarest-2022.json'), 'utf8')) as GalleryEvent;
  const photos = bigEvent(demo).photos.slice(0, COUNT);
  const last = photos[COUNT - 1];
  if (!last) throw new Error(`the generated event has fewer than ${COUNT} photos`);
  photos[COUNT - 1] = { ...last, caption: LAST_CAPTION };
  // An event of its own, not a second French version of the demo.
  const { translationKey: _, ...texts } = demo;
  return { ...texts, id: ID, title: `${demo.title} (60 photos)`, photos };
}
const event = largeEvent();
const firstPhoto = event.photos[0];
const lastPhoto = event.photos[COUNT - 1];

/** What a browser without JavaScript shows of a page: its body's text, without scripts, tags or comments. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return body
    .replace(/<script[\s\S]*?<\/script>|<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

/** The data a prerendered page carries for the app, as the script element holds it. */
function pageData(html: string): { event: { event: { photos: unknown[] }; total: number; partial?: boolean } } {
  const json = /<script type="application\/json" id="eg-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error('the page carries no data for the app');
  return JSON.parse(json);
}

test.describe(`a prerendered event of ${COUNT} photos, deployed with deploy/nginx.conf`, () => {
  // One build and one nginx for the group; a failing test does not skip the rest.
  test.describe.configure({ mode: 'default' });

  let served: ServedBuild | undefined;
  let site = '';

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    served = await serveBuildWith([event], 'large');
    site = served.site;
  });

  test.afterAll(async () => {
    await served?.stop();
  });

  test(`the page as served shows photo 1 and carries the data of ${PAGE_PHOTOS} photos at most`, async ({
    request,
  }) => {
    const response = await request.get(`${site}/events/${ID}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(`aria-label="1 sur ${COUNT}"`);
    expect(html).toContain('aria-label="Agrandir la photo 1"');
    const text = visibleText(html);
    expect(text).toContain(`1 / ${COUNT}`);
    expect(text).toContain(`1. (de g. à dr.) ${firstPhoto?.people?.[0]?.name}`);

    const data = pageData(html);
    expect(data.event.total).toBe(COUNT);
    expect(data.event.partial).toBe(true);
    expect(data.event.event.photos.length).toBeGreaterThan(0);
    expect(data.event.event.photos.length).toBeLessThanOrEqual(PAGE_PHOTOS);
    expect(html).not.toContain(LAST_CAPTION);
  });

  test(`the app fetches the event file, and the lightbox's End key reaches photo ${COUNT}`, async ({ page }) => {
    const file = page.waitForResponse(`${site}/events/${ID}.json`, { timeout: 10_000 });
    await page.goto(`${site}/events/${ID}`);
    expect((await file).status()).toBe(200);

    const carousel = page.getByRole('region', { name: `Photos : ${event.title}` });
    const open = carousel.getByRole('button', { name: 'Agrandir la photo 1' });
    await expect(open, 'the app takes over the page').toBeEnabled();
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Visionneuse de photos' });
    await expect(dialog.getByText(`1 / ${COUNT}`, { exact: true }).first()).toBeVisible();

    await page.keyboard.press('End');
    const slide = dialog.getByRole('group', { name: `${COUNT} sur ${COUNT}` });
    await expect(slide).toContainText(`${COUNT}. ©${lastPhoto?.credit}`);
    await expect(slide).toContainText(LAST_CAPTION);
    await expect(dialog.getByText(`${COUNT} / ${COUNT}`, { exact: true }).first()).toBeVisible();
    await expect(page).toHaveURL(`${site}/events/${ID}/photos/${COUNT}`);
  });

  test(`?photo=${COUNT} opens the carousel on photo ${COUNT}, past the page's data`, async ({ page }) => {
    await page.goto(`${site}/events/${ID}?photo=${COUNT}`);
    const carousel = page.getByRole('region', { name: `Photos : ${event.title}` });
    const slide = carousel.getByRole('group', { name: `${COUNT} sur ${COUNT}` });
    await expect(slide).toContainText(`${COUNT}. `);
    await expect(slide).toContainText(LAST_CAPTION);
    for (const { name } of lastPhoto?.people ?? []) await expect(slide).toContainText(name);
    await expect(carousel.getByText(`${COUNT} / ${COUNT}`, { exact: true })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
