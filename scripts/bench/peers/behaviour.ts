import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright';
import type { AnswerSpec } from '../answer.ts';
import type { SlidePlace } from '../slides.ts';
import type { Behaviour } from './report.ts';

/** How the bench drives one page: what to press to reach photo 11, open the lightbox, go next. */
export interface Recipe {
  page: string;
  path: string;
  toPhoto11: (page: Page, url: string) => Promise<void>;
  /** Absent for a page without a lightbox. */
  lightbox?: { open: (page: Page) => Promise<void>; selector: string };
  next: (page: Page) => Promise<void>;
  answer: AnswerSpec;
  /** How the carousel and the lightbox show and change their photo; absent where the page has none. */
  slides: { carousel?: SlidePlace; lightbox?: SlidePlace };
}

// The end of photo 11's caption, last person's role (no other text of the event has it): whether
// these words can be seen says whether the caption is whole.
const CAPTION_END = 'étrangères de la Finlande';
const SETTLE_MS = 800;

/**
 * In the page: is the end of the caption painted inside every box that clips it (line clamps,
 * `overflow: hidden` slides, a fixed lightbox)? Off-screen in a scrollable page still counts as
 * visible: the visitor can scroll to it.
 */
function endVisible(phrase: string): boolean | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.lastIndexOf(phrase) ?? -1;
    const parent = node.parentElement;
    if (at < 0 || !parent || parent.closest('script')) continue;
    const range = document.createRange();
    range.setStart(node, at + phrase.length - 1);
    range.setEnd(node, at + phrase.length);
    const box = range.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    seen = true;
    let clipped = false;
    for (let element: Element | null = parent; element; element = element.parentElement) {
      const style = getComputedStyle(element);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = element.getBoundingClientRect();
      if (box.bottom > clip.bottom + 1 || box.top < clip.top - 1 || box.right > clip.right + 1) clipped = true;
    }
    if (!clipped) return true;
  }
  return seen ? false : null;
}

async function back(browser: Browser, origin: string, recipe: Recipe, start: string): Promise<string> {
  const { lightbox } = recipe;
  if (!lightbox) return 'no lightbox';
  const page = await browser.newPage();
  try {
    // A page before ours, so that Back has somewhere to go if the lightbox leaves no entry.
    await page.goto(origin + start);
    await page.goto(origin + recipe.path, { waitUntil: 'networkidle' });
    await lightbox.open(page);
    await page.locator(lightbox.selector).first().waitFor({ state: 'visible', timeout: 5_000 });
    await page.goBack({ waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    if (new URL(page.url()).pathname !== new URL(origin + recipe.path).pathname) return 'leaves the page';
    return (await page.locator(lightbox.selector).first().isVisible()) ? 'stays open' : 'closes it';
  } finally {
    await page.close();
  }
}

async function probe(browser: Browser, origin: string, recipe: Recipe, start: string): Promise<Behaviour> {
  // axe needs a page from a context of the caller's own.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const notes: string[] = [];
  const url = origin + recipe.path;
  const attempt = async <T>(what: string, work: () => Promise<T>): Promise<T | null> =>
    work().catch((error: unknown) => {
      notes.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return null;
    });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const axe = await attempt('axe', () =>
      new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze(),
    );
    if (axe?.violations.length) notes.push(`axe: ${axe.violations.map((item) => item.id).join(', ')}`);
    const before = page.url();
    const photoAddress = await attempt('next', async () => {
      await recipe.next(page);
      await page.waitForTimeout(SETTLE_MS);
      return page.url() !== before;
    });
    const longCaptionCut = await attempt('photo 11', async () => {
      await page.goto(url, { waitUntil: 'networkidle' });
      await recipe.toPhoto11(page, url);
      await page.waitForTimeout(SETTLE_MS);
      const visible = await page.evaluate(endVisible, CAPTION_END);
      if (visible === null) throw new Error('caption of photo 11 not shown');
      return !visible;
    });
    return {
      page: recipe.page,
      longCaptionCut,
      back: (await attempt('back', () => back(browser, origin, recipe, start))) ?? '—',
      photoAddress,
      axeViolations: axe ? axe.violations.length : null,
      note: notes.join('; '),
    };
  } finally {
    await context.close();
  }
}

/** Reads each page's behaviour in turn; `start` is any other page of the server, Back's target. */
export async function readBehaviour(browser: Browser, origin: string, recipes: readonly Recipe[], start: string) {
  const results: Behaviour[] = [];
  for (const recipe of recipes) results.push(await probe(browser, origin, recipe, start));
  return results;
}
