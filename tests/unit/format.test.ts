import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateRange, formatLanguage, formatList } from '../../src/i18n/format';
import { messagesFor, uiLanguage } from '../../src/i18n/messages';

// ICU puts thin or narrow no-break spaces in some ranges; the app writes plain spaces everywhere,
// so the prerendered HTML (Node's ICU) matches what the visitor's browser renders.
const UNUSUAL_SPACES = /[\u00a0\u2009\u202f]/;

describe('formatDateRange', () => {
  it('shares month and year between two days in French', () => {
    expect(formatDateRange('fr', '2022-11-29', '2022-11-30')).toBe('29–30 novembre 2022');
  });

  it('writes a range in German and in English', () => {
    expect(formatDateRange('de', '2022-11-29', '2022-11-30')).toBe('29.–30. November 2022');
    expect(formatDateRange('en', '2022-11-29', '2022-11-30')).toBe('November 29 – 30, 2022');
    expect(formatDateRange('en-GB', '2022-11-29', '2022-11-30')).toBe('29 – 30 November 2022');
  });

  it('shows a single day when there is no end, or the end is the same day', () => {
    expect(formatDateRange('fr', '2022-11-29')).toBe('29 novembre 2022');
    expect(formatDateRange('fr', '2022-11-29', '2022-11-29')).toBe('29 novembre 2022');
    expect(formatDateRange('de', '2022-11-29')).toBe('29. November 2022');
    expect(formatDateRange('en', '2022-11-29')).toBe('November 29, 2022');
  });

  it('names both months across a month end', () => {
    expect(formatDateRange('fr', '2022-11-29', '2022-12-02')).toBe('29 novembre – 2 décembre 2022');
    expect(formatDateRange('de', '2022-11-29', '2022-12-02')).toBe('29. November – 2. Dezember 2022');
    expect(formatDateRange('en', '2022-11-29', '2022-12-02')).toBe('November 29 – December 2, 2022');
  });

  it('names both years across a year end', () => {
    expect(formatDateRange('fr', '2022-12-31', '2023-01-02')).toBe('31 décembre 2022 – 2 janvier 2023');
  });

  it('writes only plain spaces, whatever the language', () => {
    for (const lang of ['fr', 'de', 'en', 'en-GB', 'fr-LU']) {
      for (const [start, end] of [
        ['2022-11-29', '2022-11-30'],
        ['2022-11-29', '2022-12-02'],
        ['2022-12-31', '2023-01-02'],
        ['2022-11-29', undefined],
      ] as const) {
        expect(formatDateRange(lang, start, end)).not.toMatch(UNUSUAL_SPACES);
      }
      expect(formatDate(lang, '2022-11-30')).not.toMatch(UNUSUAL_SPACES);
    }
  });

  it('reads the first of a month as that day, whatever the time zone', () => {
    expect(formatDateRange('fr', '2022-12-01')).toBe('1 décembre 2022');
    expect(formatDate('fr', '2023-01-01')).toBe('1 janvier 2023');
  });

  it('follows a regional language tag', () => {
    expect(formatDateRange('fr-LU', '2022-11-29', '2022-11-30')).toBe('29–30 novembre 2022');
  });
});

describe('formatList', () => {
  it('joins names the way each language does', () => {
    expect(formatList('fr', ['Jean Asselborn', 'Jens Stoltenberg'])).toBe('Jean Asselborn et Jens Stoltenberg');
    expect(formatList('de', ['Jean Asselborn', 'Jens Stoltenberg'])).toBe('Jean Asselborn und Jens Stoltenberg');
    expect(formatList('en', ['A', 'B', 'C'])).toBe('A, B, and C');
  });
});

describe('Luxembourgish, written by our own tables (Chromium has no lb data)', () => {
  it('writes the forms CLDR gives for lb', () => {
    expect(formatDateRange('lb', '2022-11-29')).toBe('29. November 2022');
    expect(formatDateRange('lb', '2022-11-29', '2022-11-30')).toBe('29.–30. November 2022');
    expect(formatDateRange('lb', '2022-11-29', '2022-12-01')).toBe('29. November – 1. Dezember 2022');
    expect(formatDateRange('lb', '2022-12-30', '2023-01-02')).toBe('30. Dezember 2022 – 2. Januar 2023');
    expect(formatDate('lb', '2022-03-01')).toBe('1. Mäerz 2022');
    expect(formatDate('lb-LU', '2022-04-01')).toBe('1. Abrëll 2022');
    expect(formatDate('lb', '2022-05-31')).toBe('31. Mee 2022');
  });

  it('joins names with "an" or "a" as the n-rule asks', () => {
    expect(formatList('lb', ['Anna', 'Bob', 'Els'])).toBe('Anna, Bob an Els');
    expect(formatList('lb', ['Anna', 'Els'])).toBe('Anna an Els');
    expect(formatList('lb', ['Jean Asselborn', 'Jens Stoltenberg'])).toBe('Jean Asselborn a Jens Stoltenberg');
    expect(formatList('lb', ['Jean Asselborn', 'Hadja Lahbib'])).toBe('Jean Asselborn an Hadja Lahbib');
    expect(formatList('lb-LU', ['Jean Asselborn', 'Tanja Fajon'])).toBe('Jean Asselborn an Tanja Fajon');
    expect(formatList('lb', ['Jean Asselborn'])).toBe('Jean Asselborn');
    expect(formatList('lb', [])).toBe('');
  });

  it('says numbers aloud to choose between "an" and "a"', () => {
    // 8 aacht, 3 dräi, 21 eenanzwanzeg, 100 honnert keep the n; 4 véier, 7 siwen, 45 fënnefavéierzeg drop it.
    expect(formatList('lb', ['1', '8'])).toBe('1 an 8');
    expect(formatList('lb', ['1', '3'])).toBe('1 an 3');
    expect(formatList('lb', ['1', '21'])).toBe('1 an 21');
    expect(formatList('lb', ['1', '100'])).toBe('1 an 100');
    expect(formatList('lb', ['1', '4'])).toBe('1 a 4');
    expect(formatList('lb', ['3', '5', '7'])).toBe('3, 5 a 7');
    expect(formatList('lb', ['1', '45'])).toBe('1 a 45');
    expect(formatList('lb', ['1', '60'])).toBe('1 a 60');
    expect(formatList('lb', ['1', '90'])).toBe('1 an 90');
  });
});

describe('languages the browser may lack', () => {
  it.each([['ga'], ['mt'], ['eu'], ['cy'], ['is'], ['sq'], ['bs'], ['ga-IE']])(
    'writes %s dates and lists in English, as Chromium would',
    (tag) => {
      expect(formatDateRange(tag, '2022-11-29', '2022-11-30')).toBe('November 29 – 30, 2022');
      expect(formatDate(tag, '2022-11-30')).toBe('November 30, 2022');
      expect(formatList(tag, ['A', 'B', 'C'])).toBe('A, B, and C');
      expect(formatLanguage(tag)).toBe('en');
    },
  );

  it('names the language of the text: the tag itself when its language is written', () => {
    expect(formatLanguage('fr-LU')).toBe('fr-LU');
    expect(formatLanguage('de-CH')).toBe('de-CH');
    expect(formatLanguage('lb')).toBe('lb');
    expect(formatLanguage('lb-LU')).toBe('lb-LU');
    expect(formatLanguage('en-GB')).toBe('en-GB');
  });

  it('follows a region tag along its language', () => {
    expect(formatDateRange('de-CH', '2022-11-29', '2022-11-30')).toBe('29.–30. November 2022');
    expect(formatDateRange('lb-LU', '2022-11-29', '2022-11-30')).toBe('29.–30. November 2022');
    expect(formatList('de-LU', ['A', 'B'])).toBe('A und B');
  });
});

describe('uiLanguage', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-LU', 'fr'],
    ['FR', 'fr'],
    ['de', 'de'],
    ['de-LU', 'de'],
    ['en-GB', 'en'],
    ['lb', 'lb'],
    ['lb-LU', 'lb'],
  ])('speaks %s content in %s', (tag, expected) => {
    expect(uiLanguage(tag)).toBe(expected);
  });

  it.each([['it'], ['ga'], ['pt-PT'], [''], [undefined]])('falls back to English for %j', (tag) => {
    expect(uiLanguage(tag)).toBe('en');
  });

  it('falls back to English for tags that happen to be names of object properties', () => {
    // The tag can come from the host page's <html lang>; none of these is a supported language.
    for (const tag of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(uiLanguage(tag)).toBe('en');
      expect(messagesFor(tag).next).toBe('Next photo');
    }
  });

  it('gives the messages of that language', () => {
    expect(messagesFor('fr-LU').next).toBe('Photo suivante');
    expect(messagesFor('de').next).toBe('Nächstes Foto');
    expect(messagesFor('it').next).toBe('Next photo');
    expect(messagesFor('lb-LU').leftToRight).toBe('(vu lénks no riets)');
    expect(messagesFor('lb').slideOf(3, 14)).toBe('3 vun 14');
  });
});

describe('texts formatted ahead (a prerendered page hydrates without loading Intl data)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('records the texts a render formats and gives them back to a fresh page without Intl', async () => {
    const server = await import('../../src/i18n/format');
    const done = server.recordFormatted();
    const range = server.formatDateRange('nl', '2022-11-29', '2022-11-30');
    const day = server.formatDate('nl', '2022-12-01');
    const list = server.formatList('nl', ['Jean Asselborn', 'Hadja Lahbib']);
    const texts = done();
    expect(Object.values(texts).sort()).toEqual([range, day, list].sort());
    expect(list).toBe('Jean Asselborn en Hadja Lahbib');

    vi.resetModules();
    const browser = await import('../../src/i18n/format');
    browser.addFormattedAhead(texts);
    const refuse = () => {
      throw new Error('Intl was asked');
    };
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(refuse);
    vi.spyOn(Intl, 'ListFormat').mockImplementation(refuse);
    expect(browser.formatDateRange('nl', '2022-11-29', '2022-11-30')).toBe(range);
    expect(browser.formatDate('nl', '2022-12-01')).toBe(day);
    expect(browser.formatList('nl', ['Jean Asselborn', 'Hadja Lahbib'])).toBe(list);
    // Anything the server did not format is formatted as it comes.
    expect(() => browser.formatList('nl', ['Hadja Lahbib', 'Jean Asselborn'])).toThrow('Intl was asked');
  });

  it('gives each page rendered in turn only the texts it formatted', async () => {
    const format = await import('../../src/i18n/format');
    const first = format.recordFormatted();
    const day = format.formatDate('fr', '2022-11-29');
    const firstTexts = first();
    const second = format.recordFormatted();
    const nextDay = format.formatDate('fr', '2022-11-30');
    expect(Object.values(firstTexts)).toEqual([day]);
    expect(Object.values(second())).toEqual([nextDay]);
  });
});
