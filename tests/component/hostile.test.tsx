import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { eventText } from '../support/fakeServer';
import { type Json, type Key, pathsIn } from '../support/json';
import { renderApp } from '../support/renderApp';

const DIR = resolve('tests/fixtures/hostile');
const MISSING = 'required, but missing';
const POSITIVE = 'expected a positive integer';
const UNSAFE = 'expected an https: URL or a path relative to the event file';
const CRASH = 'Une erreur inattendue est survenue';

function fixture(name: string): string {
  const file = readdirSync(DIR).find((entry) => entry.replace(/\.(json|txt)$/, '') === name);
  if (!file) throw new Error(`no fixture ${name}`);
  return readFileSync(resolve(DIR, file), 'utf8');
}

/** The app at `/events/<id>`, its server answering `text` for `/events/<id>.json`. */
function renderEvent(id: string, text: string, query = '') {
  const answers = new Map([[`/events/${id}.json`, { status: 200, body: text }]]);
  return renderApp(`/events/${id}${query}`, { answers });
}

const renderFixture = (name: string, query = '') => renderEvent(name, fixture(name), query);

/** The page's main heading once loading is over: the event's title, or an error page's. */
async function findPageHeading() {
  const heading = await screen.findByRole('heading', { level: 1 });
  expect(heading.textContent, 'the page crashed into the error boundary').not.toBe(CRASH);
  return heading;
}

async function findErrorPage() {
  const heading = await findPageHeading();
  expect(heading.textContent).toBe('Cet événement ne peut pas être affiché');
  return heading.closest('[role="alert"]') as HTMLElement;
}

// Faults of the event as a whole: the page names the file and lists every problem, in file order.
const refused: Record<string, string[]> = {
  'missing-id': [`id: ${MISSING}`],
  'missing-lang': [`lang: ${MISSING}`],
  'missing-title': [`title: ${MISSING}`],
  'missing-date': [`date: ${MISSING}`],
  'missing-body': [`body: ${MISSING}`],
  'missing-photos': [`photos: ${MISSING}`],
  'title-number': ['title: expected title as text'],
  'title-blank': ['title: expected a non-empty title'],
  'body-string': ['body: expected a list of paragraphs'],
  'body-paragraph-number': ['body[1]: expected a paragraph as text'],
  'photos-object': ['photos: expected a list of photos'],
  'lang-number': ['lang: expected a language tag as text'],
  'lang-attribute-injection': ['lang: expected a BCP 47 language tag such as fr'],
  'lang-not-a-locale': ['lang: expected a BCP 47 language tag such as fr'],
  'date-not-a-real-date': ['date: expected date as a real date YYYY-MM-DD'],
  'id-path-traversal': ['id: expected lower-case letters, digits and hyphens'],
  'event-array': ['id', 'lang', 'title', 'date', 'body', 'photos'].map((field) => `${field}: ${MISSING}`),
  'event-null': ['(root): expected an event object'],
  'photos-empty': ['photos: expected at least one photo'],
  'photos-all-invalid': [`photos[0].width: ${POSITIVE}`, `photos[1].credit: ${MISSING}`, `photos[2].src: ${UNSAFE}`],
  'missing-title-and-photo-invalid': [`title: ${MISSING}`, `photos[2].width: ${POSITIVE}`],
  'end-date-before-date': ['endDate: expected endDate on or after date'],
  'id-mismatch': [`id: expected "id-mismatch", the file's name, but found "otan-bucarest-2022"`],
};

describe('an event file the page cannot show', () => {
  it.each(Object.entries(refused))('%s: names the file and every problem', async (name, lines) => {
    renderFixture(name);
    const page = await findErrorPage();
    expect(page.textContent).toContain(`Fichier : /events/${name}.json`);
    expect(page.textContent).toContain(`Le fichier contient ${lines.length} erreur${lines.length > 1 ? 's' : ''} :`);
    expect(
      within(page)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(lines);
    expect(within(page).queryByRole('button', { name: 'Réessayer' })).toBeNull();
    expect(screen.queryByText(CRASH)).toBeNull();
  });

  it.each(['truncated', 'syntax-missing-comma'])('%s: says it is not JSON, where, and which file', async (name) => {
    renderFixture(name);
    const page = await findErrorPage();
    expect(page.textContent).toMatch(/Le fichier n’est pas du JSON valide : .* at line \d+, column \d+/);
    expect(page.textContent).toContain(`Fichier : /events/${name}.json`);
  });
});

// Faults of one photo (photo 2 of 3): the others show with their numbers from the file.
const secondDropped: Record<string, string> = {
  'photo-missing-src': `photos[1].src: ${MISSING}`,
  'photo-missing-width': `photos[1].width: ${MISSING}`,
  'photo-missing-height': `photos[1].height: ${MISSING}`,
  'photo-missing-credit': `photos[1].credit: ${MISSING}`,
  'photo-width-string': `photos[1].width: ${POSITIVE}`,
  'photo-width-fraction': `photos[1].width: ${POSITIVE}`,
  'photo-people-string': 'photos[1].people: expected a list of people',
  'photo-not-an-object': 'photos[1]: expected a photo object',
  'photo-credit-invisible': 'photos[1].credit: expected a non-empty credit',
  'photo-one-invalid': `photos[1].height: ${POSITIVE}`,
  'src-javascript': `photos[1].src: ${UNSAFE}`,
  'src-javascript-mixed-case': `photos[1].src: ${UNSAFE}`,
  'src-javascript-leading-spaces': `photos[1].src: ${UNSAFE}`,
  'src-javascript-tab': `photos[1].src: ${UNSAFE}`,
  'src-javascript-nul': `photos[1].src: ${UNSAFE}`,
  'src-data': `photos[1].src: ${UNSAFE}`,
  'src-vbscript': `photos[1].src: ${UNSAFE}`,
  'src-http': `photos[1].src: ${UNSAFE}`,
  'src-protocol-relative': `photos[1].src: ${UNSAFE}`,
  'src-unc-backslashes': `photos[1].src: ${UNSAFE}`,
  'src-slash-backslash': `photos[1].src: ${UNSAFE}`,
  'src-https-without-slashes': `photos[1].src: ${UNSAFE}`,
  'src-https-unparseable': `photos[1].src: ${UNSAFE}`,
  'thumbnail-javascript': `photos[1].thumbnail.src: ${UNSAFE}`,
  'srcset-javascript': `photos[1].srcSet[0].src: ${UNSAFE}`,
};

describe('an event with one bad photo', () => {
  it.each(Object.entries(secondDropped))('%s: shows photos 1 and 3 and says why 2 is missing', async (name, line) => {
    const { user } = renderFixture(name);
    await findPageHeading();
    await screen.findByRole('group', { name: '1 sur 3' });
    screen.getByText('Certaines photos ne peuvent pas être affichées : 2.');
    const details = screen.getByText('Détails pour les éditeurs').closest('details') as HTMLElement;
    expect(
      within(details)
        .getAllByRole('listitem', { hidden: true })
        .map((item) => item.textContent),
    ).toEqual([line]);
    expect(screen.queryByRole('button', { name: 'Photo 2' })).toBeNull();
    for (const image of document.querySelectorAll('img')) expect(image.src).not.toMatch(/02[.-]|evil|script:|data:/i);

    await user.click(screen.getByRole('button', { name: 'Photo suivante' }));
    await screen.findByRole('group', { name: '3 sur 3' });
    screen.getByText('3 / 3', { selector: '.eg-carousel__counter' });
  });

  it('keeps the file’s numbers in the counter: 1 / 3, then 3 / 3', async () => {
    const { user } = renderFixture('photo-one-invalid');
    await screen.findByRole('group', { name: '1 sur 3' });
    screen.getByText('1 / 3', { selector: '.eg-carousel__counter' });
    await user.click(screen.getByRole('button', { name: 'Photo suivante' }));
    await screen.findByRole('group', { name: '3 sur 3' });
    await user.click(screen.getByRole('button', { name: 'Photo suivante' }));
    await screen.findByRole('group', { name: '3 sur 3' });
    await user.click(screen.getByRole('button', { name: 'Photo précédente' }));
    await screen.findByRole('group', { name: '1 sur 3' });
  });

  it('goes to the photo whose thumbnail is pressed, and marks it current, after a missing photo', async () => {
    const { user } = renderFixture('photo-invalid-among-five');
    await screen.findByRole('group', { name: '1 sur 5' });
    await user.click(screen.getByRole('button', { name: 'Photo 4' }));
    await screen.findByRole('group', { name: '4 sur 5' });
    expect(screen.getByRole('button', { name: 'Photo 4' }).getAttribute('aria-current')).toBe('true');
  });

  it('opens at the photo named in the address by its number in the file', async () => {
    renderFixture('photo-invalid-among-five', '?photo=3');
    await screen.findByRole('group', { name: '3 sur 5' });
    expect(screen.getByRole('button', { name: 'Photo 3' }).getAttribute('aria-current')).toBe('true');
  });
});

/** Every text field of an XSS fixture, as the file has it. */
function textsOf(name: string) {
  const event = JSON.parse(fixture(name));
  const [first, second] = event.photos;
  return { event, first, second };
}

describe('markup in an event’s text', () => {
  it.each(['xss-img-onerror', 'xss-script-breakout', 'xss-svg-and-templates'])(
    '%s: shows every payload as text and creates no element from it',
    async (name) => {
      const { user } = renderFixture(name);
      const { event, first, second } = textsOf(name);
      await screen.findByRole('heading', { level: 1, name: event.title });
      for (const text of [event.lead, ...event.body, event.source, event.location]) {
        screen.getByText(text);
      }
      const slide = screen.getByRole('group', { name: '1 sur 3' });
      within(slide).getByText(`©${first.credit}`);
      within(slide).getByAltText(first.alt);
      const [one, two] = first.people;
      expect(slide.textContent).toContain(
        `1. (de g. à dr.) ${one.name}, ${one.role} ; ${two.name}, ${two.role} ${first.caption}`,
      );
      await waitFor(() => expect(document.title).toBe(event.title));
      expectNoActiveMarkup();

      await user.click(screen.getByRole('button', { name: 'Photo suivante' }));
      const next = await screen.findByRole('group', { name: '2 sur 3' });
      const [three] = second.people;
      expect(next.textContent).toContain(`2. ${three.name}, ${three.role} ${second.caption}`);
      within(next).getByAltText(`${three.name}. ${second.caption}`);

      await user.click(screen.getByRole('button', { name: 'Agrandir la photo 2' }));
      const dialog = await screen.findByRole('dialog', { name: 'Visionneuse de photos' });
      expect((await within(dialog).findByRole('group', { name: '2 sur 3' })).textContent).toContain(
        `2. ©${second.credit} ${three.name}, ${three.role} ${second.caption}`,
      );
      expectNoActiveMarkup();
    },
  );

  it('keeps zero-width and right-to-left override characters inside names as written', async () => {
    renderFixture('names-zero-width-rtl-override');
    const slide = await screen.findByRole('group', { name: '1 sur 3' });
    const names = within(slide).getAllByText((_, element) => element?.classList.contains('eg-caption__name') ?? false);
    expect(names.map((element) => element.textContent)).toEqual(['\u202ebliahal ajdaH', 'Jean\u200bAsselborn']);
  });
});

/** No element the payloads would create if they were parsed as HTML, anywhere in the document. */
function expectNoActiveMarkup() {
  const active = document.body.querySelectorAll(
    'script, iframe, object, embed, [onerror], [onload], [onclick], [onmouseover], a[href^="javascript"], img[src="x"]',
  );
  expect([...active].map((element) => element.outerHTML)).toEqual([]);
  expect((window as { __xss?: unknown }).__xss).toBeUndefined();
}

const demoText = eventText('otan-bucarest-2022');

/** The demo event with a value deleted or replaced at random depths (see tests/unit/properties.test.ts). */
const mutatedDemo = fc
  .array(fc.record({ at: fc.nat(), value: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }) }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((edits) => {
    const root = JSON.parse(demoText) as Json;
    for (const { at, value } of edits) {
      const paths = pathsIn(root);
      const path = paths[at % paths.length] as Key[];
      const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<Key, Json>)[key] as Json, root);
      const key = path[path.length - 1] as Key;
      if (value !== undefined) (parent as Record<Key, Json>)[key] = value as Json;
      else if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<Key, Json>)[key];
    }
    return JSON.stringify(root);
  });

describe('a randomly damaged event file', () => {
  it('shows the gallery or the error page, never the crash page', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDemo, async (text) => {
        try {
          renderEvent('otan-bucarest-2022', text);
          const heading = await findPageHeading();
          const errorPage = heading.textContent === 'Cet événement ne peut pas être affiché';
          if (!errorPage) screen.getByRole('group', { name: /^\d+ sur \d+$/ });
        } finally {
          cleanup();
          vi.unstubAllGlobals();
        }
      }),
      { numRuns: 50 },
    );
    // Fifty whole renders of the demo: 8 s on a quiet machine, twice that on a busy one.
  }, 60_000);
});
