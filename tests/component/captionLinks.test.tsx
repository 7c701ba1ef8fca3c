import { act, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, StaticRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import type { PageData } from '../../src/app/AppRoutes';
import { parseEvent } from '../../src/event/parseEvent';
import { personSlug } from '../../src/event/slug';
import { eventText, fakeServer } from '../support/fakeServer';
import { renderApp } from '../support/renderApp';

const DEMO = '/events/otan-bucarest-2022';

/** The demo with its second person on photo 1 unknown, as a release names someone it cannot. */
function withUnknownPerson() {
  const event = JSON.parse(eventText('otan-bucarest-2022'));
  event.photos[0].people[1].name = 'n.n.';
  return new Map([[`${DEMO}.json`, { status: 200, body: JSON.stringify(event) }]]);
}

describe('a name in a caption', () => {
  it("links to the person's page in the carousel, in the listing's language", async () => {
    renderApp(DEMO);
    const slide = await screen.findByRole('group', { name: '1 sur 14' });
    const link = await within(slide).findByRole('link', { name: 'Jean Asselborn' });
    expect(link.getAttribute('href')).toBe('/people/jean-asselborn');
    expect(link.getAttribute('target')).toBeNull();
    expect(within(slide).getByRole('link', { name: 'Hadja Lahbib' }).getAttribute('href')).toBe('/people/hadja-lahbib');
  });

  it("of an event in another language links to that language's page", async () => {
    renderApp('/events/nato-bukarest-2022-de', { lang: 'de' });
    const slide = await screen.findByRole('group', { name: '1 von 14' });
    const link = await within(slide).findByRole('link', { name: 'Jean Asselborn' });
    expect(link.getAttribute('href')).toBe('/de/people/jean-asselborn');
  });

  it('of an unknown person (n.n.) stays plain text', async () => {
    renderApp(DEMO, { answers: withUnknownPerson() });
    const slide = await screen.findByRole('group', { name: '1 sur 14' });
    await within(slide).findByRole('link', { name: 'Jean Asselborn' });
    expect(within(slide).getByText('n.n.').closest('a')).toBeNull();
    expect(within(slide).getAllByRole('link')).toHaveLength(1);
  });

  it("links to the person's page in the lightbox", async () => {
    renderApp(`${DEMO}/photos/3`);
    const dialog = await screen.findByRole('dialog', { name: 'Visionneuse de photos' });
    const caption = await within(dialog).findByRole('region', { name: 'Légende de la photo 3' });
    const link = await within(caption).findByRole('link', { name: 'Jens Stoltenberg' });
    expect(link.getAttribute('href')).toBe('/people/jens-stoltenberg');
  });

  it("in the iframe embed opens the person's page on the gallery site in a new tab", async () => {
    renderApp('/embed/otan-bucarest-2022');
    const slide = await screen.findByRole('group', { name: '1 sur 14' });
    const link = await within(slide).findByRole('link', { name: 'Jean Asselborn' });
    expect(link.getAttribute('href')).toBe(new URL('/people/jean-asselborn', window.location.href).href);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
  });
});

describe('a name in the <event-gallery> element', () => {
  afterEach(() => {
    act(() => {
      for (const element of document.querySelectorAll('event-gallery')) element.remove();
    });
  });

  it.each([
    ['otan-bucarest-2022', 'https://gallery.example/galleries/people/jean-asselborn'],
    ['nato-bukarest-2022-de', 'https://gallery.example/galleries/de/people/jean-asselborn'],
  ])("of %s opens the person's page on the gallery site, in a new tab", async (id, page) => {
    fakeServer({ base: 'https://gallery.example/galleries/' });
    await import('../../src/embed/element.tsx');
    const element = document.createElement('event-gallery');
    element.setAttribute('src', `https://gallery.example/galleries/events/${id}.json`);
    act(() => document.body.append(element));
    const shadow = within(element.shadowRoot as unknown as HTMLElement);
    const link = await shadow.findByRole('link', { name: 'Jean Asselborn' });
    expect(link.getAttribute('href')).toBe(page);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
  });
});

describe('a prerendered event page', () => {
  const parsed = parseEvent(`${DEMO}.json`, eventText('otan-bucarest-2022'), 'otan-bucarest-2022');
  if (!parsed.ok) throw new Error('the demo event does not parse');
  const names = parsed.event.photos.flatMap((photo) => photo.people ?? []).map((person) => person.name);
  const data: PageData = {
    url: DEMO,
    event: parsed,
    slugs: Object.fromEntries(names.map((name) => [name, personSlug(name) ?? ''])),
  };
  const app = <App siteLanguage="fr" data={data} />;
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={DEMO}>{app}</StaticRouter>
    </StrictMode>,
  );

  it('links the names in its HTML, the no-JS photo list too', () => {
    const page = document.createElement('div');
    // A browser without scripts reads the <noscript> content as markup.
    page.innerHTML = html.replace(/<\/?noscript>/g, '');
    const list = within(page).getByRole('list', { name: 'Les autres photos' });
    const item = within(list).getAllByRole('listitem')[1] as HTMLElement;
    expect(item.textContent).toContain('Jens Stoltenberg');
    expect(within(item).getByRole('link', { name: 'Jens Stoltenberg' }).getAttribute('href')).toBe(
      '/people/jens-stoltenberg',
    );
    const caption = page.querySelector('.eg-slide__caption') as HTMLElement;
    expect(within(caption).getByRole('link', { name: 'Jean Asselborn' }).getAttribute('href')).toBe(
      '/people/jean-asselborn',
    );
  });

  it('hydrates without a mismatch, its links in place', async () => {
    fakeServer();
    const root = document.createElement('div');
    root.innerHTML = html;
    document.body.append(root);
    const onRecoverableError = vi.fn();
    const hydrated = await act(async () =>
      hydrateRoot(
        root,
        <StrictMode>
          <MemoryRouter initialEntries={[DEMO]}>{app}</MemoryRouter>
        </StrictMode>,
        { onRecoverableError },
      ),
    );
    expect(onRecoverableError).not.toHaveBeenCalled();
    const slide = within(root).getByRole('group', { name: '1 sur 14' });
    expect(within(slide).getByRole('link', { name: 'Jean Asselborn' }).getAttribute('href')).toBe(
      '/people/jean-asselborn',
    );
    act(() => hydrated.unmount());
    root.remove();
  });
});
