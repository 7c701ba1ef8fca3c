// @vitest-environment node
// The server's HTML, as a browser without scripts reads it. The build renders it in Node;
// preact/compat, like React in a browser, leaves <noscript> empty wherever a document exists.
import { within } from '@testing-library/dom';
import { JSDOM } from 'jsdom';
import { StrictMode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/app/entry-server';
import { parseEvent } from '../../src/event/parseEvent';
import { listTerms } from '../../src/gallery/listTerms';
import { ListTermsContext, PhotoList } from '../../src/gallery/PhotoList';
import { photoViews } from '../../src/gallery/photos';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { messagesFor } from '../../src/i18n/messages';
import { photos as bidiPhotos, RLO, unisolated } from '../support/bidiEvent';
import { DEMO, demoPageData } from '../support/demoPage';
import { weighed } from '../support/weighedEvent';

const FILE = '/events/otan-bucarest-2022.json';
const SITE_TERMS = 'Photos libres de droits pour un usage de presse, crédit obligatoire.';

/** The page a browser without scripts shows: the <noscript> content read as markup. */
function withoutScripts(html: string): HTMLElement {
  return new JSDOM(html.replace(/<\/?noscript>/g, '')).window.document.body;
}

function photoList(photos: Parameters<typeof PhotoList>[0]['photos']): HTMLElement {
  return withoutScripts(
    renderToStaticMarkup(
      <StrictMode>
        <I18nProvider lang="fr">
          <ListTermsContext value={listTerms}>
            <PhotoList photos={photos} lang="fr" />
          </ListTermsContext>
        </I18nProvider>
      </StrictMode>,
    ),
  );
}

describe('the prerendered event page without scripts', () => {
  it('links the names in its HTML, the no-JS photo list too', async () => {
    const page = withoutScripts((await render(DEMO, 'fr', demoPageData())).html);
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

  it('isolates every piece of event text in a line of the list', () => {
    const line = photoList(bidiPhotos).querySelector('figcaption');
    expect(line?.textContent).toContain(`2. ©MAEE${RLO} (de g. à dr.) Jean Asselborn`);
    expect(unisolated(line as Element)).toEqual([]);
  });
});

describe("the no-script list's terms", () => {
  function prerendered(change: Parameters<typeof weighed>[0]) {
    const parsed = parseEvent(FILE, JSON.stringify(weighed(change)), 'otan-bucarest-2022');
    if (!parsed.ok) throw new Error('the event does not parse');
    return photoList(photoViews(parsed.event, `https://example.org${FILE}`, messagesFor('fr')));
  }

  it('gives the terms once for the list, and under a photo whose own terms differ', () => {
    const page = prerendered((e) => {
      Object.assign(e.photos[2] as object, { license: 'https://www.nato.int/terms', usageTerms: 'Usage éditorial' });
    });
    const lines = [...page.querySelectorAll('p')].map((line) => line.textContent);
    expect(lines).toEqual([
      `Crédit obligatoire : indiqué avec chaque photo · ${SITE_TERMS} · CC BY 4.0`,
      'Crédit obligatoire : ©NATO · Usage éditorial · Licence (www.nato.int)',
    ]);
    const third = within(page).getAllByRole('listitem')[1] as HTMLElement;
    expect(third.textContent).toContain('Usage éditorial');
  });

  it('names the one credit when every listed photo has it', () => {
    const page = prerendered((e) => {
      for (const photo of e.photos) photo.credit = 'MAEE';
    });
    expect(page.querySelector('p')?.textContent).toBe(`Crédit obligatoire : ©MAEE · ${SITE_TERMS} · CC BY 4.0`);
  });
});
