import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { GalleryEvent } from '../../src/event/schema.ts';
import { ARCHIVE_EVENTS, ARCHIVE_SITE_URL, LONG_YEAR } from './support/archiveBuild.ts';
import { type Listed, listing, newestFirst, people, yearCounts, yearListing } from './support/archiveFacts.ts';
import { archiveTest } from './support/archiveTest.ts';

const test = archiveTest;
const { expect } = test;

/** Waits until the app has taken over the prerendered page. */
async function hydrated(page: Page) {
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
}

/** The cards of a listing page, as ids (from their links) and days. */
async function cards(page: Page): Promise<Listed[]> {
  return page.locator('.eg-card').evaluateAll((items) =>
    items.map((item) => ({
      id: item.querySelector('a')?.getAttribute('href')?.split('/events/')[1] ?? '',
      date: item.querySelector('time')?.getAttribute('datetime') ?? '',
    })),
  );
}

/** The cards of every page of a year's listing, following its "next page" links. */
async function wholeYear(page: Page, site: string, path: string, next: string): Promise<Listed[]> {
  await page.goto(`${site}${path}`);
  await hydrated(page);
  const shown = await cards(page);
  const more = page.getByRole('navigation', { name: /^(Pages|Seiten)$/ }).getByRole('link', { name: next });
  if ((await more.count()) === 0) return shown;
  const href = (await more.getAttribute('href')) ?? '';
  return [...shown, ...(await wholeYear(page, site, href.replace(/^\/galleries/, ''), next))];
}

/** A page's title as its HTML carries it, its entities read. */
function titleOf(html: string): string {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
  return title.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name] ?? '');
}

/** The day an event ends, by which listings sort: what has just ended comes first. */
const lastDay = (events: readonly GalleryEvent[]) => (card: Listed) => {
  const event = events.find((candidate) => candidate.id === card.id);
  return event?.endDate ?? event?.date ?? '';
};

const byId = (items: readonly Listed[]) => items.map((item) => item.id).sort();

test.describe(`an archive of ${ARCHIVE_EVENTS} event files, deployed with deploy/nginx.conf`, () => {
  test('the front page stays small and lists the newest events', async ({ page, request, archive }) => {
    const html = await (await request.get(`${archive.site}/`)).body();
    expect(html.byteLength, 'bytes of HTML').toBeLessThanOrEqual(200_000);

    await page.goto(`${archive.site}/`);
    await hydrated(page);
    const latest = page.getByRole('region', { name: 'Derniers événements' });
    const shown = await cards(page);
    await expect(latest.getByRole('listitem')).toHaveCount(shown.length);
    expect(shown.length).toBeLessThanOrEqual(60);
    expect(await page.evaluate(() => document.querySelectorAll('*').length), 'elements').toBeLessThanOrEqual(1500);

    const all = listing(archive.events, 'fr');
    expect(shown.length).toBe(Math.min(24, all.length));
    const day = lastDay(archive.events);
    expect(newestFirst(shown.map(day))).toBe(true);
    const oldestShown = Math.min(...shown.map((card) => Date.parse(day(card))));
    const left = all.filter((event) => !shown.some((card) => card.id === event.id));
    const newer = left.filter((event) => Date.parse(event.endDate ?? event.date) > oldestShown);
    expect(
      newer.map((event) => event.id),
      'newer events left out',
    ).toEqual([]);
  });

  test('the years nav leads to every year, whose pages list exactly its events, newest first', async ({
    page,
    archive,
  }) => {
    const counts = yearCounts(archive.events);
    await page.goto(`${archive.site}/`);
    await hydrated(page);
    const nav = page.getByRole('navigation', { name: 'Toutes les années' });
    // A link a year, and one for each later page of a long year.
    const later = [...counts.values()].reduce((sum, count) => sum + Math.ceil(count / 48) - 1, 0);
    await expect(nav.getByRole('link')).toHaveCount(counts.size + later);
    for (const [year, count] of counts) {
      const link = nav.getByRole('link', { name: new RegExp(`^${year}\\W+${count} événements?$`) });
      await expect(link).toHaveAttribute('href', `/galleries/years/${year}`);
      const shown = await wholeYear(page, archive.site, `/years/${year}`, 'Page suivante');
      expect(byId(shown), `the events of ${year}`).toEqual(byId(yearListing(archive.events, year, 'fr')));
      expect(shown.length).toBe(count);
      expect(newestFirst(shown.map(lastDay(archive.events))), `${year} newest first`).toBe(true);
      await page.goto(`${archive.site}/`);
    }
  });

  test('a long year links its pages with rel=prev and rel=next, and a page past its last is not found', async ({
    page,
    request,
    archive,
  }) => {
    // The prerendered head names them by the address the site was built for (SITE_URL).
    const year = `${ARCHIVE_SITE_URL}/galleries/years/${LONG_YEAR}`;
    const relOf = (html: string, rel: string) =>
      new RegExp(`<link rel="${rel}" href="([^"]*)"`).exec(html)?.[1] ?? null;
    const first = await (await request.get(`${archive.site}/years/${LONG_YEAR}`)).text();
    expect([relOf(first, 'prev'), relOf(first, 'next')]).toEqual([null, `${year}/2`]);
    const second = await (await request.get(`${archive.site}/years/${LONG_YEAR}/2`)).text();
    expect([relOf(second, 'prev'), relOf(second, 'next')]).toEqual([year, null]);

    // Two clicks to any event: the front page links a long year's later pages too.
    await page.goto(`${archive.site}/`);
    const years = page.getByRole('navigation', { name: 'Toutes les années' });
    await years.getByRole('link', { name: `${LONG_YEAR} · Page 2 sur 2` }).click();
    await expect(page).toHaveURL(`${archive.site}/years/${LONG_YEAR}/2`);

    await page.goto(`${archive.site}/years/${LONG_YEAR}/2`);
    await hydrated(page);
    const head = (rel: string) => page.locator(`head link[rel="${rel}"]`);
    await expect(head('prev')).toHaveAttribute('href', `${archive.site}/years/${LONG_YEAR}`);
    await expect(head('next')).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page précédente' }).click();
    await expect(page).toHaveURL(`${archive.site}/years/${LONG_YEAR}`);
    await expect(head('next')).toHaveAttribute('href', `${archive.site}/years/${LONG_YEAR}/2`);
    await expect(head('prev')).toHaveCount(0);

    await page.goto(`${archive.site}/years/${LONG_YEAR}/3`);
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(page).toHaveTitle(/^Page introuvable/);
    await expect(head('prev')).toHaveCount(0);
    const german = await request.get(`${archive.site}/de/years/${LONG_YEAR}/3`);
    expect(german.status()).toBe(404);
    expect(await german.text()).toContain('Seite nicht gefunden');
  });

  test('the German year pages list the German versions where there are', async ({ page, archive }) => {
    const germanYears = [...yearCounts(archive.events).keys()].filter((year) =>
      archive.events.some((event) => event.lang === 'de' && event.date.startsWith(year)),
    );
    expect(germanYears).toContain(LONG_YEAR);
    for (const year of [LONG_YEAR, germanYears.find((other) => other !== LONG_YEAR) ?? LONG_YEAR]) {
      const shown = await wholeYear(page, archive.site, `/de/years/${year}`, 'Nächste Seite');
      const expected = yearListing(archive.events, year, 'de');
      expect(expected.some((event) => event.id.endsWith('-de'))).toBe(true);
      expect(byId(shown), `the German listing of ${year}`).toEqual(byId(expected));
    }
  });

  test("a person's page shows their photos from several events, each leading to its photo's page", async ({
    page,
    request,
    archive,
  }) => {
    const person = people(archive.events).find(({ events, photos }) => events >= 3 && photos.length <= 24);
    if (!person) throw new Error('the archive has nobody in three events with at most 24 photos');
    await page.goto(`${archive.site}/people/${person.slug}`);
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
    const links = page.locator('.eg-person__photos').getByRole('link');
    const hrefs = await links.evaluateAll((items) => items.map((item) => item.getAttribute('href') ?? ''));
    expect([...hrefs].sort()).toEqual(person.photos.map((photo) => `/galleries${photo}`).sort());
    expect(new Set(hrefs.map((href) => href.split('/photos/')[0])).size).toBe(person.events);
    const dates = await page
      .locator('.eg-person__photos time')
      .evaluateAll((items) => items.map((item) => item.getAttribute('datetime') ?? ''));
    expect(newestFirst(dates)).toBe(true);
    for (const href of hrefs) {
      const response = await request.get(`${archive.site}${href.replace(/^\/galleries/, '')}`);
      expect(response.status(), href).toBe(200);
      const id = href.split('/')[3];
      const event = archive.events.find((candidate) => candidate.id === id);
      expect(titleOf(await response.text()), `the page of ${href}`).toBe(event?.title);
    }
    await links.first().click();
    await expect(page).toHaveURL(`${archive.site}${(hrefs[0] ?? '').replace(/^\/galleries/, '')}`);
    await expect(page.getByRole('dialog', { name: 'Visionneuse de photos' })).toBeVisible();
  });

  test('a search finds the one photo naming a person, and the one event whose article has a word', async ({
    page,
    archive,
  }) => {
    const french = (id: string) => archive.events.find((event) => event.id === id)?.lang === 'fr';
    const person = archive.uniquePeople.find(({ eventId }) => french(eventId));
    const word = archive.uniqueWords.find(({ eventId }) => french(eventId));
    if (!person || !word) throw new Error('the archive has no French event with a unique person and word');
    const surname = person.name.split(' ').at(-1) ?? person.name;
    const results = page.getByRole('list', { name: /résultat/ }).getByRole('listitem');

    await page.goto(`${archive.site}/search?q=${encodeURIComponent(surname)}`);
    await expect(page.getByRole('status')).toHaveText(`1 résultat pour « ${surname} »`);
    await expect(results.getByRole('link')).toHaveAttribute(
      'href',
      `/galleries/events/${person.eventId}/photos/${person.photo}`,
    );
    await expect(results.locator('mark')).toContainText(surname);

    await page.goto(`${archive.site}/search?q=${encodeURIComponent(word.word)}`);
    await expect(page.getByRole('status')).toHaveText(`1 résultat pour « ${word.word} »`);
    await expect(results.getByRole('link')).toHaveAttribute('href', `/galleries/events/${word.eventId}`);
  });

  test('/people lists everyone with their counts, and its letters jump to their initial', async ({ page, archive }) => {
    const everyone = people(archive.events);
    await page.goto(`${archive.site}/people`);
    await hydrated(page);
    await expect(page.locator('.eg-people__person')).toHaveCount(everyone.length);
    for (const person of everyone.filter(({ events }) => events >= 3).slice(0, 5)) {
      const item = page.locator('.eg-people__person').filter({
        has: page.getByRole('link', { name: person.name, exact: true }),
      });
      const photos = `${person.photos.length} photo${person.photos.length > 1 ? 's' : ''}`;
      await expect(item).toContainText(`${photos} · ${person.events} événements`);
    }
    const letters = page.getByRole('navigation', { name: 'Initiales' }).getByRole('link');
    const last = letters.last();
    const letter = (await last.textContent()) ?? '';
    await last.click();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#eg-people-${letter}`);
    await expect(page.getByRole('heading', { level: 2, name: letter, exact: true })).toBeInViewport();
  });

  for (const lang of ['fr', 'de']) {
    const prefix = lang === 'fr' ? '' : `/${lang}`;
    for (const path of [`${prefix}/years/${LONG_YEAR}`, `${prefix}/people`, `${prefix}/people/<person>`]) {
      test(`axe finds nothing to fix on ${path}`, async ({ page, archive }) => {
        const someone = people(archive.events).find(({ events }) => events >= 3)?.slug ?? '';
        await page.goto(`${archive.site}${path.replace('<person>', someone)}`);
        await hydrated(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const report = results.violations.flatMap((violation) =>
          violation.nodes.map((node) => `${violation.id} (${violation.impact}) ${node.target.join(' ')}`),
        );
        expect(report, `axe violations on ${path}:\n${report.join('\n')}`).toEqual([]);
      });
    }
  }
});
