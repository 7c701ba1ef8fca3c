import type { GalleryEvent } from '../../src/event/schema';
import { photoViews } from '../../src/gallery/photos';
import { messagesFor } from '../../src/i18n/messages';

export const RLO = '\u202E';

/** Every piece of event text carries a direction override or mark, as a careless file may. */
export const event: GalleryEvent = {
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
export const photos = photoViews(event, 'https://example.org/events/bidi.json', messagesFor('fr'));

/** NodeFilter.SHOW_TEXT: a page parsed outside the test's own window has no such global. */
const SHOW_TEXT = 4;

/**
 * The text of `line` that is not inside an isolating element (`<bdi>`), letters only: the
 * number, spaces and separators are ours, and neutral.
 */
export function unisolated(line: Element): string[] {
  const walker = line.ownerDocument.createTreeWalker(line, SHOW_TEXT);
  const loose: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (/\p{L}/u.test(text) && !node.parentElement?.closest('bdi')) loose.push(text);
  }
  return loose;
}
