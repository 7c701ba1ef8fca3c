import { describe, expect, it } from 'vitest';
import { photoMetadata, type SiteTerms } from '../../scripts/images/metadata.ts';
import { xmpPacket } from '../../scripts/images/xmp.ts';
import { type GalleryEvent, validateEvent } from '../../src/event/schema.ts';
import { loadMessages } from '../../src/i18n/messages.ts';

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  photoshop: 'http://ns.adobe.com/photoshop/1.0/',
  xmpRights: 'http://ns.adobe.com/xap/1.0/rights/',
  Iptc4xmpExt: 'http://iptc.org/std/Iptc4xmpExt/2008-02-29/',
  plus: 'http://ns.useplus.org/ldf/xmp/1.0/',
} as const;

const SITE: SiteTerms = {
  defaultLanguage: 'fr',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  usageTerms: { fr: 'Libre de droits pour la presse.', de: 'Lizenzfrei für die Presse.' },
};

function eventOf(change: Record<string, unknown> = {}, photo: Record<string, unknown> = {}): GalleryEvent {
  const result = validateEvent({
    id: 'otan',
    lang: 'fr',
    title: 'Réunion de l’OTAN à Bucarest',
    date: '2022-11-29',
    endDate: '2022-11-30',
    location: 'Bucarest',
    body: [],
    photos: [
      {
        src: 'otan/01.jpg',
        width: 600,
        height: 400,
        credit: 'MAEE',
        people: [
          { name: 'Jean Asselborn', role: 'ministre des Affaires étrangères et européennes' },
          { name: 'Jens Stoltenberg', role: 'secrétaire général de l’OTAN' },
          { name: 'Bogdan Aurescu' },
        ],
        ...photo,
      },
    ],
    ...change,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.event;
}

/** The packet as a newsroom's tool reads it: an XML parser, namespaces and all. */
async function read(event: GalleryEvent, site = SITE) {
  const photo = event.photos[0];
  if (!photo) throw new Error('no photo');
  const packet = xmpPacket([photoMetadata(event, photo, await loadMessages(event.lang), site)]);
  const document = new DOMParser().parseFromString(packet, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  const all = (ns: keyof typeof NS, name: string) => [...document.getElementsByTagNameNS(NS[ns], name)];
  const text = (ns: keyof typeof NS, name: string) => all(ns, name).map((node) => node.textContent);
  /** A language alternative as [language, text] pairs. */
  const alt = (ns: keyof typeof NS, name: string) =>
    all(ns, name).flatMap((node) =>
      [...node.getElementsByTagNameNS(NS.rdf, 'li')].map((li) => [li.getAttribute('xml:lang'), li.textContent]),
    );
  return { all, text, alt };
}

describe('the XMP written into each photo file', () => {
  it('gives the credit without ©, the rights with it, and the caption as the visitor reads it', async () => {
    const { text, alt } = await read(eventOf());
    const caption =
      '(de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; ' +
      'Jens Stoltenberg, secrétaire général de l’OTAN ; Bogdan Aurescu';
    expect(text('photoshop', 'Credit')).toEqual(['MAEE']);
    expect(alt('dc', 'rights')).toEqual([['x-default', '©MAEE']]);
    expect(alt('dc', 'description')).toEqual([
      ['x-default', caption],
      ['fr', caption],
    ]);
  });

  it('names the people in a bag, in their left-to-right order', async () => {
    const { all } = await read(eventOf());
    const [people] = all('Iptc4xmpExt', 'PersonInImage');
    const bag = people?.firstElementChild;
    expect(bag?.namespaceURI).toBe(NS.rdf);
    expect(bag?.localName).toBe('Bag');
    expect([...(bag?.children ?? [])].map((li) => li.textContent)).toEqual([
      'Jean Asselborn',
      'Jens Stoltenberg',
      'Bogdan Aurescu',
    ]);
  });

  it('carries the event’s title, date and city, and the licence as IPTC’s guide has it', async () => {
    const { all, text, alt } = await read(eventOf());
    expect(alt('dc', 'title')).toEqual([
      ['x-default', 'Réunion de l’OTAN à Bucarest'],
      ['fr', 'Réunion de l’OTAN à Bucarest'],
    ]);
    expect(text('photoshop', 'Headline')).toEqual(['Réunion de l’OTAN à Bucarest']);
    expect(text('photoshop', 'DateCreated')).toEqual(['2022-11-29']);
    expect(text('photoshop', 'City')).toEqual(['Bucarest']);
    expect(text('xmpRights', 'Marked')).toEqual(['True']);
    expect(text('xmpRights', 'WebStatement')).toEqual([SITE.licence.url]);
    expect(alt('xmpRights', 'UsageTerms')).toEqual([
      ['x-default', 'Libre de droits pour la presse.'],
      ['fr', 'Libre de droits pour la presse.'],
    ]);
    const [licensor] = all('plus', 'Licensor');
    const entry = licensor?.getElementsByTagNameNS(NS.rdf, 'Seq')[0]?.children[0];
    expect(entry?.getAttributeNS(NS.rdf, 'parseType')).toBe('Resource');
    expect(entry?.getElementsByTagNameNS(NS.plus, 'LicensorURL')[0]?.textContent).toBe(SITE.licence.url);
  });

  it('takes the terms from the photo, else its event, else the site in the event’s language', async () => {
    const photoTerms = { license: 'https://photo.example/terms', usageTerms: 'Usage éditorial seulement.' };
    const fromPhoto = await read(eventOf({ license: 'https://event.example/terms' }, photoTerms));
    expect(fromPhoto.text('xmpRights', 'WebStatement')).toEqual(['https://photo.example/terms']);
    expect(fromPhoto.alt('xmpRights', 'UsageTerms')[0]).toEqual(['x-default', 'Usage éditorial seulement.']);

    const fromEvent = await read(eventOf({ license: 'https://event.example/terms', usageTerms: 'Pour la presse.' }));
    expect(fromEvent.text('plus', 'LicensorURL')).toEqual(['https://event.example/terms']);
    expect(fromEvent.alt('xmpRights', 'UsageTerms')[0]).toEqual(['x-default', 'Pour la presse.']);

    const german = await read(eventOf({ lang: 'de' }));
    expect(german.alt('xmpRights', 'UsageTerms')).toEqual([
      ['x-default', 'Lizenzfrei für die Presse.'],
      ['de', 'Lizenzfrei für die Presse.'],
    ]);
    expect(german.alt('dc', 'description')[0]?.[1]).toMatch(/^\(v\.l\.n\.r\.\) Jean Asselborn, /);
    const english = await read(eventOf({ lang: 'en' }));
    expect(english.alt('xmpRights', 'UsageTerms')[0]).toEqual(['x-default', 'Libre de droits pour la presse.']);
  });

  it('leaves out what the event does not say: no city, no caption, no people', async () => {
    const { all } = await read(eventOf({ location: undefined }, { people: undefined }));
    expect(all('photoshop', 'City')).toHaveLength(0);
    expect(all('dc', 'description')).toHaveLength(0);
    expect(all('Iptc4xmpExt', 'PersonInImage')).toHaveLength(0);
  });

  it('escapes a hostile caption and credit, so that the packet stays XML and reads back the same', async () => {
    const hostile = 'Fin ]]> <b>gras</b> & "cité" </rdf:li><rdf:li>faux';
    const { text, alt } = await read(
      eventOf({}, { people: [{ name: 'A <B> & "C"' }], caption: `${hostile}\u0001`, credit: 'MAEE & <Co>' }),
    );
    expect(alt('dc', 'description')[0]).toEqual(['x-default', `A <B> & "C" ${hostile}`]);
    expect(text('rdf', 'li')).toContain('A <B> & "C"');
    expect(text('photoshop', 'Credit')).toEqual(['MAEE & <Co>']);
  });
});
