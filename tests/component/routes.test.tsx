import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { buildEventsIndex } from '../../src/event/eventsIndex';

const DEMO = '/events/otan-bucarest-2022';

/** The event files a deployed site holds, by address, and the index the build makes of them. */
const files = readdirSync(resolve('public/events'))
  .filter((name) => name.endsWith('.json') && name !== 'index.json')
  .map((name) => ({ name, text: readFileSync(resolve('public/events', name), 'utf8') }));
const served = new Map(files.map(({ name, text }) => [`/events/${name}`, text]));
served.set('/events/index.json', JSON.stringify(buildEventsIndex(files).index));

const titles = new Map(files.map(({ name, text }) => [name, (JSON.parse(text) as { title: string }).title]));
const FR_TITLE = titles.get('otan-bucarest-2022.json') ?? '';
const DE_TITLE = titles.get('nato-bukarest-2022-de.json') ?? '';

function addressOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/** Answers as the production server does: the files above, and 404 for anything else. */
function stubServer() {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const body = served.get(addressOf(input));
    return body === undefined
      ? new Response('Not found', { status: 404 })
      : new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The whole app, as the browser entry renders it, at one address. */
function renderAt(address: string) {
  const fetch = stubServer();
  const user = userEvent.setup();
  render(
    <StrictMode>
      <MemoryRouter initialEntries={[address]}>
        <App siteLanguage="fr" />
      </MemoryRouter>
    </StrictMode>,
  );
  return { fetch, user };
}

function requested(fetch: ReturnType<typeof stubServer>): string[] {
  return fetch.mock.calls.map(([input]) => addressOf(input));
}

/** The carousel's `3 / 14`, once the event has loaded. */
function findCounter(text: string) {
  return screen.findByText(text, { selector: '.eg-carousel__counter' });
}

function metaContent(property: string) {
  return document.head.querySelector<HTMLMetaElement>(`meta[property="${property}"]`)?.content;
}

beforeEach(() => {
  // The document outlives each render: start from values no page sets, so every check can fail.
  document.title = 'before the test';
  document.documentElement.lang = 'xx';
  for (const meta of document.head.querySelectorAll('meta')) meta.remove();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('/ (the events index)', () => {
  it('lists every event as a link with its title and photo count', async () => {
    const { fetch } = renderAt('/');
    screen.getByRole('heading', { level: 1, name: 'Galeries photos' });

    for (const title of titles.values()) await screen.findByRole('link', { name: title });
    expect(screen.getAllByRole('link')).toHaveLength(titles.size);
    expect(screen.getAllByText('14 photos')).toHaveLength(titles.size);
    expect(requested(fetch)).toContain('/events/index.json');
    expect(document.title).toBe('Galeries photos');
    expect(document.documentElement.lang).toBe('fr');
  });

  it("leads to an event's page", async () => {
    const { user } = renderAt('/');
    await user.click(await screen.findByRole('link', { name: FR_TITLE }));
    await screen.findByRole('heading', { level: 1, name: FR_TITLE });
    await findCounter('1 / 14');
  });
});

describe('/events/:id (an event)', () => {
  it('shows the event, titles the document with it and speaks its language', async () => {
    const { fetch } = renderAt(DEMO);
    await screen.findByRole('heading', { level: 1, name: FR_TITLE });
    await findCounter('1 / 14');
    expect(requested(fetch)).toContain('/events/otan-bucarest-2022.json');
    await waitFor(() => expect(document.title).toBe(FR_TITLE));
    expect(document.documentElement.lang).toBe('fr');
  });

  it('shows the photo named by ?photo=3, and shares a preview of it', async () => {
    renderAt(`${DEMO}?photo=3`);
    const slide = await screen.findByRole('group', { name: '3 sur 14' });
    within(slide).getByText('©NATO');
    await findCounter('3 / 14');
    await waitFor(() => expect(metaContent('og:image')).toMatch(/\/events\/otan-bucarest-2022\/03\.jpg$/));
  });

  it('names the German event in German, with the document in German', async () => {
    renderAt('/events/nato-bukarest-2022-de');
    await screen.findByRole('heading', { level: 1, name: DE_TITLE });
    screen.getByRole('link', { name: 'Fotogalerien' });
    await waitFor(() => expect(document.title).toBe(DE_TITLE));
    expect(document.documentElement.lang).toBe('de');
  });

  it('opens the lightbox on the photo named by /photos/3', async () => {
    renderAt(`${DEMO}/photos/3`);
    const dialog = await screen.findByRole('dialog', { name: 'Visionneuse de photos' });
    within(dialog).getByRole('group', { name: '3 sur 14' });
  });
});

describe('an address naming a photo the event does not have', () => {
  it.each([
    ['?photo=0', '0'],
    ['?photo=-1', '-1'],
    ['?photo=abc', 'abc'],
    ['?photo=15', '15'],
    ['?photo=99999999999', '99999999999'],
    ['/photos/abc', 'abc'],
    ['/photos/0', '0'],
  ])('%s says so, opens nothing and offers photo 1', async (suffix, shown) => {
    const { user } = renderAt(`${DEMO}${suffix}`);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain(`Il n’y a pas de photo « ${shown} » : cet événement en compte 14.`);
    screen.getByRole('heading', { level: 1, name: FR_TITLE });
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(within(notice).getByRole('link', { name: 'Voir la photo 1' }));
    await findCounter('1 / 14');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('an address with no page', () => {
  it.each(['/events/..%2F..%2Fetc%2Fpasswd', '/events/UPPER', '/events/a_b', '/nope/nope'])(
    '%s shows the "not found" page without asking the server for a file',
    async (address) => {
      const { fetch } = renderAt(address);
      await screen.findByRole('heading', { level: 1, name: 'Page introuvable' });
      screen.getByRole('link', { name: 'Voir tous les événements' });
      expect(document.title).toBe('Page introuvable');
      expect(document.documentElement.lang).toBe('fr');
      expect(requested(fetch)).toEqual([]);
    },
  );

  it('an unknown event shows the "not found" page once the server says it has no such file', async () => {
    const { fetch, user } = renderAt('/events/does-not-exist');
    await screen.findByRole('heading', { level: 1, name: 'Page introuvable' });
    expect(requested(fetch)).toContain('/events/does-not-exist.json');
    await waitFor(() => expect(document.title).toBe('Page introuvable'));

    await user.click(screen.getByRole('link', { name: 'Voir tous les événements' }));
    await screen.findByRole('heading', { level: 1, name: 'Galeries photos' });
  });
});
