import { render, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EventHeader } from '../../src/article/EventHeader';
import type { GalleryEvent } from '../../src/event/schema';
import { Carousel } from '../../src/gallery/Carousel';
import { LightboxCaption } from '../../src/gallery/LightboxCaption';
import { PhotoList } from '../../src/gallery/PhotoList';
import { photoViews } from '../../src/gallery/photos';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { messagesFor } from '../../src/i18n/messages';

const RLO = '\u202E';

/** Every piece of event text carries a direction override or mark, as a careless file may. */
const event: GalleryEvent = {
  id: 'bidi',
  lang: 'fr',
  title: 'Réunion',
  date: '2022-11-29',
  location: `Bucarest${RLO}`,
  body: [],
  photos: [1, 2].map((n) => ({
    src: `bidi/0${n}.jpg`,
    width: 2000,
    height: 1334,
    credit: `MAEE${RLO}`,
    caption: `Photo de groupe${RLO}`,
    people: [
      { name: 'Jean Asselborn', role: `ministre des Affaires étrangères${RLO}` },
      { name: `Hadja Lahbib${RLO}`, role: 'ministre des Affaires étrangères de la Belgique' },
    ],
  })),
};
const photos = photoViews(event, 'https://example.org/events/bidi.json', messagesFor('fr'));

/**
 * The text of `line` that is not inside an isolating element (`<bdi>`), letters only: the
 * number, spaces and separators are ours, and neutral.
 */
function unisolated(line: Element): string[] {
  const walker = line.ownerDocument.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  const loose: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (/\p{L}/u.test(text) && !node.parentElement?.closest('bdi')) loose.push(text);
  }
  return loose;
}

const inFrench = (children: React.ReactNode) => <I18nProvider lang="fr">{children}</I18nProvider>;

describe('every piece of event text in a line is isolated', () => {
  it('in the carousel’s caption and credit', () => {
    const { container } = render(
      inFrench(
        <Carousel title="Réunion" lang="fr" photos={photos} index={0} onIndexChange={() => {}} onOpen={() => {}} />,
      ),
    );
    const caption = container.querySelector('figcaption');
    expect(caption?.textContent).toContain('(de g. à dr.) Jean Asselborn');
    expect(unisolated(caption as Element)).toEqual([]);
    const credit = within(container).getByText(`©MAEE${RLO}`);
    expect(credit.closest('bdi')).not.toBeNull();
  });

  it('in the lightbox’s caption line: number, credit, marker, people and caption', () => {
    const first = photos[0];
    if (!first) throw new Error('no photo');
    const { getByRole } = render(inFrench(<LightboxCaption photo={first} lang="fr" />));
    const line = getByRole('region', { name: 'Légende de la photo 1' });
    expect(line.textContent).toContain(`©MAEE${RLO} (de g. à dr.) Jean Asselborn`);
    expect(unisolated(line)).toEqual([]);
  });

  it('in the list a page without scripts shows', () => {
    // The server's HTML, as a browser without scripts reads it: the <noscript> content as markup.
    const html = renderToStaticMarkup(inFrench(<PhotoList photos={photos} lang="fr" />));
    const page = document.createElement('div');
    page.innerHTML = html.replace(/<\/?noscript>/g, '');
    const line = page.querySelector('figcaption');
    expect(line?.textContent).toContain(`2. ©MAEE${RLO} (de g. à dr.) Jean Asselborn`);
    expect(unisolated(line as Element)).toEqual([]);
  });

  it('in the event’s date and place', () => {
    const { container } = render(<EventHeader event={event} />);
    const line = container.querySelector('.eg-header__meta');
    expect(line?.textContent).toContain(`Bucarest${RLO}`);
    // The date is the interface's own text; the place is the event's.
    expect(unisolated(line as Element).filter((text) => text.includes('Bucarest'))).toEqual([]);
  });
});
