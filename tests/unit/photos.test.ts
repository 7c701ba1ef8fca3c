import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GalleryEvent, type Photo, validateEvent } from '../../src/event/schema';
import { eventFileUrl, resolveUrl } from '../../src/event/urls';
import { altText, captionText, captionView, formatCredit, photoViews } from '../../src/gallery/photos';
import { de } from '../../src/i18n/de';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';

function loadDemo(file: string): GalleryEvent {
  const result = validateEvent(JSON.parse(readFileSync(resolve('public/events', file), 'utf8')));
  if (!result.ok) throw new Error(`${file} does not validate: ${JSON.stringify(result.problems)}`);
  return result.event;
}

const demo = loadDemo('otan-bucarest-2022.json');

function photo(fields: Partial<Photo> = {}): Photo {
  return { src: 'otan-bucarest-2022/01.jpg', width: 2000, height: 1334, credit: 'MAEE', ...fields };
}

const asselborn = { name: 'Jean Asselborn', role: 'ministre des Affaires étrangères et européennes' };
const lahbib = { name: 'Hadja Lahbib', role: 'ministre des Affaires étrangères de la Belgique' };
const stoltenberg = { name: 'Jens Stoltenberg', role: "secrétaire général de l'OTAN" };

describe('formatCredit', () => {
  it('puts © before the photographer or agency', () => {
    expect(formatCredit('MAEE')).toBe('©MAEE');
    expect(formatCredit('vladcatana.com')).toBe('©vladcatana.com');
  });

  it('does not double a © already in the file', () => {
    expect(formatCredit('©NATO')).toBe('©NATO');
  });

  it('trims stray spaces', () => {
    expect(formatCredit('  NATO ')).toBe('©NATO');
    expect(formatCredit(' ©NATO')).toBe('©NATO');
  });
});

describe('captionView and captionText', () => {
  it('marks a French people list left to right, with a spaced semicolon between people', () => {
    const caption = captionView(photo({ people: [asselborn, lahbib] }), fr);
    expect(caption.prefix).toBe('(de g. à dr.)');
    expect(caption.people.map((person) => person.name)).toEqual(['Jean Asselborn', 'Hadja Lahbib']);
    expect(captionText(caption)).toBe(
      '(de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; ' +
        'Hadja Lahbib, ministre des Affaires étrangères de la Belgique',
    );
  });

  it('uses the German marker and separator', () => {
    const people = [
      { name: 'Jean Asselborn', role: 'Außenminister' },
      { name: 'Jens Stoltenberg', role: 'NATO-Generalsekretär' },
    ];
    expect(captionText(captionView(photo({ people }), de))).toBe(
      '(v.l.n.r.) Jean Asselborn, Außenminister; Jens Stoltenberg, NATO-Generalsekretär',
    );
  });

  it('uses the English marker and separator', () => {
    const people = [
      { name: 'Jean Asselborn', role: 'Minister of Foreign Affairs' },
      { name: 'Jens Stoltenberg', role: 'NATO Secretary General' },
      { name: 'Tanja Fajon' },
    ];
    expect(captionText(captionView(photo({ people }), en))).toBe(
      '(from left to right) Jean Asselborn, Minister of Foreign Affairs; Jens Stoltenberg, NATO Secretary General; Tanja Fajon',
    );
  });

  it('names a single person without the left-to-right marker', () => {
    const caption = captionView(photo({ people: [stoltenberg] }), fr);
    expect(caption.prefix).toBeNull();
    expect(captionText(caption)).toBe("Jens Stoltenberg, secrétaire général de l'OTAN");
  });

  it('shows a plain caption as it is', () => {
    const caption = captionView(photo({ caption: 'Photo de groupe' }), fr);
    expect(caption.prefix).toBeNull();
    expect(caption.people).toEqual([]);
    expect(captionText(caption)).toBe('Photo de groupe');
  });

  it('puts a caption after the people', () => {
    const caption = captionView(photo({ people: [asselborn, stoltenberg], caption: 'À Bucarest.' }), fr);
    expect(captionText(caption)).toBe(
      "(de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; Jens Stoltenberg, secrétaire général de l'OTAN À Bucarest.",
    );
  });

  it('is empty for a photo that names no one and says nothing', () => {
    const caption = captionView(photo({ caption: '   ' }), fr);
    expect(caption.text).toBeUndefined();
    expect(captionText(caption)).toBe('');
  });
});

describe('altText', () => {
  it("prefers the file's own alt text", () => {
    const alt = altText(photo({ alt: ' Deux ministres se serrent la main ', people: [asselborn] }), 1, demo, fr);
    expect(alt).toBe('Deux ministres se serrent la main');
  });

  it('names the people as a list in the event language, without their roles', () => {
    const alt = altText(photo({ people: [asselborn, stoltenberg] }), 3, demo, fr);
    expect(alt).toBe('Jean Asselborn et Jens Stoltenberg');
  });

  it('joins three names or more the way the language does', () => {
    const english = { ...demo, lang: 'en' };
    const people = [{ name: 'A' }, { name: 'B' }, { name: 'C' }];
    expect(altText(photo({ people }), 1, demo, fr)).toBe('A, B et C');
    expect(altText(photo({ people }), 1, { ...demo, lang: 'de' }, de)).toBe('A, B und C');
    expect(altText(photo({ people }), 1, english, en)).toBe('A, B, and C');
  });

  it('adds the caption after the names', () => {
    const alt = altText(photo({ people: [asselborn, lahbib], caption: 'À Bucarest' }), 1, demo, fr);
    expect(alt).toBe('Jean Asselborn et Hadja Lahbib. À Bucarest');
  });

  it('uses the caption alone when no one is named', () => {
    expect(altText(photo({ caption: 'Photo de groupe' }), 14, demo, fr)).toBe('Photo de groupe');
  });

  it('falls back to the photo number and event title', () => {
    expect(altText(photo(), 5, demo, fr)).toBe(`Photo 5 : ${demo.title}`);
  });

  it('never puts the credit in the alt text', () => {
    for (const candidate of [photo({ credit: 'NATO' }), photo({ credit: 'NATO', people: [asselborn] })]) {
      expect(altText(candidate, 2, demo, fr)).not.toContain('NATO');
    }
  });
});

describe('resolveUrl', () => {
  it('resolves a photo address against the event file', () => {
    expect(resolveUrl('otan-bucarest-2022/01.jpg', '/events/otan-bucarest-2022.json')).toBe(
      '/events/otan-bucarest-2022/01.jpg',
    );
    expect(resolveUrl('../photos/01.jpg', '/events/otan-bucarest-2022.json')).toBe('/photos/01.jpg');
  });

  it('keeps the base the app was built for', () => {
    const file = eventFileUrl('/galleries/', 'otan-bucarest-2022');
    expect(file).toBe('/galleries/events/otan-bucarest-2022.json');
    expect(resolveUrl('otan-bucarest-2022/01.jpg', file)).toBe('/galleries/events/otan-bucarest-2022/01.jpg');
    expect(eventFileUrl('/galleries', 'otan-bucarest-2022')).toBe('/galleries/events/otan-bucarest-2022.json');
  });

  it('leaves an https: address absolute', () => {
    expect(resolveUrl('https://cdn.example.lu/a/01.jpg?w=2000', '/events/otan-bucarest-2022.json')).toBe(
      'https://cdn.example.lu/a/01.jpg?w=2000',
    );
  });

  it('resolves against an absolute event file address', () => {
    expect(resolveUrl('otan-bucarest-2022/01.jpg', 'https://maee.example.lu/galleries/events/x.json')).toBe(
      'https://maee.example.lu/galleries/events/otan-bucarest-2022/01.jpg',
    );
  });
});

describe('photoViews', () => {
  const views = photoViews(demo, '/events/otan-bucarest-2022.json', fr);

  it('numbers the photos from 1, in file order', () => {
    expect(views.map((view) => view.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  it('resolves each address next to the event file', () => {
    expect(views[0]?.src).toBe('/events/otan-bucarest-2022/01.jpg');
    expect(views[13]?.src).toBe('/events/otan-bucarest-2022/14.jpg');
    const based = photoViews(demo, '/galleries/events/otan-bucarest-2022.json', fr);
    expect(based[0]?.src).toBe('/galleries/events/otan-bucarest-2022/01.jpg');
  });

  it('gives each photo its credit, caption and alt text', () => {
    const [first, second] = views;
    expect(first?.credit).toBe('©MAEE');
    expect(second?.credit).toBe('©NATO');
    expect(first && captionText(first.caption)).toBe(
      '(de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; ' +
        'Hadja Lahbib, ministre des Affaires étrangères de la Belgique',
    );
    expect(first?.alt).toBe('Jean Asselborn et Hadja Lahbib');
    expect(views[13]?.alt).toBe('Photo de groupe');
    expect(views[13] && captionText(views[13].caption)).toBe('Photo de groupe');
  });

  it('keeps the dimensions of the file', () => {
    expect(views[2]).toMatchObject({ width: 1334, height: 2000 });
    expect(views[13]).toMatchObject({ width: 2400, height: 1200 });
  });

  it('speaks the language of the messages given', () => {
    const german = loadDemo('nato-bukarest-2022-de.json');
    const [first] = photoViews(german, '/events/nato-bukarest-2022-de.json', de);
    expect(first?.src).toBe('/events/otan-bucarest-2022/01.jpg');
    expect(first && captionText(first.caption)).toMatch(/^\(v\.l\.n\.r\.\) Jean Asselborn, [^;]+; Hadja Lahbib, /);
    expect(first?.alt).toBe('Jean Asselborn und Hadja Lahbib');
  });
});
