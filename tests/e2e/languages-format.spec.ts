import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GalleryEvent } from '../../src/event/schema.ts';
import { formatLanguage, INTL_LANGUAGES } from '../../src/i18n/format.ts';
import { expect, test } from './helpers.ts';
import { type ServedBuild, serveBuildWith } from './support/servedBuild.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/**
 * What a language's Intl writes for the app's dates and lists. It runs as it is in Node and in the
 * page, so it names nothing from outside; spaces are made plain as src/i18n/format.ts does.
 */
function intlTexts(locales: string[]): Record<string, string[]> {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');
  const texts: Record<string, string[]> = {};
  for (const locale of locales) {
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    texts[locale] = [
      date.format(day('2022-11-29')),
      date.formatRange(day('2022-11-29'), day('2022-11-30')),
      date.formatRange(day('2022-11-29'), day('2022-12-01')),
      date.formatRange(day('2022-12-30'), day('2023-01-02')),
      list.format(['A', 'B']),
      list.format(['A', 'B', 'C']),
    ].map(plain);
  }
  return texts;
}

/** Tags an event may carry: every language of the Intl set, region tags, lb and ones Chromium lacks. */
const TAGS = [
  ...INTL_LANGUAGES,
  ...['en-GB', 'fr-LU', 'de-LU', 'de-CH', 'de-AT', 'pt-PT', 'nl-BE', 'lb', 'lb-LU'],
  ...['ga', 'mt', 'eu', 'cy', 'is', 'sq', 'gl', 'bs', 'az'],
];

test('every language the app gives to Intl is written alike by Node and by Chromium', async ({ page }) => {
  // lb goes to our own tables, never to Intl: only what formatLanguage hands on is compared.
  const locales = [...new Set(TAGS.filter((tag) => !tag.startsWith('lb')).map(formatLanguage))];
  expect(locales).toContain('en');
  const inBrowser = await page.evaluate(intlTexts, locales);
  expect(inBrowser).toEqual(intlTexts(locales));
});

test('the Luxembourgish demo keeps its Luxembourgish dates and names once the app takes over', async ({ page }) => {
  await page.goto('/events/nato-bukarest-2022-lb');
  const title = 'Jean Asselborn beim Treffe vun den NATO-Ausseministeren zu Bukarest';
  const carousel = page.getByRole('region', { name: `Fotoen: ${title}` });
  await expect(carousel.getByRole('button', { name: 'Foto 1 vergréisseren' }), 'the app takes over').toBeEnabled();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('time').first()).toHaveText('29.–30. November 2022');
  await expect(carousel.getByRole('img', { name: 'Jean Asselborn an Hadja Lahbib' })).toBeVisible();
  await expect(carousel.getByText('(vu lénks no riets)').first()).toBeVisible();
});

/** An Irish event: a language the schema accepts, Node's Intl knows and Chromium's does not. */
function irishEvent(): GalleryEvent {
  const en = JSON.parse(readFileSync(join(REPO, 'public/events/nato-bucharest-2022-en.json'), 'utf8'));
  const { translationKey: _, ...event } = en;
  return {
    ...event,
    id: 'nato-bucairist-2022-ga',
    lang: 'ga',
    title: 'Jean Asselborn ag cruinniú Airí Gnóthaí Eachtracha NATO i mBúcairist',
    location: 'Búcairist',
    lead: 'Ghlac Jean Asselborn páirt i gcruinniú Airí Gnóthaí Eachtracha NATO i mBúcairist.',
    body: [],
    photos: en.photos.slice(0, 3),
  };
}

test.describe('an event in a language Chromium has no data for (ga)', () => {
  test.describe.configure({ mode: 'default' });
  const event = irishEvent();
  let served: ServedBuild | undefined;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    served = await serveBuildWith([event], 'ga');
  });

  test.afterAll(async () => {
    await served?.stop();
  });

  test('prerenders and hydrates the same English dates and lists, under an English interface', async ({ page }) => {
    await page.goto(`${served?.site}/events/${event.id}`);
    const carousel = page.getByRole('region', { name: `Photos: ${event.title}` });
    await expect(carousel.getByRole('button', { name: 'Enlarge photo 1' }), 'the app takes over').toBeEnabled();
    await expect(page.locator('time').first()).toHaveText('November 29 – 30, 2022');
    await expect(carousel.getByRole('img', { name: 'Jean Asselborn and Hadja Lahbib' })).toBeVisible();
  });
});
