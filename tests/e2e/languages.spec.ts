import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectImageShown, tabTo, test } from './helpers.ts';

const titleOf = (id: string) =>
  (JSON.parse(readFileSync(`public/events/${id}.json`, 'utf8')) as { title: string }).title;

/** A version of the demo, with what its page says: its language's name and the switch's name. */
function demoVersion(lang: string, id: string, name: string, nav: string) {
  return { lang, id, name, nav, path: `/events/${id}`, title: titleOf(id) };
}
const FRENCH = demoVersion('fr', 'otan-bucarest-2022', 'Français', 'Autres langues');
const GERMAN = demoVersion('de', 'nato-bukarest-2022-de', 'Deutsch', 'Andere Sprachen');
const ENGLISH = demoVersion('en', 'nato-bucharest-2022-en', 'English', 'Other languages');
const LUXEMBOURGISH = demoVersion('lb', 'nato-bukarest-2022-lb', 'Lëtzebuergesch', 'Aner Sproochen');
/** In the site's order of languages, as the switch and the head list them. */
const VERSIONS = [FRENCH, GERMAN, ENGLISH, LUXEMBOURGISH];
type Version = typeof FRENCH;
const HREFLANGS = ['fr', 'de', 'en', 'lb', 'x-default'];

/** The `hreflang` of each `<link rel="alternate">` in a page's HTML, with its address. */
function alternatesIn(html: string): [string, string][] {
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [
    m[1] ?? '',
    m[2] ?? '',
  ]);
}

/** The alternates of the page shown, as the app keeps them in `<head>`. */
function alternatesShown(page: Page) {
  return page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links: HTMLLinkElement[]) => links.map((link) => [link.hreflang, new URL(link.href).pathname]));
}

/** Waits for the app to take over an event page: its controls are unavailable until then. */
async function expectEventReady(page: Page, version: Version) {
  await expect(page.getByRole('heading', { level: 1, name: version.title })).toBeVisible();
  await expect(page.getByRole('group').getByRole('button').first()).toBeEnabled();
}

test.describe('the demo in four languages', () => {
  for (const version of VERSIONS) {
    test(`the ${version.lang} version links to the other three, each with hreflang and lang`, async ({ page }) => {
      await page.goto(version.path);
      await expectEventReady(page, version);
      await expect(page.locator('html')).toHaveAttribute('lang', version.lang);
      const languages = page.getByRole('banner').getByRole('navigation', { name: version.nav });
      const others = VERSIONS.filter((other) => other !== version);
      await expect(languages.getByRole('link')).toHaveText(others.map((other) => other.name));
      for (const other of others) {
        const link = languages.getByRole('link', { name: other.name });
        await expect(link).toHaveAttribute('href', other.path);
        await expect(link).toHaveAttribute('hreflang', other.lang);
        await expect(link).toHaveAttribute('lang', other.lang);
      }
      // After the app has taken over, the head still names each version once.
      expect(await alternatesShown(page)).toEqual([
        ...VERSIONS.map((v) => [v.lang, v.path]),
        ['x-default', FRENCH.path],
      ]);
    });
  }

  test('every head names the page in fr, de, en, lb and x-default', async ({ request }) => {
    const addresses = [
      '/',
      ...['fr', 'de', 'en', 'lb'].map((lang) => `/${lang}/`),
      ...VERSIONS.flatMap((version) => [version.path, `${version.path}/photos/3`]),
    ];
    for (const address of addresses) {
      const html = await (await request.get(address)).text();
      expect(
        alternatesIn(html).map(([hreflang]) => hreflang),
        address,
      ).toEqual(HREFLANGS);
    }
    const photo = alternatesIn(await (await request.get(`${LUXEMBOURGISH.path}/photos/3`)).text());
    expect(photo, "a photo's page names that photo in each version").toEqual([
      ...VERSIONS.map((version): [string, string] => [version.lang, `${version.path}/photos/3`]),
      ['x-default', `${FRENCH.path}/photos/3`],
    ]);
  });
});

test('the accessibility statement, written in each language, names and offers the others', async ({ page }) => {
  const html = await (await page.request.get('/de/accessibility')).text();
  expect(alternatesIn(html).map(([hreflang]) => hreflang)).toEqual(HREFLANGS);
  await page.goto('/de/accessibility');
  const languages = page.getByRole('navigation', { name: 'Andere Sprachen' });
  await expect(languages.getByRole('link', { name: 'Français' })).toHaveAttribute('href', '/accessibility', {
    timeout: 2_000,
  });
});

test.describe('the listings', () => {
  test('/de/ lists the demo once, in German, and / once, in French', async ({ page }) => {
    for (const [address, version, heading, latest, count] of [
      ['/de/', GERMAN, 'Fotogalerien', 'Neueste Veranstaltungen', '14 Fotos'],
      ['/', FRENCH, 'Galeries photos', 'Derniers événements', '14 photos'],
    ] as const) {
      await page.goto(address);
      await expect(page.locator('html')).toHaveAttribute('lang', version.lang);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      const cards = page.getByRole('region', { name: latest }).getByRole('listitem');
      await expect(cards).toHaveCount(1);
      await expect(cards).toHaveAttribute('lang', version.lang);
      await expect(cards.getByRole('link', { name: version.title })).toHaveAttribute('href', version.path);
      await expect(cards.getByText(count, { exact: true })).toBeVisible();
    }
  });

  test('/fr/ names / as its canonical address, and / names none', async ({ page, request }) => {
    expect(await (await request.get('/fr/')).text()).toContain('<link rel="canonical" href="/">');
    expect(await (await request.get('/')).text()).not.toContain('rel="canonical"');
    await page.goto('/fr/');
    await expect(page.getByRole('heading', { level: 1, name: 'Galeries photos' })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^http:\/\/[^/]+\/$/);
  });

  test('a page missing under /de/ says so in German', async ({ page }) => {
    await page.goto('/de/keine-solche-seite');
    await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle('Seite nicht gefunden');
    await expect(page.getByRole('link', { name: 'Alle Veranstaltungen' })).toHaveAttribute('href', '/de/');
  });
});

test.describe('switching language keeps the photo', () => {
  test('from ?photo=3, Deutsch opens photo 3 of the German version, in German', async ({ page }) => {
    await page.goto(`${FRENCH.path}?photo=3`);
    await expectEventReady(page, FRENCH);
    await page.getByRole('navigation', { name: 'Autres langues' }).getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL(`${GERMAN.path}?photo=3`);
    await expect(page.getByRole('heading', { level: 1, name: GERMAN.title })).toBeVisible();
    const gallery = page.getByRole('region', { name: `Fotos: ${GERMAN.title}` });
    await expect(gallery.getByRole('group', { name: '3 von 14' })).toBeVisible();
    await expect(gallery.getByText('3 / 14', { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('navigation', { name: 'Andere Sprachen' })).toBeVisible();

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: FRENCH.title })).toBeVisible();
    await expect(page.getByRole('region', { name: `Photos : ${FRENCH.title}` }).getByText('3 / 14')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('navigation', { name: 'Autres langues' })).toBeVisible();
  });

  test('from the lightbox on /photos/3, the German link opens the German lightbox on photo 3', async ({ page }) => {
    await page.goto(`${FRENCH.path}/photos/3`);
    const french = page.getByRole('dialog', { name: 'Visionneuse de photos' });
    await expectImageShown(french.getByRole('group', { name: '3 sur 14' }).getByRole('img'));
    const german = page.getByRole('navigation', { name: 'Autres langues' }).getByRole('link', { name: 'Deutsch' });
    await expect(german).toHaveAttribute('href', `${GERMAN.path}/photos/3`);
    // The modal lightbox covers the header (see the next test): the link is followed as the app
    // would follow it, to check where it leads.
    await german.dispatchEvent('click');

    await expect(page).toHaveURL(`${GERMAN.path}/photos/3`);
    const dialog = page.getByRole('dialog', { name: 'Fotoansicht' });
    await expectImageShown(dialog.getByRole('group', { name: '3 von 14' }).getByRole('img'));
    await expect(dialog.getByText('3 / 14', { exact: true }).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('navigation', { name: 'Andere Sprachen' })).toBeAttached();
  });

  test('a visitor in the lightbox switches language from its own menu, by mouse and by keyboard', async ({ page }) => {
    await page.goto(`${FRENCH.path}/photos/3`);
    const dialog = page.getByRole('dialog', { name: 'Visionneuse de photos' });
    await expectImageShown(dialog.getByRole('group', { name: '3 sur 14' }).getByRole('img'));
    const menu = dialog.getByRole('button', { name: 'Autres langues' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(dialog.getByRole('link', { name: 'Deutsch' })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await dialog.getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL(`${GERMAN.path}/photos/3`);
    const german = page.getByRole('dialog', { name: 'Fotoansicht' });
    await expectImageShown(german.getByRole('group', { name: '3 von 14' }).getByRole('img'));

    const back = german.getByRole('button', { name: 'Andere Sprachen' });
    await back.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(german.getByRole('link', { name: 'Français' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${FRENCH.path}/photos/3`);
    await expect(page.getByRole('dialog', { name: 'Visionneuse de photos' })).toBeVisible();
  });

  test('the switch is reached with Tab, and Enter follows it', async ({ page }) => {
    await page.goto(GERMAN.path);
    await expectEventReady(page, GERMAN);
    const french = page.getByRole('navigation', { name: 'Andere Sprachen' }).getByRole('link', { name: 'Français' });
    await tabTo(page, french, 4);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(FRENCH.path);
    await expect(page.getByRole('heading', { level: 1, name: FRENCH.title })).toBeVisible();
  });
});

test.describe('axe-core', () => {
  for (const { name, path, ready } of [
    {
      name: 'the German listing',
      path: '/de/',
      ready: (page: Page) => expect(page.getByRole('link', { name: GERMAN.title })).toBeVisible(),
    },
    {
      name: 'the Luxembourgish event',
      path: LUXEMBOURGISH.path,
      ready: (page: Page) =>
        expectImageShown(page.getByRole('button', { name: 'Foto 1 vergréisseren' }).getByRole('img')),
    },
  ]) {
    test(`finds no WCAG 2.1 A or AA violation on ${name}`, async ({ page }) => {
      await page.goto(path);
      await ready(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const report = results.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id} ${node.target.join(' ')}: ${node.failureSummary}`),
      );
      expect(report, `axe violations on ${path}`).toEqual([]);
    });
  }
});
