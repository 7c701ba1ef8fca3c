import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO, expect, test } from './helpers.ts';

/** The pages of the demo in each language the footer must speak, from site.config.json. */
const LANGUAGES = [
  {
    lang: 'fr',
    index: '/',
    event: DEMO,
    statement: '/accessibility',
    publisher: 'Ministère des Affaires étrangères et européennes (démo)',
    links: ['Mentions légales', 'Protection des données', 'Contact', 'Accessibilité'],
    title: 'Déclaration d’accessibilité',
    demo: 'Site de démonstration',
  },
  {
    lang: 'de',
    event: '/events/nato-bukarest-2022-de',
    statement: '/de/accessibility',
    publisher: 'Ministerium für auswärtige und europäische Angelegenheiten (Demo)',
    links: ['Impressum', 'Datenschutz', 'Kontakt', 'Barrierefreiheit'],
    title: 'Erklärung zur Barrierefreiheit',
    demo: 'Demo-Website',
  },
  {
    lang: 'en',
    event: '/events/nato-bucharest-2022-en',
    statement: '/en/accessibility',
    publisher: 'Ministry of Foreign and European Affairs (demo)',
    links: ['Legal notice', 'Data protection', 'Contact', 'Accessibility'],
    title: 'Accessibility statement',
    demo: 'Demonstration site',
  },
] as const;

async function expectFrame(page: Page, language: (typeof LANGUAGES)[number]) {
  const home = page.getByRole('banner').getByRole('link', { name: language.publisher });
  await expect(home).toHaveAttribute('href', `https://ministry.example/${language.lang}/`);
  const footer = page.getByRole('contentinfo');
  const links = footer.getByRole('navigation').getByRole('link');
  await expect(links).toHaveText([...language.links]);
  await expect(footer.getByText(language.demo)).toBeVisible();
  await expect(footer.getByRole('link', { name: language.links[3] })).toHaveAttribute(
    'href',
    new RegExp(`${language.statement}$`),
  );
}

test.describe('the site header and footer', () => {
  for (const language of LANGUAGES) {
    test(`on the event page in ${language.lang}`, async ({ page }) => {
      await page.goto(language.event);
      await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
      await expectFrame(page, language);
    });

    test(`on the accessibility statement in ${language.lang}, with axe at zero`, async ({ page }) => {
      await page.goto(language.statement);
      await expect(page.getByRole('heading', { level: 1, name: language.title })).toBeVisible();
      await expect(page).toHaveTitle(language.title);
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
      await expect(page.getByRole('link', { name: 'accessibilite@ministry.example' })).toHaveAttribute(
        'href',
        'mailto:accessibilite@ministry.example',
      );
      await expect(page.getByRole('main')).toContainText('EN 301 549');
      await expectFrame(page, language);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });
  }

  test('on the index, titled with the site name, and on the 404 page, in French', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Galeries photos');
    await expect(page.getByRole('heading', { level: 1, name: 'Galeries photos' })).toBeVisible();
    await expectFrame(page, LANGUAGES[0]);
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expectFrame(page, LANGUAGES[0]);
  });

  test('follow the page into German when a visitor opens a German event from the German index', async ({ page }) => {
    await page.goto('/de/');
    await page.getByRole('link', { name: /Jean Asselborn beim Treffen/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Jean Asselborn beim Treffen/ })).toBeVisible();
    await expectFrame(page, LANGUAGES[1]);
  });

  test('the default language has one statement address', async ({ page }) => {
    await page.goto('/fr/accessibility');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  });
});

test.describe('the embed', () => {
  test('the iframe page shows the gallery without header or footer', async ({ page }) => {
    await page.goto(`/embed/${DEMO.split('/').pop()}`);
    await expect(page.getByRole('region', { name: /^Photos : / })).toBeVisible();
    await expect(page.getByRole('link', { name: LANGUAGES[0].publisher })).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(page.getByText(LANGUAGES[0].demo)).toHaveCount(0);
  });

  test('the element on a host page brings no header or footer of ours', async ({ page }) => {
    await page.goto('/embed-demo.html');
    const gallery = page.locator('event-gallery').first();
    await expect(gallery.getByRole('region', { name: /^Photos : / })).toBeVisible();
    await expect(gallery.getByRole('contentinfo')).toHaveCount(0);
    await expect(page.getByText('Site de démonstration')).toHaveCount(0);
    await expect(page.getByText('Ministère des Affaires étrangères et européennes (démo)')).toHaveCount(0);
  });
});
