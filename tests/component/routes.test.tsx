import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eventFiles } from '../support/fakeServer';
import { renderApp } from '../support/renderApp';

const DEMO = '/events/otan-bucarest-2022';
const FRONT_FILE = '/archive/front.json';

const titles = new Map(eventFiles.map(({ name, text }) => [name, (JSON.parse(text) as { title: string }).title]));
const FR_TITLE = titles.get('otan-bucarest-2022.json') ?? '';

/** The carousel's `3 / 14`, once the event has loaded. */
function findCounter(text: string) {
  return screen.findByText(text, { selector: '.eg-carousel__counter' });
}

function metaContent(property: string) {
  return document.head.querySelector<HTMLMetaElement>(`meta[property="${property}"]`)?.content;
}

describe('/ (the events index)', () => {
  it('lists the demo’s four versions once, in French, as a link with its title and photo count', async () => {
    const { requested } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Galeries photos' });

    await screen.findByRole('link', { name: FR_TITLE });
    const latest = screen.getByRole('region', { name: 'Derniers événements' });
    expect(within(latest).getAllByRole('link')).toHaveLength(1);
    expect(screen.getAllByText('14 photos')).toHaveLength(1);
    expect(requested()).toContain(FRONT_FILE);
    expect(document.title).toBe('Galeries photos');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('lists it in German under /de/, its interface in German too', async () => {
    renderApp('/de/');
    await screen.findByRole('heading', { level: 1, name: 'Fotogalerien' });
    await screen.findByRole('link', { name: titles.get('nato-bukarest-2022-de.json') });
    expect(within(screen.getByRole('region', { name: 'Neueste Veranstaltungen' })).getAllByRole('link')).toHaveLength(
      1,
    );
    screen.getByText('14 Fotos');
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
  });

  it("leads to an event's page", async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: FR_TITLE }));
    await screen.findByRole('heading', { level: 1, name: FR_TITLE });
    await findCounter('1 / 14');
  });

  it.each([
    ['a server error', { status: 500, body: 'Internal Server Error' }],
    ['a file that is not JSON', { status: 200, body: '<!doctype html><title>Oops</title>' }],
  ])('says the list could not be loaded after %s', async (_, answer) => {
    renderApp('/', { answers: new Map([[FRONT_FILE, answer]]) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('La liste des événements n’a pas pu être chargée.');
    screen.getByRole('heading', { level: 1, name: 'Galeries photos' });
    expect(screen.queryByRole('status')).toBeNull();
    const links = within(screen.getByRole('main')).queryAllByRole('link');
    expect(
      links.map((link) => link.textContent),
      'no event, only the way to the people',
    ).toEqual(['Personnes']);
  });
});

describe('/events/:id (an event)', () => {
  it('shows the event, titles the document with it and speaks its language', async () => {
    const { requested } = renderApp(DEMO);
    await screen.findByRole('heading', { level: 1, name: FR_TITLE });
    await findCounter('1 / 14');
    expect(requested()).toContain('/events/otan-bucarest-2022.json');
    await waitFor(() => expect(document.title).toBe(FR_TITLE));
    expect(document.documentElement.lang).toBe('fr');
  });

  it('shows the photo named by ?photo=3, and shares a preview of it', async () => {
    renderApp(`${DEMO}?photo=3`);
    const slide = await screen.findByRole('group', { name: '3 sur 14' });
    within(slide).getByText('©NATO');
    await findCounter('3 / 14');
    await waitFor(() => expect(metaContent('og:image')).toMatch(/\/events\/otan-bucarest-2022\/03\.jpg$/));
  });

  it('opens the lightbox on the photo named by /photos/3', async () => {
    renderApp(`${DEMO}/photos/3`);
    const dialog = await screen.findByRole('dialog', { name: 'Visionneuse de photos' });
    await within(dialog).findByRole('group', { name: '3 sur 14' });
  });
});

describe('an address naming a photo the event does not have', () => {
  it.each([
    ['?photo=0', '0'],
    ['?photo=-1', '-1'],
    ['?photo=abc', 'abc'],
    ['?photo=15', '15'],
    ['?photo=99', '99'],
    ['?photo=99999999999', '99999999999'],
    ['/photos/abc', 'abc'],
    ['/photos/0', '0'],
  ])('%s says so, opens nothing and offers photo 1', async (suffix, shown) => {
    const { user } = renderApp(`${DEMO}${suffix}`);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain(`Il n’y a pas de photo « ${shown} » : cet événement en compte 14.`);
    screen.getByRole('heading', { level: 1, name: FR_TITLE });
    screen.getByRole('group', { name: '1 sur 14' });
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(within(notice).getByRole('link', { name: 'Voir la photo 1' }));
    await findCounter('1 / 14');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('an address with no page', () => {
  it.each([
    '/events/..%2F..%2Fetc%2Fpasswd',
    '/events/..%2Fetc',
    '/events/UPPER',
    '/events/a_b',
    '/events/-dash',
    '/nope/nope',
  ])('%s shows the "not found" page without asking the server for a file', async (address) => {
    const { requested } = renderApp(address);
    await screen.findByRole('heading', { level: 1, name: 'Page introuvable' });
    expect(screen.getByRole('link', { name: 'Voir tous les événements' }).getAttribute('href')).toBe('/');
    expect(document.title).toBe('Page introuvable');
    expect(document.documentElement.lang).toBe('fr');
    expect(requested()).toEqual([]);
  });

  it('an unknown event shows the "not found" page once the server says it has no such file', async () => {
    const { requested, user } = renderApp('/events/does-not-exist');
    await screen.findByRole('heading', { level: 1, name: 'Page introuvable' });
    expect(requested()).toContain('/events/does-not-exist.json');
    await waitFor(() => expect(document.title).toBe('Page introuvable'));

    await user.click(screen.getByRole('link', { name: 'Voir tous les événements' }));
    await screen.findByRole('heading', { level: 1, name: 'Galeries photos' });
  });
});
