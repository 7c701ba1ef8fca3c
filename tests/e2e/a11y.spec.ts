import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  carousel,
  DEMO,
  expect,
  expectCarouselAt,
  expectImageShown,
  expectSettled,
  inlinePhoto,
  lightbox,
  lightboxCounter,
  openDemo,
  TITLE,
  tabTo,
  test,
} from './helpers.ts';

/** A phone held upright (two device pixels each, a finger) and a common laptop screen. */
const DEVICES = [
  {
    name: '390×844',
    file: '390x844',
    use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  },
  { name: '1366×900', file: '1366x900', use: { viewport: { width: 1366, height: 900 } } },
];
const SCREENSHOTS = 'test-results/screenshots';

/** The events in other languages, as the index lists them. */
const GERMAN = {
  path: '/events/nato-bukarest-2022-de',
  title: 'Jean Asselborn beim Treffen der NATO-Außenminister in Bukarest',
  lead: 'Der Minister für auswärtige und europäische Angelegenheiten,',
};
const ENGLISH = {
  path: '/events/nato-bucharest-2022-en',
  title: 'Jean Asselborn at the meeting of NATO Foreign Ministers in Bucharest',
  lead: 'The Minister of Foreign and European Affairs, Jean Asselborn',
};

/** The lightbox's slide in view: its label names it (`2 sur 14`), the others are inert. */
function lightboxSlide(page: Page, n: number): Locator {
  return lightbox(page).getByRole('group', { name: `${n} sur 14` });
}

/**
 * Whether the focused element shows a ring: it matches :focus-visible and draws an outline (or,
 * as YARL's thumbnails do, a box shadow) that no `overflow` of an ancestor clips away entirely.
 * Returns `ring`, or what is wrong, named after the control.
 */
function focusRing(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return 'focus left the page content';
    const style = getComputedStyle(element);
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30);
    if (!element.matches(':focus-visible')) return `${name}: not :focus-visible`;
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    if (!outline && style.boxShadow === 'none') {
      return `${name}: no outline (outline-style ${style.outlineStyle}) and no box-shadow`;
    }
    // The ring starts `outline-offset` outside the border box (inside it when negative): it is
    // lost altogether when an ancestor clips to no more than the box grown by that offset.
    const reach = outline ? Number.parseFloat(style.outlineOffset) : 0;
    const box = element.getBoundingClientRect();
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflow === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      if (
        clip.left >= box.left - reach - 0.5 &&
        clip.top >= box.top - reach - 0.5 &&
        clip.right <= box.right + reach + 0.5 &&
        clip.bottom <= box.bottom + reach + 0.5
      ) {
        return `${name}: ring clipped by <${parent.localName} class="${parent.className}"> (overflow ${getComputedStyle(parent).overflow})`;
      }
    }
    return 'ring';
  });
}

/** Opens the lightbox from the keyboard, on the photo shown, and waits for its photo. */
async function openWithKeyboard(page: Page, n: number) {
  await tabTo(page, inlinePhoto(page, n));
  await page.keyboard.press('Enter');
  await expect(lightbox(page)).toBeVisible();
  await expect(lightboxCounter(page, n)).toBeVisible();
  await expectImageShown(lightboxSlide(page, n).getByRole('img'));
}

test.describe('with the keyboard alone', () => {
  test('Tab goes from the site header and its languages to the breadcrumb, the photo, its caption’s names, the arrows, then each thumbnail', async ({
    page,
  }) => {
    await openDemo(page);
    const gallery = carousel(page);
    const languages = page.getByRole('navigation', { name: 'Autres langues' });
    const order = [
      page.getByRole('link', { name: 'Ministère des Affaires étrangères et européennes (démo)' }),
      ...['Deutsch', 'English', 'Lëtzebuergesch'].map((name) => languages.getByRole('link', { name })),
      page.getByRole('navigation', { name: 'Galeries photos' }).getByRole('link', { name: 'Galeries photos' }),
      inlinePhoto(page, 1),
      // The caption's people, each a link to their page.
      ...['Jean Asselborn', 'Hadja Lahbib'].map((name) => gallery.getByRole('link', { name })),
      gallery.getByRole('button', { name: 'Photo précédente' }),
      gallery.getByRole('button', { name: 'Photo suivante' }),
      ...Array.from({ length: 14 }, (_, i) => gallery.getByRole('button', { name: `Photo ${i + 1}`, exact: true })),
    ];
    for (const target of order) {
      await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
    }
  });

  test('every control of the page shows a focus ring', async ({ page }) => {
    await openDemo(page);
    const missing: string[] = [];
    for (let press = 0; press < 18; press++) {
      await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      if (ring !== 'ring') missing.push(ring);
    }
    expect(missing, 'focused controls without a visible outline').toEqual([]);
  });

  test('the arrows move the carousel through all 14 photos', async ({ page }) => {
    await openDemo(page);
    await tabTo(page, inlinePhoto(page, 1));
    for (let n = 2; n <= 14; n++) {
      await page.keyboard.press('ArrowRight');
      await expect(carousel(page).getByText(`${n} / 14`, { exact: true })).toBeVisible();
    }
    const last = await expectCarouselAt(page, 14, '©MAEE');
    await expect(last).toContainText('Photo de groupe');
    await page.keyboard.press('ArrowRight');
    await expectCarouselAt(page, 14, '©MAEE');

    await page.keyboard.press('ArrowLeft');
    await expectCarouselAt(page, 13, '©NATO');
    await page.keyboard.press('Home');
    await expectCarouselAt(page, 1, '©MAEE');
  });

  test('Enter opens the lightbox; the arrows, Home and End move it', async ({ page }) => {
    await openDemo(page);
    await openWithKeyboard(page, 1);
    await expect(page).toHaveURL(`${DEMO}/photos/1`);

    await page.keyboard.press('ArrowRight');
    await expect(lightboxCounter(page, 2)).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(lightboxCounter(page, 3)).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(lightboxCounter(page, 2)).toBeVisible();
    await expect(page).toHaveURL(`${DEMO}/photos/2`);

    await page.keyboard.press('End');
    await expect(lightboxCounter(page, 14), 'End goes to the last photo').toBeVisible();
    await page.keyboard.press('Home');
    await expect(lightboxCounter(page, 1), 'Home goes to the first photo').toBeVisible();
  });

  test('Tab stays inside the open lightbox; Escape gives focus back to the photo', async ({ page }) => {
    await openDemo(page, '?photo=4');
    await openWithKeyboard(page, 4);
    const visited: string[] = [];
    for (let press = 0; press < 20; press++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        const inside = !!element?.closest('dialog');
        return { inside, name: element?.getAttribute('aria-label') ?? element?.localName ?? 'none' };
      });
      const path = [...visited, focused.name].join(' → ');
      expect(focused.inside, `Tab ${press + 1} left the lightbox: ${path}`).toBe(true);
      visited.push(focused.name);
    }
    expect(visited, 'Tab reaches the lightbox controls').toEqual(
      expect.arrayContaining(['Fermer', 'Zoom avant', 'Photo suivante']),
    );

    await page.keyboard.press('Escape');
    await expect(lightbox(page)).toHaveCount(0);
    await expect(inlinePhoto(page, 4)).toBeFocused();
  });

  test('every control of the lightbox shows a focus ring', async ({ page }) => {
    await openDemo(page);
    await openWithKeyboard(page, 1);
    const missing = new Set<string>();
    for (let press = 0; press < 12; press++) {
      await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      // Where focus goes after the last control is the trap's business (the test above).
      if (ring !== 'ring' && ring !== 'focus left the page content') missing.add(ring);
    }
    expect([...missing], 'focused lightbox controls without a visible outline').toEqual([]);
  });
});

test.describe('for a screen reader', () => {
  test('the carousel is a named region of slides, announced politely as they change', async ({ page }) => {
    await openDemo(page);
    const region = page.getByRole('region', { name: `Photos : ${TITLE}` });
    await expect(region).toHaveAttribute('aria-roledescription', 'carrousel');

    await region.getByRole('button', { name: 'Photo suivante' }).click();
    await region.getByRole('button', { name: 'Photo suivante' }).click();
    const slide = region.getByRole('group', { name: '3 sur 14' });
    await expect(slide).toHaveAttribute('aria-roledescription', 'diapositive');
    await expect(slide.getByRole('button', { name: 'Agrandir la photo 3' })).toBeVisible();
    await expect(region.getByRole('button', { name: 'Photo précédente' })).toBeVisible();
    await expect(region.getByRole('button', { name: 'Photo suivante' })).toBeVisible();
    await expect(region.getByRole('list', { name: 'Miniatures' }).getByRole('button')).toHaveCount(14);

    const politeness = await slide.evaluate((group) =>
      group.parentElement?.closest('[aria-live]')?.getAttribute('aria-live'),
    );
    expect(politeness, 'the live region around the slide').toBe('polite');
  });

  test('every photo has a text alternative of its own, never its credit', async ({ page }) => {
    await openDemo(page);
    await tabTo(page, inlinePhoto(page, 1));
    const problems: string[] = [];
    for (let n = 1; n <= 14; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      const slide = carousel(page).getByRole('group', { name: `${n} sur 14` });
      const credit = (await slide.getByText(/^©/).textContent())?.trim() ?? '';
      const alt = ((await slide.getByRole('img').getAttribute('alt')) ?? '').trim();
      if (!alt || alt === credit || alt.replace(/^©/, '') === credit.replace(/^©/, '') || alt.startsWith('©')) {
        problems.push(`photo ${n}: alt "${alt}", credit "${credit}"`);
      }
    }
    expect(problems).toEqual([]);

    await page.keyboard.press('Enter');
    for (let n = 14; n >= 1; n--) {
      if (n < 14) await page.keyboard.press('ArrowLeft');
      const alt = (await lightboxSlide(page, n).getByRole('img').getAttribute('alt'))?.trim() ?? '';
      if (!alt || alt.startsWith('©')) problems.push(`lightbox photo ${n}: alt "${alt}"`);
    }
    expect(problems).toEqual([]);
  });

  for (const [lang, path, title, lead] of [
    ['fr', DEMO, TITLE, 'Le ministre des Affaires étrangères et européennes, Jean Asselborn'],
    ['de', GERMAN.path, GERMAN.title, GERMAN.lead],
    ['en', ENGLISH.path, ENGLISH.title, ENGLISH.lead],
  ] as const) {
    test(`the ${lang} event says its language to the page, caption and article`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const caption = page.getByRole('group').first().locator('figcaption');
      await expect(caption).toHaveAttribute('lang', lang);
      const article = page.getByText(lead).locator('xpath=ancestor-or-self::*[@lang][1]');
      await expect(article).toHaveAttribute('lang', lang);
      await expect(page.getByRole('img').first()).toHaveAttribute('lang', lang);
    });
  }
});

test.describe('with reduced motion', () => {
  /**
   * Starts noting what begins to move in the lightbox: element.animate() calls on a transform (YARL
   * slides its track that way) and CSS transitions or animations of a transform. Opacity fades are
   * not motion and are left out. Noting starts rather than sampling what runs keeps a slow machine
   * from missing a 500 ms slide.
   */
  function watchMotion(page: Page) {
    return page.evaluate(() => {
      const moving: string[] = [];
      (window as unknown as { moving: string[] }).moving = moving;
      const inDialog = (target: EventTarget | null) => target instanceof Element && !!target.closest('dialog');
      const note = (target: EventTarget | null) => moving.push(String((target as Element).className));
      const original = Element.prototype.animate;
      Element.prototype.animate = function (this: Element, keyframes, options) {
        const duration = typeof options === 'number' ? options : Number(options?.duration ?? 0);
        if (/transform|translate/.test(JSON.stringify(keyframes)) && duration > 0 && inDialog(this)) note(this);
        return original.call(this, keyframes, options);
      };
      document.addEventListener('transitionrun', (event) => {
        if (/transform|translate/.test(event.propertyName) && inDialog(event.target)) note(event.target);
      });
      document.addEventListener('animationstart', (event) => {
        const animation = (event.target as Element).getAnimations().find((running) => {
          return (running as CSSAnimation).animationName === event.animationName;
        });
        const frames = (animation?.effect as KeyframeEffect | undefined)?.getKeyframes() ?? [];
        if (frames.some((frame) => 'transform' in frame || 'translate' in frame) && inDialog(event.target)) {
          note(event.target);
        }
      });
    });
  }

  function motionSeen(page: Page) {
    return page.evaluate(() => (window as unknown as { moving: string[] }).moving);
  }

  /** Opens the lightbox on photo 1 and waits for its fade-in and every first animation to end. */
  async function openStill(page: Page) {
    await openDemo(page);
    await openWithKeyboard(page, 1);
    await expectSettled(page);
    await watchMotion(page);
  }

  test('the lightbox swaps photos at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStill(page);
    await expect(lightbox(page).locator('.eg-lightbox'), 'the lightbox appears without a fade').toHaveCSS(
      'transition-duration',
      '0s',
    );

    await page.keyboard.press('ArrowRight');
    await expect(lightboxCounter(page, 2)).toBeVisible();
    await expectImageShown(lightboxSlide(page, 2).getByRole('img'));
    expect(await motionSeen(page), 'what started to move after ArrowRight').toEqual([]);
  });

  test('without the preference the same swap slides (so the check above can see one)', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openStill(page);
    await expect(lightbox(page).locator('.eg-lightbox')).not.toHaveCSS('transition-duration', '0s');

    await page.keyboard.press('ArrowRight');
    await expect(lightboxCounter(page, 2)).toBeVisible();
    await expectImageShown(lightboxSlide(page, 2).getByRole('img'));
    expect(await motionSeen(page), 'what started to move after ArrowRight').toContainEqual(
      expect.stringContaining('yarl__carousel'),
    );
  });
});

const AXE_PAGES: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'the index',
    path: '/',
    ready: async (page) => {
      await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
    },
  },
  { name: 'the French event', path: DEMO, ready: (page) => expectImageShown(inlinePhoto(page, 1).getByRole('img')) },
  {
    name: 'the German event',
    path: GERMAN.path,
    ready: (page) => expectImageShown(page.getByRole('button', { name: 'Foto 1 vergrößern' }).getByRole('img')),
  },
  {
    name: 'the English event',
    path: ENGLISH.path,
    ready: (page) => expectImageShown(page.getByRole('button', { name: 'Enlarge photo 1' }).getByRole('img')),
  },
  {
    name: 'the open lightbox',
    path: `${DEMO}/photos/2`,
    ready: (page) => expectImageShown(lightboxSlide(page, 2).getByRole('img')),
  },
  {
    name: 'the 404 page',
    path: '/nope',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    },
  },
];

for (const device of DEVICES) {
  test.describe(`at ${device.name}`, () => {
    test.use(device.use);

    for (const { name, path, ready } of AXE_PAGES) {
      test(`axe-core finds no WCAG 2.1 A or AA violation on ${name}`, async ({ page }) => {
        await page.goto(path);
        await ready(page);
        await expectSettled(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const report = results.violations.flatMap((violation) =>
          violation.nodes.map(
            (node) =>
              `${violation.id} (${violation.impact}) ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
          ),
        );
        expect(report, `axe violations on ${path}:\n${report.join('\n')}`).toEqual([]);
      });
    }

    test('screenshots of the event page and the lightbox, for a person to look at', async ({ page }) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await openDemo(page);
      await expectImageShown(inlinePhoto(page, 1).getByRole('img'));
      await expectSettled(page);
      await page.screenshot({ path: `${SCREENSHOTS}/event-${device.file}.png` });
      await page.screenshot({ path: `${SCREENSHOTS}/event-${device.file}-full.png`, fullPage: true });
      await tabTo(page, inlinePhoto(page, 1));
      // Clipped with a margin: a ring drawn outside the photo would be cut off by an element shot.
      const photo = await inlinePhoto(page, 1).boundingBox();
      if (!photo) throw new Error('the photo is not laid out');
      const clip = {
        x: Math.max(0, photo.x - 12),
        y: Math.max(0, photo.y - 12),
        width: photo.width + 24,
        height: photo.height + 24,
      };
      await page.screenshot({ path: `${SCREENSHOTS}/focused-photo-${device.file}.png`, clip });

      await page.keyboard.press('Enter');
      await expectImageShown(lightboxSlide(page, 1).getByRole('img'));
      await expectSettled(page);
      await page.screenshot({ path: `${SCREENSHOTS}/lightbox-${device.file}.png` });
      // The caption, a scrolling region, and its two people's links come first in the Tab order: then the toolbar.
      await tabTo(page, lightbox(page).getByRole('button', { name: 'Télécharger la photo' }), 5);
      await page.screenshot({ path: `${SCREENSHOTS}/lightbox-focused-download-${device.file}.png` });
    });
  });
}
