// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hasLeftToRightMarker, type ParsedCaption, parseCaption } from '../../src/importer/captions.ts';

const minister = 'ministre des Affaires étrangères et européennes';
const asselborn = { name: 'Jean Asselborn', role: minister };
const lahbib = { name: 'Hadja Lahbib', role: 'ministre des Affaires étrangères de la Belgique' };

// Caption strings as releases print them, and what an editor expects in the event file.
const people: [string, ParsedCaption][] = [
  [
    '(de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; Hadja Lahbib, ministre des Affaires étrangères de la Belgique',
    { people: [asselborn, lahbib] },
  ],
  [
    '(de g. à dr.): Jean Asselborn, ministre des Affaires étrangères et européennes;Hadja Lahbib, ministre des Affaires étrangères de la Belgique',
    { people: [asselborn, lahbib] },
  ],
  [
    '(de g. à dr) Jean Asselborn, ministre des Affaires étrangères et européennes ;Hadja Lahbib, ministre des Affaires étrangères de la Belgique',
    { people: [asselborn, lahbib] },
  ],
  [
    '(de gauche à droite) Jean Asselborn, ministre des Affaires étrangères et européennes; Hadja Lahbib, ministre des Affaires étrangères de la Belgique',
    { people: [asselborn, lahbib] },
  ],
  [
    '(de g. à dr.)Jean Asselborn ,  ministre des Affaires étrangères et européennes  ;  Hadja Lahbib,ministre des Affaires étrangères de la Belgique ;',
    { people: [asselborn, lahbib] },
  ],
  [
    '(de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; Tanja Fajon, Vice-première ministre, ministre des Affaires étrangères de la Slovénie',
    {
      people: [
        asselborn,
        { name: 'Tanja Fajon', role: 'Vice-première ministre, ministre des Affaires étrangères de la Slovénie' },
      ],
    },
  ],
  [
    '(de g. à dr.) n.n. ; Jean Asselborn ; Hadja Lahbib',
    { people: [{ name: 'n.n.' }, { name: 'Jean Asselborn' }, { name: 'Hadja Lahbib' }] },
  ],
  [
    '(v.l.n.r.) Jean Asselborn, Minister für auswärtige und europäische Angelegenheiten; Annalena Baerbock, Bundesministerin des Auswärtigen',
    {
      people: [
        { name: 'Jean Asselborn', role: 'Minister für auswärtige und europäische Angelegenheiten' },
        { name: 'Annalena Baerbock', role: 'Bundesministerin des Auswärtigen' },
      ],
    },
  ],
  [
    'v. l. n. r.: Jean Asselborn; n.n.; Annalena Baerbock, Bundesministerin des Auswärtigen',
    {
      people: [
        { name: 'Jean Asselborn' },
        { name: 'n.n.' },
        { name: 'Annalena Baerbock', role: 'Bundesministerin des Auswärtigen' },
      ],
    },
  ],
  [
    '(from left to right) Jean Asselborn, Minister for Foreign and European Affairs; Jens Stoltenberg, NATO Secretary General',
    {
      people: [
        { name: 'Jean Asselborn', role: 'Minister for Foreign and European Affairs' },
        { name: 'Jens Stoltenberg', role: 'NATO Secretary General' },
      ],
    },
  ],
  [
    'L-R: Jean Asselborn; Jens Stoltenberg, NATO Secretary General',
    { people: [{ name: 'Jean Asselborn' }, { name: 'Jens Stoltenberg', role: 'NATO Secretary General' }] },
  ],
  [
    'Vu lénks no riets: Xavier Bettel, Premierminister; Jean Asselborn, Ausseminister',
    {
      people: [
        { name: 'Xavier Bettel', role: 'Premierminister' },
        { name: 'Jean Asselborn', role: 'Ausseminister' },
      ],
    },
  ],
  [
    '(VU LÉNKS NO RIETS) Jean Asselborn, Minister fir Auswäerteg an Europäesch Affären; Hadja Lahbib',
    {
      people: [
        { name: 'Jean Asselborn', role: 'Minister fir Auswäerteg an Europäesch Affären' },
        { name: 'Hadja Lahbib' },
      ],
    },
  ],
];

const gentiloni = { name: 'Paolo Gentiloni', role: "ministre des Affaires étrangères de l'Italie" };
const stoltenberg = { name: 'Jens Stoltenberg', role: 'NATO Secretary General' };
const baerbock = { name: 'Annalena Baerbock' };

// Captions that open with a sentence before the marker: the sentence stays as the caption,
// unless it only names the same people again.
const leadIns: [string, ParsedCaption][] = [
  [
    "Jean Asselborn avec le ministre des Affaires étrangères de l'Italie, Paolo Gentiloni, (de g. à dr.): Paolo Gentiloni, ministre des Affaires étrangères de l'Italie; Jean Asselborn, ministre des Affaires étrangères et européennes",
    {
      caption: "Jean Asselborn avec le ministre des Affaires étrangères de l'Italie, Paolo Gentiloni",
      people: [gentiloni, asselborn],
    },
  ],
  [
    'Réunion bilatérale, de gauche à droite : Jean Asselborn ; Hadja Lahbib',
    { caption: 'Réunion bilatérale', people: [{ name: 'Jean Asselborn' }, { name: 'Hadja Lahbib' }] },
  ],
  [
    'Treffen in Berlin (v.l.n.r.) Jean Asselborn; Annalena Baerbock',
    { caption: 'Treffen in Berlin', people: [{ name: 'Jean Asselborn' }, baerbock] },
  ],
  [
    'Arbeitssitzung im Auswärtigen Amt, v. l. n. r.: Annalena Baerbock; Jean Asselborn',
    { caption: 'Arbeitssitzung im Auswärtigen Amt', people: [baerbock, { name: 'Jean Asselborn' }] },
  ],
  [
    'Gruppenfoto von links nach rechts: Annalena Baerbock; Jean Asselborn',
    { caption: 'Gruppenfoto', people: [baerbock, { name: 'Jean Asselborn' }] },
  ],
  [
    'Jean Asselborn meets the NATO Secretary General (from left to right): Jens Stoltenberg, NATO Secretary General; Jean Asselborn',
    { caption: 'Jean Asselborn meets the NATO Secretary General', people: [stoltenberg, { name: 'Jean Asselborn' }] },
  ],
  [
    'Bilateral meeting – L-R: Jean Asselborn; Jens Stoltenberg, NATO Secretary General',
    { caption: 'Bilateral meeting', people: [{ name: 'Jean Asselborn' }, stoltenberg] },
  ],
  [
    'Visite an der Chamber, vu lénks no riets: Xavier Bettel; Jean Asselborn',
    { caption: 'Visite an der Chamber', people: [{ name: 'Xavier Bettel' }, { name: 'Jean Asselborn' }] },
  ],
  [
    'Xavier Bettel mat Jean Asselborn (vu lénks no riets): Xavier Bettel; Jean Asselborn',
    { people: [{ name: 'Xavier Bettel' }, { name: 'Jean Asselborn' }] },
  ],
  [
    'Family photo (L-R): An Nguyen; Jean Asselborn',
    { caption: 'Family photo', people: [{ name: 'An Nguyen' }, { name: 'Jean Asselborn' }] },
  ],
  [
    'Jean Asselborn et Hadja Lahbib (de g. à dr.): Jean Asselborn, ministre des Affaires étrangères et européennes; Hadja Lahbib, ministre des Affaires étrangères de la Belgique',
    { people: [asselborn, lahbib] },
  ],
  [
    'Jean Asselborn, ministre des Affaires étrangères et européennes, avec Hadja Lahbib (de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; Hadja Lahbib',
    { people: [asselborn, { name: 'Hadja Lahbib' }] },
  ],
  [
    'Jens Stoltenberg and Jean Asselborn, (l. to r.): Jens Stoltenberg; Jean Asselborn',
    { people: [{ name: 'Jens Stoltenberg' }, { name: 'Jean Asselborn' }] },
  ],
];

const plain = [
  'Photo de groupe',
  "Jean Asselborn à la réunion des ministres des Affaires étrangères de l'OTAN à Bucarest",
  "Jean Asselborn avec Jens Stoltenberg, secrétaire général de l'OTAN",
  'Jean Asselborn; Jens Stoltenberg',
  'Jean Asselborn im Gespräch mit Annalena Baerbock, Bundesministerin des Auswärtigen',
  'Left to right, the delegations of Belgium, the Netherlands and Luxembourg',
  'Jean Asselborn et Hadja Lahbib (de g. à dr.)',
  'Jean Asselborn (from left to right) with Jens Stoltenberg',
  'Jean Asselborn (vu lénks no riets) mat dem Xavier Bettel',
  '(de g. à dr.)',
];

describe('parseCaption', () => {
  it.each(people)('reads the people in %j', (caption, expected) => {
    expect(parseCaption(caption)).toEqual(expected);
  });

  it.each(leadIns)(
    'reads the people after the lead-in of %j, keeping it when it says more than their names',
    (caption, expected) => {
      expect(parseCaption(caption)).toEqual(expected);
    },
  );

  it.each(plain)('keeps %j as a plain caption', (caption) => {
    expect(parseCaption(caption)).toEqual({ caption });
  });

  it('writes a person without a role with no role at all, not an empty one', () => {
    expect(parseCaption('L-R: Jean Asselborn,; Hadja Lahbib')).toEqual({
      people: [{ name: 'Jean Asselborn' }, { name: 'Hadja Lahbib' }],
    });
  });
});

describe('hasLeftToRightMarker', () => {
  it.each([
    'Jean Asselborn et Hadja Lahbib (de g. à dr.)',
    'Réunion bilatérale, de gauche à droite : Jean Asselborn ; Hadja Lahbib',
    'Treffen in Berlin (v.l.n.r.) Jean Asselborn; Annalena Baerbock',
    'Jean Asselborn (from left to right) with Jens Stoltenberg',
    'Gruppefoto, Vu Lénks No Riets: Xavier Bettel; Jean Asselborn',
  ])('finds the marker in %j', (caption) => {
    expect(hasLeftToRightMarker(caption)).toBe(true);
  });

  it.each(['Photo de groupe', 'Left-wing delegates at the Hall', 'Jean Asselborn à droite'])(
    'finds none in %j',
    (caption) => {
      expect(hasLeftToRightMarker(caption)).toBe(false);
    },
  );
});
