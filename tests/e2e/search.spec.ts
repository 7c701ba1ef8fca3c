import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { GalleryEvent, Photo } from '../../src/event/schema.ts';
import { CHROMIUM_404, expect, testWithCleanConsole } from './helpers.ts';
import { type ServedBuild, serveBuildWith } from './support/servedBuild.ts';

// Pagefind says so in a warning when its worker fails and it falls back to the page's thread.
const test = testWithCleanConsole();

function photo(n: number, extra: Partial<Photo>): Photo {
  const file = String(n).padStart(2, '0');
  return {
    src: `otan-bucarest-2022/${file}.jpg`,
    width: 2000,
    height: 1334,
    credit: 'MAEE',
    srcSet: [
      { src: `otan-bucarest-2022/sizes/${file}-480.avif`, width: 480, height: 320, type: 'image/avif' },
      { src: `otan-bucarest-2022/sizes/${file}-480.webp`, width: 480, height: 320, type: 'image/webp' },
      { src: `otan-bucarest-2022/sizes/${file}-960.webp`, width: 960, height: 640, type: 'image/webp' },
    ],
    ...extra,
  };
}

function event(
  id: string,
  extra: Partial<GalleryEvent> & Pick<GalleryEvent, 'title' | 'date' | 'photos'>,
): GalleryEvent {
  return { id, lang: 'fr', body: [], ...extra };
}

const EVENTS: GalleryEvent[] = [
  event('recherche-vienne-2023', {
    title: 'Réunion ministérielle de l’OSCE à Vienne',
    date: '2023-03-10',
    location: 'Vienne',
    body: ['Les ministres ont parlé de sécurité énergétique et d’une centrale hydrolienne sur le Danube.'],
    photos: [
      photo(1, {
        credit: 'OSCE',
        people: [
          { name: 'Mevlüt Çavuşoğlu', role: 'ministre turc des Affaires étrangères' },
          { name: 'Jean Asselborn' },
        ],
      }),
      photo(2, { people: [{ name: 'Jonas Gahr Støre', role: 'Premier ministre de la Norvège' }] }),
    ],
  }),
  event('recherche-bruxelles-2021', {
    title: 'Conseil des affaires étrangères à Bruxelles',
    date: '2021-05-04',
    location: 'Bruxelles',
    body: ['Le Conseil a débattu des relations avec les pays voisins.'],
    photos: [
      photo(3, { people: [{ name: 'Jean Asselborn' }, { name: 'Zbigniew Rau', role: 'ministre polonais' }] }),
      photo(4, { credit: 'UE', caption: 'Photo de famille des ministres' }),
    ],
  }),
  event('recherche-berlin-2022', {
    lang: 'de',
    title: 'Treffen mit Annalena Baerbock in Berlin',
    date: '2022-06-01',
    location: 'Berlin',
    photos: [photo(5, { people: [{ name: 'Annalena Baerbock', role: 'Außenministerin' }] })],
  }),
];

const VIENNA_PHOTO_1 = '/galleries/events/recherche-vienne-2023/photos/1';

let served: ServedBuild | undefined;

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  served = await serveBuildWith(EVENTS, 'search');
});

test.afterAll(async () => {
  await served?.stop();
});

/** Every CSP violation the page (or Pagefind's worker, through the console) reports. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Pagefind/i.test(message.text())) warnings.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)),
    ...warnings,
  ];
}

async function search(page: Page, query: string, path = '/search') {
  await page.goto(`${served?.site}${path}?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).not.toHaveText(/^$|Recherche en cours|Suche läuft/);
}

/** The list of matches, which the announced count names. */
const results = (page: Page) => page.getByRole('list', { name: /résultat|Treffer/ }).getByRole('listitem');

test('a name in one caption finds that photo: its page, thumbnail, the words marked, the event', async ({ page }) => {
  await search(page, 'Zbigniew');
  await expect(page.getByRole('status')).toHaveText('1 résultat pour « Zbigniew »');
  const link = results(page).getByRole('link');
  await expect(link).toHaveAttribute('href', '/galleries/events/recherche-bruxelles-2021/photos/1');
  // A decorative image: the link's text says what it shows.
  await expect(link.locator('img')).toHaveAttribute(
    'src',
    /\/galleries\/events\/otan-bucarest-2022\/sizes\/03-480\.webp$/,
  );
  await expect(link.locator('mark')).toHaveText('Zbigniew');
  await expect(link).toContainText('Conseil des affaires étrangères à Bruxelles');
  await expect(link).toContainText('Photo 1 · 4 mai 2021');
});

test('a search opened from its address comes in place: the field at once, and nothing jumps', async ({
  page,
  request,
}) => {
  // The page is there before any script: the title and the field, ready for a visitor without it.
  const html = await (await request.get(`${served?.site}/search`)).text();
  expect(html).toContain('<h1 class="eg-search__title">Recherche</h1>');
  expect(html).toContain('name="q"');
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await search(page, 'Zbigniew');
  await expect(page.getByRole('searchbox')).toHaveValue('Zbigniew');
  await expect(results(page)).toHaveCount(1);
  const shifted = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  // "Good" CLS is under 0.1; the footer used to jump as the page was built and filled (0.39).
  expect(shifted.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.05);
});

test('a word of one article finds that event, with its date and place', async ({ page }) => {
  await search(page, 'hydrolienne');
  await expect(page.getByRole('status')).toHaveText('1 résultat pour « hydrolienne »');
  const link = results(page).getByRole('link');
  await expect(link).toHaveAttribute('href', '/galleries/events/recherche-vienne-2023');
  await expect(link).toContainText('Réunion ministérielle de l’OSCE à Vienne');
  await expect(link).toContainText('10 mars 2023 · Vienne');
  await expect(link.locator('mark')).toHaveText(/^hydrolienne/);
});

// Pagefind folds Ç, ş, ğ and case itself; ø is no letter plus a mark, our records fold it.
const FOLDED: [query: string, name: string, photo: string][] = [
  ['cavusoglu', 'Çavuşoğlu', VIENNA_PHOTO_1],
  ['CAVUSOGLU', 'Çavuşoğlu', VIENNA_PHOTO_1],
  ['store', 'Støre', '/galleries/events/recherche-vienne-2023/photos/2'],
];
for (const [query, name, photo] of FOLDED) {
  test(`"${query}" finds ${name}: neither diacritics nor case matter`, async ({ page }) => {
    await search(page, query);
    const link = results(page)
      .getByRole('link')
      .and(page.locator(`[href="${photo}"]`));
    await expect(link).toContainText(name);
  });
}

test('the count is announced politely, and no match said in words', async ({ page }) => {
  await search(page, 'xylophone');
  await expect(page.getByRole('status')).toHaveText('Aucun résultat pour « xylophone »');
  await expect(page.getByRole('status')).toHaveAttribute('role', 'status');
  await expect(results(page)).toHaveCount(0);
});

test('a filter narrows the matches, in the address, and back undoes it', async ({ page }) => {
  await search(page, 'Asselborn');
  const all = await results(page).count();
  expect(all).toBeGreaterThan(2);
  await page.getByRole('combobox', { name: 'Année' }).selectOption('2021');
  await expect(page).toHaveURL(/[?&]year=2021/);
  await expect(page.getByRole('status')).toHaveText('1 résultat pour « Asselborn »');
  await expect(results(page).getByRole('link')).toHaveAttribute('href', /recherche-bruxelles-2021\/photos\/1$/);
  await page.goBack();
  await expect(page.getByRole('status')).toHaveText(`${all} résultats pour « Asselborn »`);
  await expect(page.getByRole('combobox', { name: 'Année' })).toHaveValue('');
});

test('each language searches its own index: a German event from the German page only', async ({ page }) => {
  await search(page, 'Baerbock');
  await expect(page.getByRole('status')).toHaveText('Aucun résultat pour « Baerbock »');
  await search(page, 'Baerbock', '/de/search');
  await expect(page.getByRole('status')).toHaveText('2 Treffer für „Baerbock“');
});

test('reachable by keyboard: the labelled field, Enter, then the first match', async ({ page }) => {
  await page.goto(`${served?.site}/search`);
  const field = page
    .getByRole('search')
    .getByRole('searchbox', { name: 'Rechercher un événement, un lieu, une personne' });
  await field.focus();
  await page.keyboard.type('Zbigniew');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=Zbigniew$/);
  await expect(page.getByRole('status')).toHaveText('1 résultat pour « Zbigniew »');
  await expect(field, 'the field keeps the focus').toBeFocused();
  for (let presses = 0; presses < 10; presses += 1) {
    await page.keyboard.press('Tab');
    if (
      await results(page)
        .getByRole('link')
        .evaluate((link) => link === document.activeElement)
    )
      return;
  }
  throw new Error('Tab never reached the match');
});

test('under nginx: WebAssembly allowed on the search page only, and no CSP violation there', async ({
  page,
  request,
}) => {
  const violations = await watchPolicy(page);
  await search(page, 'Asselborn');
  await expect(results(page).first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Personne' }).selectOption('Zbigniew Rau');
  await expect(page.getByRole('status')).toHaveText('1 résultat pour « Asselborn »');
  expect(await violations()).toEqual([]);
  const policy = async (path: string) =>
    (await request.get(`${served?.site}${path}`)).headers()['content-security-policy'];
  expect(await policy('/search?q=x')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(await policy('/de/search')).toContain("'wasm-unsafe-eval'");
  for (const path of ['/', '/events/recherche-vienne-2023', '/de/', VIENNA_PHOTO_1]) {
    const header = await policy(path);
    expect(header, path).toContain("script-src 'self';");
    expect(header, path).not.toMatch(/unsafe-eval|wasm/);
  }
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval'$/);
});

test('axe finds nothing on the search page with matches and filters', async ({ page }) => {
  await search(page, 'Asselborn');
  await expect(page.getByRole('combobox', { name: 'Année' })).toBeVisible();
  const found = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const report = found.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} ${node.target.join(' ')}: ${node.failureSummary}`),
  );
  expect(report).toEqual([]);
});

// The missing index answers 404, which Chromium logs whatever the page does.
const withoutIndex = testWithCleanConsole((text) => text.startsWith(CHROMIUM_404));

withoutIndex('without the index, the page says search is unavailable', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`${served?.site}/search?q=Asselborn`);
  await expect(page.getByRole('alert')).toHaveText(
    'La recherche n’est pas disponible pour le moment. Réessayez plus tard.',
  );
  await expect(page.getByRole('status')).toHaveText('');
});
