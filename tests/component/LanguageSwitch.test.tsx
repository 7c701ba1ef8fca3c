import { site } from 'virtual:site-config';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { archiveOf } from '../../scripts/build/archive';
import { archiveFiles } from '../../src/event/archive';
import { buildEventsIndex } from '../../src/event/eventsIndex';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { UI_LANGUAGES } from '../../src/i18n/messages';
import type { Alternate } from '../../src/routes/alternates';
import { LanguageSwitch } from '../../src/routes/LanguageSwitch';
import { peopleLanguages } from '../../src/routes/people/languages';
import { type Answer, eventFiles, eventText } from '../support/fakeServer';
import { renderApp } from '../support/renderApp';

const DEMO = '/events/otan-bucarest-2022';
const GERMAN = '/events/nato-bukarest-2022-de';
const titleOf = (id: string) => (JSON.parse(eventText(id)) as { title: string }).title;

/** The carousel's `3 / 14`, once the event has loaded. */
function findCounter(text: string) {
  return screen.findByText(text, { selector: '.eg-carousel__counter' });
}

/** The switch alone, on a French page offering `alternates`, beside a text that says the messages have loaded. */
function renderSwitch(alternates: Alternate[]) {
  render(
    <MemoryRouter>
      <I18nProvider lang="fr">
        <p>page</p>
        <LanguageSwitch alternates={alternates} lang="fr" />
      </I18nProvider>
    </MemoryRouter>,
  );
}

/** The header's language switch, named in the page's language. */
function findSwitch(name: string) {
  return screen.findByRole('navigation', { name });
}

/**
 * A short event in two languages beside the demo: its German version keeps only the first two
 * photos, as when one ministry's release carries fewer than the other's.
 */
function withShortPair(): Map<string, Answer> {
  const version = (id: string, from: string, photos: number) => {
    const event = JSON.parse(eventText(from)) as { photos: unknown[] };
    const text = JSON.stringify({ ...event, id, translationKey: 'kurz', photos: event.photos.slice(0, photos) });
    return { name: `${id}.json`, text };
  };
  const pair = [version('court-fr', 'otan-bucarest-2022', 5), version('kurz-de', 'nato-bukarest-2022-de', 2)];
  const { index, events } = buildEventsIndex([...eventFiles, ...pair]);
  const year = archiveOf(index, events, '/', UI_LANGUAGES, site.defaultLanguage, peopleLanguages(site)).get(
    archiveFiles.year('2022'),
  );
  return new Map<string, Answer>([
    [`/${archiveFiles.year('2022')}`, { status: 200, body: JSON.stringify(year) }],
    ...pair.map(({ name, text }): [string, Answer] => [`/events/${name}`, { status: 200, body: text }]),
  ]);
}

describe('the language switch on an event page', () => {
  it('links to the other versions by their own names, each with hreflang and lang', async () => {
    renderApp(DEMO);
    const languages = await findSwitch('Autres langues');
    const links = await within(languages).findAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Deutsch', 'English', 'Lëtzebuergesch']);
    expect(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('lang')])).toEqual([
      ['de', 'de'],
      ['en', 'en'],
      ['lb', 'lb'],
    ]);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      GERMAN,
      '/events/nato-bucharest-2022-en',
      '/events/nato-bukarest-2022-lb',
    ]);
    expect(within(languages).queryByRole('link', { name: 'Français' }), 'the page’s own language').toBeNull();
  });

  it('from ?photo=3 opens photo 3 of the German version, which speaks German', async () => {
    const { user } = renderApp(`${DEMO}?photo=3`);
    await findCounter('3 / 14');
    const languages = await findSwitch('Autres langues');
    const german = await within(languages).findByRole('link', { name: 'Deutsch' });
    expect(german.getAttribute('href')).toBe(`${GERMAN}?photo=3`);

    await user.click(german);
    await screen.findByRole('heading', { level: 1, name: titleOf('nato-bukarest-2022-de') });
    await screen.findByRole('group', { name: '3 von 14' });
    await findCounter('3 / 14');
    const back = await within(await findSwitch('Andere Sprachen')).findByRole('link', { name: 'Français' });
    expect(back.getAttribute('href'), 'the way back keeps the photo too').toBe(`${DEMO}?photo=3`);
    expect(document.documentElement.lang).toBe('de');
  });

  it('from the lightbox on /photos/3 opens the German lightbox on photo 3', async () => {
    const { user } = renderApp(`${DEMO}/photos/3`);
    await screen.findByRole('dialog', { name: 'Visionneuse de photos' });
    const german = await within(await findSwitch('Autres langues')).findByRole('link', { name: 'Deutsch' });
    expect(german.getAttribute('href')).toBe(`${GERMAN}/photos/3`);

    // jsdom lets this click through the modal lightbox; Chromium does not (tests/e2e/languages.spec.ts).
    await user.click(german);
    const dialog = await screen.findByRole('dialog', { name: 'Fotoansicht' });
    await within(dialog).findByRole('group', { name: '3 von 14' });
  });

  it('lands on the last photo of a version that has fewer', async () => {
    const { user } = renderApp('/events/court-fr?photo=4', { answers: withShortPair() });
    await findCounter('4 / 5');
    const german = await within(await findSwitch('Autres langues')).findByRole('link', { name: 'Deutsch' });
    expect(german.getAttribute('href')).toBe('/events/kurz-de?photo=2');

    await user.click(german);
    await findCounter('2 / 2');
    expect(screen.queryByRole('alert'), 'no "this event has no photo 4" notice').toBeNull();
    const back = await within(await findSwitch('Andere Sprachen')).findByRole('link', { name: 'Français' });
    expect(back.getAttribute('href')).toBe('/events/court-fr?photo=2');
  });
});

describe('the language switch on a listing page', () => {
  it('leads from the front page to the German listing, which lists the demo once, in German', async () => {
    const { user } = renderApp('/');
    const languages = await findSwitch('Autres langues');
    const german = await within(languages).findByRole('link', { name: 'Deutsch' });
    expect(german.getAttribute('href')).toBe('/de/');

    await user.click(german);
    await screen.findByRole('heading', { level: 1, name: 'Fotogalerien' });
    const cards = await within(screen.getByRole('region', { name: 'Neueste Veranstaltungen' })).findAllByRole('link');
    expect(cards.map((card) => card.textContent)).toEqual([titleOf('nato-bukarest-2022-de')]);
    screen.getByText('14 Fotos');
    const back = await within(await findSwitch('Andere Sprachen')).findByRole('link', { name: 'Français' });
    expect(back.getAttribute('href')).toBe('/');
  });
});

describe('the language switch alone', () => {
  it('is absent when the page has no other language', async () => {
    renderSwitch([
      { hreflang: 'fr', to: DEMO },
      { hreflang: 'x-default', to: DEMO },
    ]);
    await screen.findByText('page');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('names a language it has no name for by its tag', async () => {
    renderSwitch([
      { hreflang: 'fr', to: DEMO },
      { hreflang: 'ga', to: '/events/x' },
    ]);
    const link = within(await findSwitch('Autres langues')).getByRole('link');
    expect([link.textContent, link.getAttribute('lang')]).toEqual(['ga', 'ga']);
  });
});
