import { act, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, StaticRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { DEMO, demoPageData } from '../support/demoPage';
import { eventText, fakeServer } from '../support/fakeServer';
import { renderApp } from '../support/renderApp';

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
  const app = <App siteLanguage="fr" data={demoPageData()} />;
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={DEMO}>{app}</StaticRouter>
    </StrictMode>,
  );

  it('hydrates in place: the prerendered nodes stay, its links in place', async () => {
    fakeServer();
    const root = document.createElement('div');
    root.innerHTML = html;
    document.body.append(root);
    const prerendered = within(within(root).getByRole('group', { name: '1 sur 14' })).getByRole('link', {
      name: 'Jean Asselborn',
    });
    let hydrated: Root | undefined;
    await act(async () => {
      hydrated = hydrateRoot(
        root,
        <StrictMode>
          <MemoryRouter initialEntries={[DEMO]}>{app}</MemoryRouter>
        </StrictMode>,
      );
    });
    const slide = within(root).getByRole('group', { name: '1 sur 14' });
    const link = within(slide).getByRole('link', { name: 'Jean Asselborn' });
    expect(link).toBe(prerendered);
    expect(link.getAttribute('href')).toBe('/people/jean-asselborn');
    act(() => hydrated?.unmount());
    root.remove();
  });
});
