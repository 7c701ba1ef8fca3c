import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type Answer, eventText } from '../support/fakeServer';
import { renderApp } from '../support/renderApp';

const DEMO = '/events/otan-bucarest-2022';
const FILE = '/events/otan-bucarest-2022.json';

const demo = JSON.parse(eventText('otan-bucarest-2022')) as { title: string; lead: string; body: string[] };

const FIRST_CAPTION =
  '(de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; ' +
  'Hadja Lahbib, ministre des Affaires étrangères de la Belgique';

/** The slide on show, found by its label (`3 sur 14`) once the event has loaded. */
function findSlide(name: string) {
  return screen.findByRole('group', { name });
}

/** Presses Tab as a keyboard user would, until the named control has focus. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, name: string) {
  const target = screen.getByRole('button', { name });
  for (let presses = 0; presses < 10 && document.activeElement !== target; presses++) await user.tab();
  expect(document.activeElement).toBe(target);
}

/** Text as a reader sees it: any run of spaces (no-break ones included) is one space. */
const seen = (text: string) => text.replace(/\s+/g, ' ').trim();

function counter(text: string) {
  return screen.getByText(text, { selector: '.eg-carousel__counter' });
}

describe('the event page', () => {
  it('loads the event file and shows the title, dates, place and article', async () => {
    const { fetch } = renderApp(DEMO);
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Chargement…');

    await screen.findByRole('heading', { level: 1, name: demo.title });
    expect(fetch).toHaveBeenCalledWith(FILE, expect.anything());
    screen.getByText('29–30 novembre 2022');
    screen.getByText('Bucarest');
    screen.getByText(seen(demo.lead));
    for (const paragraph of demo.body) screen.getByText(seen(paragraph));
    screen.getByText('Communiqué par le ministère des Affaires étrangères et européennes');
    expect(screen.queryByRole('status')).toBeNull();
    await waitFor(() => expect(document.title).toBe(demo.title));
  });

  it('shows the first photo with its number, counter, credit and people from left to right', async () => {
    renderApp(DEMO);
    const slide = await findSlide('1 sur 14');
    within(slide).getByText('1.');
    within(slide).getByText('©MAEE');
    expect(slide.textContent).toContain(`1. ${FIRST_CAPTION}`);
    within(slide).getByRole('button', { name: 'Agrandir la photo 1' });
    expect(within(slide).getByAltText('Jean Asselborn et Hadja Lahbib')).toHaveProperty(
      'src',
      expect.stringMatching(/\/events\/otan-bucarest-2022\/01\.jpg$/),
    );
    counter('1 / 14');
  });

  it('names the carousel region after the event', async () => {
    renderApp(DEMO);
    const region = await screen.findByRole('region', { name: (name) => name.includes(demo.title) });
    within(region).getByRole('group', { name: '1 sur 14' });
    within(region).getByRole('button', { name: 'Photo suivante' });
  });

  it('moves to the next and previous photo with the buttons', async () => {
    const { user } = renderApp(DEMO);
    await findSlide('1 sur 14');

    await user.click(screen.getByRole('button', { name: 'Photo suivante' }));
    const second = await findSlide('2 sur 14');
    within(second).getByText('2.');
    within(second).getByText('©NATO');
    expect(second.textContent).toContain(
      '2. (de g. à dr.) Klaus Iohannis, président de la Roumanie ; Bogdan Aurescu, ministre des Affaires étrangères de la Roumanie ; Jean Asselborn',
    );
    expect(second.textContent).not.toContain('Hadja Lahbib');
    counter('2 / 14');

    await user.click(screen.getByRole('button', { name: 'Photo précédente' }));
    const first = await findSlide('1 sur 14');
    within(first).getByText('©MAEE');
    expect(first.textContent).toContain(FIRST_CAPTION);
    counter('1 / 14');
  });

  it('stays on the first and last photo at either end', async () => {
    const { user } = renderApp(DEMO);
    await findSlide('1 sur 14');
    await user.click(screen.getByRole('button', { name: 'Photo précédente' }));
    await findSlide('1 sur 14');

    await user.click(screen.getByRole('button', { name: 'Photo 14' }));
    await findSlide('14 sur 14');
    await user.click(screen.getByRole('button', { name: 'Photo suivante' }));
    await findSlide('14 sur 14');
    counter('14 / 14');
  });

  // Which photo each key leads to; that focus stays on the photo as it changes, in a real
  // browser, is tests/e2e/a11y.spec.ts's.
  it.each([
    [1, 'ArrowRight', 2, '©NATO'],
    [3, 'ArrowLeft', 2, '©NATO'],
    [1, 'End', 14, '©MAEE'],
    [9, 'Home', 1, '©MAEE'],
  ])('on photo %i, %s goes to photo %i', async (from, key, to, credit) => {
    const { user } = renderApp(from === 1 ? DEMO : `${DEMO}?photo=${from}`);
    await findSlide(`${from} sur 14`);
    await tabTo(user, `Agrandir la photo ${from}`);
    await user.keyboard(`{${key}}`);
    const slide = await findSlide(`${to} sur 14`);
    within(slide).getByText(credit);
    counter(`${to} / 14`);
  });

  it('opens the photo in the lightbox, on the same photo, and closes it with Escape', async () => {
    const { user } = renderApp(`${DEMO}?photo=3`);
    await findSlide('3 sur 14');
    await user.click(screen.getByRole('button', { name: 'Agrandir la photo 3' }));

    const dialog = await screen.findByRole('dialog', { name: 'Visionneuse de photos' });
    const slide = await within(dialog).findByRole('group', { name: '3 sur 14' });
    expect(within(dialog).getAllByText('3 / 14').length).toBeGreaterThan(0);
    expect(slide.textContent).toContain(
      "3. ©NATO (de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; Jens Stoltenberg, secrétaire général de l'OTAN",
    );

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await findSlide('3 sur 14');
  });

  it('opens on the photo named in the address: the group photo has no left-to-right marker', async () => {
    renderApp(`${DEMO}?photo=14`);
    const slide = await findSlide('14 sur 14');
    expect(slide.textContent).toContain('14. Photo de groupe');
    expect(slide.textContent).not.toContain('(de g. à dr.)');
    within(slide).getByText('©MAEE');
    counter('14 / 14');
  });
});

describe('when the event cannot be shown', () => {
  it('names the file and every problem in an invalid event file', async () => {
    const broken = JSON.parse(eventText('otan-bucarest-2022'));
    broken.photos[3].width = -1;
    delete broken.title;
    renderApp(DEMO, { answers: new Map([[FILE, { status: 200, body: JSON.stringify(broken) }]]) });

    const alert = await screen.findByRole('alert');
    within(alert).getByRole('heading', { level: 1, name: 'Cet événement ne peut pas être affiché' });
    const problems = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(problems).toEqual(
      expect.arrayContaining(['title: required, but missing', 'photos[3].width: expected a positive integer']),
    );
    expect(problems).toHaveLength(2);
    expect(alert.textContent).toContain('2 erreurs');
    expect(alert.textContent).toContain(`Fichier : ${FILE}`);
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });

  it('says when the file is not JSON', async () => {
    renderApp(DEMO, { answers: new Map([[FILE, { status: 200, body: '<!doctype html><title>Oops</title>' }]]) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/n’est pas du JSON valide/);
    expect(alert.textContent).toContain(`Fichier : ${FILE}`);
  });

  it('refuses a file whose id is not its name', async () => {
    const answers = new Map<string, Answer>([[FILE, { status: 200, body: eventText('nato-bukarest-2022-de') }]]);
    renderApp(DEMO, { answers });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('id: expected "otan-bucarest-2022"');
  });

  it('offers to try again after a network error, and shows the event once it loads', async () => {
    const answers = new Map<string, Answer>([[FILE, 'network-error']]);
    const { user } = renderApp(DEMO, { answers });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('(réseau)');

    answers.delete(FILE);
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await screen.findByRole('heading', { level: 1, name: demo.title });
    await findSlide('1 sur 14');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers to try again after a server error', async () => {
    renderApp(DEMO, { answers: new Map([[FILE, { status: 503, body: 'busy' }]]) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('503');
    within(alert).getByRole('button', { name: 'Réessayer' });
  });
});

describe('events in other languages', () => {
  it('speaks German on a German event, with the document in German', async () => {
    const { user } = renderApp('/events/nato-bukarest-2022-de');
    const title = 'Jean Asselborn beim Treffen der NATO-Außenminister in Bukarest';
    await screen.findByRole('heading', { level: 1, name: title });
    screen.getByRole('link', { name: 'Fotogalerien' });
    await waitFor(() => expect(document.title).toBe(title));
    expect(document.documentElement.lang).toBe('de');
    screen.getByText('29.–30. November 2022');
    const slide = await findSlide('1 von 14');
    expect(slide.textContent).toMatch(/1\. \(v\.l\.n\.r\.\) Jean Asselborn, [^;]+; Hadja Lahbib, /);
    screen.getByRole('button', { name: 'Vorheriges Foto' });

    await user.click(screen.getByRole('button', { name: 'Nächstes Foto' }));
    const second = await findSlide('2 von 14');
    within(second).getByText('©NATO');
  });

  it('speaks English on an English event', async () => {
    const { user } = renderApp('/events/nato-bucharest-2022-en');
    await screen.findByRole('heading', {
      level: 1,
      name: 'Jean Asselborn at the meeting of NATO Foreign Ministers in Bucharest',
    });
    const slide = await findSlide('1 of 14');
    expect(slide.textContent).toMatch(/1\. \(from left to right\) Jean Asselborn, [^;]+; Hadja Lahbib, /);

    await user.click(screen.getByRole('button', { name: 'Next photo' }));
    await findSlide('2 of 14');
    await user.click(screen.getByRole('button', { name: 'Previous photo' }));
    await findSlide('1 of 14');
  });
});
