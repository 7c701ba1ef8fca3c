import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PeopleData, PersonData, PersonPhoto } from '../../src/event/archive';
import { photosIn, rolesOverTime } from '../../src/routes/people/people';
import { renderApp } from '../support/renderApp';

const PEOPLE_FILE = '/archive/people.json';
const person = (name: string, slug: string, photoCount: number, eventCount: number) => ({
  name,
  slug,
  photoCount,
  eventCount,
});
const people: PeopleData = {
  people: [
    person('Mevlüt Çavuşoğlu', 'mevlut-cavusoglu', 12, 3),
    person('Jens Stoltenberg', 'jens-stoltenberg', 1, 1),
    person('Antony Blinken', 'antony-blinken', 2, 1),
    person('Claire Cami', 'claire-cami', 4, 2),
    person('Ärni Ärmel', 'arni-armel', 3, 2),
    person('Cyril Zed', 'cyril-zed', 6, 2),
    person('Çağla Demir', 'cagla-demir', 7, 4),
  ],
};

const photo = (event: string, lang: string, number: number, extra: Partial<PersonPhoto>): PersonPhoto => ({
  event,
  lang,
  title: `Titre ${event}`,
  date: '2022-11-29',
  endDate: '2022-11-30',
  number,
  alt: `Jens Stoltenberg, photo ${number} de ${event}`,
  image: { src: `/events/${event}/${number}.jpg`, width: 300, height: 200 },
  ...extra,
});
// The Bucharest meeting in French and German, then an older French-only event where he held another role.
const jensPhotos = [
  ...[1, 2, 3, 4, 5].map((n) =>
    photo('otan-bucarest', 'fr', n, { translationKey: 'nato', role: 'secrétaire général' }),
  ),
  photo('nato-bukarest-de', 'de', 1, { translationKey: 'nato', role: 'Generalsekretär', title: 'NATO in Bukarest' }),
  photo('oslo-2013', 'fr', 7, { date: '2013-03-04', endDate: undefined, role: 'Premier ministre' }),
];

/** His page in `lang`, as the build writes it: each photo once, in that language's version if any. */
function jensIn(lang: string, page = { page: 1, pages: 1 }): PersonData {
  const photos = photosIn(jensPhotos, lang, 'fr');
  const roles = rolesOverTime(photos);
  return {
    slug: 'jens-stoltenberg',
    name: 'Jens Stoltenberg',
    lang,
    photoCount: photos.length,
    roles,
    photos,
    ...page,
  };
}
const jens = jensIn('fr');

/** The names listed, in the order shown. */
const listedNames = () =>
  within(screen.getByRole('main'))
    .getAllByRole('link')
    .filter((link) => link.getAttribute('href')?.includes('/people/'))
    .map((link) => link.textContent);

describe('/people', () => {
  it('lists everyone in French order under their initials, Ç among the C and sorted with them, with their counts', async () => {
    const { requested } = renderApp('/people', { data: { url: '/people', people } });
    await screen.findByRole('heading', { level: 1, name: 'Personnes' });
    const letters = screen.getByRole('navigation', { name: 'Initiales' });
    expect(
      within(letters)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['A', '#eg-people-A'],
      ['C', '#eg-people-C'],
      ['J', '#eg-people-J'],
      ['M', '#eg-people-M'],
    ]);
    const c = screen.getByRole('region', { name: 'C' });
    expect(
      within(c)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Çağla Demir', 'Claire Cami', 'Cyril Zed']);
    expect(screen.getByRole('heading', { level: 2, name: 'A' }).id).toBe('eg-people-A');
    expect(listedNames()).toEqual([
      'Antony Blinken',
      'Ärni Ärmel',
      'Çağla Demir',
      'Claire Cami',
      'Cyril Zed',
      'Jens Stoltenberg',
      'Mevlüt Çavuşoğlu',
    ]);
    expect(screen.getByRole('link', { name: 'Mevlüt Çavuşoğlu' }).getAttribute('href')).toBe(
      '/people/mevlut-cavusoglu',
    );
    screen.getByText('12 photos · 3 événements');
    screen.getByText('1 photo · 1 événement');
    await waitFor(() => expect(document.title).toBe('Personnes'));
    expect(requested()).not.toContain(PEOPLE_FILE);
  });

  it('speaks German under /de/, in German order, with links to the German pages', async () => {
    renderApp('/de/people', { data: { url: '/de/people', people } });
    await screen.findByRole('heading', { level: 1, name: 'Personen' });
    screen.getByRole('navigation', { name: 'Anfangsbuchstaben' });
    expect(listedNames().slice(0, 5)).toEqual([
      'Antony Blinken',
      'Ärni Ärmel',
      'Çağla Demir',
      'Claire Cami',
      'Cyril Zed',
    ]);
    expect(screen.getByRole('link', { name: 'Jens Stoltenberg' }).getAttribute('href')).toBe(
      '/de/people/jens-stoltenberg',
    );
    screen.getByText('12 Fotos · 3 Veranstaltungen');
    screen.getByText('1 Foto · 1 Veranstaltung');
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
  });

  it('fetches the list when the page was not prerendered', async () => {
    const answers = new Map([[PEOPLE_FILE, { status: 200, body: JSON.stringify(people) }]]);
    renderApp('/en/people', { answers });
    await screen.findByRole('link', { name: 'Claire Cami' });
    screen.getByText('4 photos · 2 events');
  });

  it.each([
    ['a server error', { status: 500, body: 'oops' }],
    ['a file of another shape', { status: 200, body: '{"people":[{"name":"X"}]}' }],
  ])('says the list could not be loaded after %s', async (_, answer) => {
    renderApp('/people', { answers: new Map([[PEOPLE_FILE, answer]]) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('La liste des personnes n’a pas pu être chargée.');
    screen.getByRole('heading', { level: 1, name: 'Personnes' });
  });
});

describe('/people/:slug', () => {
  it('shows the name, the roles newest first and each photo once, newest first, linked to its page', async () => {
    const url = '/people/jens-stoltenberg';
    const { requested } = renderApp(url, { data: { url, person: jens } });
    await screen.findByRole('heading', { level: 1, name: 'Jens Stoltenberg' });
    const roles = screen.getByRole('region', { name: 'Fonctions' });
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['secrétaire général (29–30 novembre 2022)', 'Premier ministre (4 mars 2013)']);
    const photos = within(screen.getByRole('region', { name: '6 photos' })).getAllByRole('link');
    expect(photos.map((a) => a.getAttribute('href'))).toEqual([
      ...[1, 2, 3, 4, 5].map((n) => `/events/otan-bucarest/photos/${n}`),
      '/events/oslo-2013/photos/7',
    ]);
    const first = within(photos[0] as HTMLElement).getByRole('img', {
      name: 'Jens Stoltenberg, photo 1 de otan-bucarest',
    });
    expect([first.getAttribute('width'), first.getAttribute('loading')]).toEqual(['300', 'eager']);
    expect(
      within(photos[4] as HTMLElement)
        .getByRole('img')
        .getAttribute('loading'),
    ).toBe('lazy');
    within(photos[0] as HTMLElement).getByText('Titre otan-bucarest');
    screen.getByText('4 mars 2013');
    await waitFor(() => expect(document.title).toBe('Jens Stoltenberg'));
    expect(requested()).toEqual([]);
  });

  it('shows the German version of a photo on the German page', async () => {
    const url = '/de/people/jens-stoltenberg';
    renderApp(url, { data: { url, person: jensIn('de') } });
    const link = await screen.findByRole('link', { name: /NATO in Bukarest/ });
    expect(link.getAttribute('href')).toBe('/events/nato-bukarest-de/photos/1');
    const roles = screen.getByRole('region', { name: 'Funktionen' });
    expect(within(roles).getAllByRole('listitem')[0]?.textContent).toMatch(
      /^Generalsekretär \(29\.–30\. November 2022\)$/,
    );
  });

  it('fetches its file, and a person with no file is a page not found', async () => {
    const { requested } = renderApp('/people/nobody-known');
    await screen.findByRole('heading', { level: 1, name: 'Page introuvable' });
    expect(requested()).toContain('/archive/people/nobody-known/fr-1.json');
    await waitFor(() => expect(document.title).toBe('Page introuvable'));
  });

  it('asks for no file for an address no slug looks like', async () => {
    const { requested } = renderApp('/people/..%2Fpeople');
    await screen.findByRole('heading', { level: 1, name: 'Page introuvable' });
    expect(requested()).toEqual([]);
  });

  it('says the photos could not be loaded after a server error', async () => {
    const answers = new Map([['/archive/people/jens-stoltenberg/fr-1.json', { status: 503, body: '' }]]);
    renderApp('/people/jens-stoltenberg', { answers });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Les photos de cette personne n’ont pas pu être chargées.');
  });

  it('loads another person’s file rather than showing the prerendered one', async () => {
    const body = JSON.stringify({ ...jens, slug: 'antony-blinken', name: 'Antony Blinken' });
    const answers = new Map([['/archive/people/antony-blinken/fr-1.json', { status: 200, body }]]);
    renderApp('/people/antony-blinken', { answers, data: { url: '/people/jens-stoltenberg', person: jens } });
    await screen.findByRole('heading', { level: 1, name: 'Antony Blinken' });
  });

  it('goes on over pages, each with its neighbours linked in the page and in the head', async () => {
    const url = '/people/jens-stoltenberg/2';
    const second = jensIn('fr', { page: 2, pages: 3 });
    const { requested } = renderApp(url, { data: { url, person: second } });
    const pages = await screen.findByRole('navigation', { name: 'Pages' });
    within(pages).getByText('Page 2 sur 3');
    expect(within(pages).getByRole('link', { name: 'Page précédente' }).getAttribute('href')).toBe(
      '/people/jens-stoltenberg',
    );
    expect(within(pages).getByRole('link', { name: 'Page suivante' }).getAttribute('href')).toBe(
      '/people/jens-stoltenberg/3',
    );
    await waitFor(() =>
      expect(document.head.querySelector('link[rel="next"]')?.getAttribute('href')).toMatch(
        /\/people\/jens-stoltenberg\/3$/,
      ),
    );
    expect(requested()).toEqual([]);
  });
});
