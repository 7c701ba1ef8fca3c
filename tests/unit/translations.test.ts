import { describe, expect, it } from 'vitest';
import { type TranslationFile, translationProblems } from '../../src/event/translations.ts';

const KEY = 'otan-bucarest-2022';

/** A version of the demo event in `lang`, in a file named after its id. */
function version(id: string, lang: string, more: Partial<TranslationFile> = {}): TranslationFile {
  return { file: `events/${id}.json`, id, lang, translationKey: KEY, photoCount: 14, ...more };
}

describe('translationProblems', () => {
  it('accepts one version per language that all show the same photos', () => {
    const files = [
      version('otan-fr', 'fr'),
      version('otan-de', 'de'),
      version('otan-en', 'en'),
      version('otan-lb', 'lb'),
    ];
    expect(translationProblems(files)).toEqual([]);
  });

  it('leaves events without a translationKey alone, whatever their language and photos', () => {
    const alone = { translationKey: undefined };
    const files = [version('a', 'fr', alone), version('b', 'fr', { ...alone, photoCount: 2 })];
    expect(translationProblems(files)).toEqual([]);
  });

  it('refuses a second version in one language on the later file, naming the key and the earlier file', () => {
    const files = [version('otan-fr', 'fr'), version('otan-de', 'de'), version('otan-bis', 'fr')];
    expect(translationProblems(files)).toEqual([
      {
        file: 'events/otan-bis.json',
        path: 'translationKey',
        level: 'error',
        message: `"${KEY}" already has a version in fr: events/otan-fr.json; expected one version per language`,
      },
    ]);
  });

  it('counts a regional tag as its language, as the visitor choosing in the switch does', () => {
    const files = [version('otan-fr', 'fr-LU'), version('otan-bis', 'FR'), version('otan-ter', 'fr')];
    expect(translationProblems(files).map(({ file, message }) => [file, message])).toEqual([
      [
        'events/otan-bis.json',
        `"${KEY}" already has a version in fr: events/otan-fr.json (fr-LU and FR are one language); expected one version per language`,
      ],
      [
        'events/otan-ter.json',
        `"${KEY}" already has a version in fr: events/otan-fr.json (fr-LU and fr are one language); expected one version per language`,
      ],
    ]);
  });

  it('compares only versions of the same event', () => {
    const other = { translationKey: 'sommet-otan-2023' };
    expect(translationProblems([version('otan-fr', 'fr'), version('sommet-fr', 'fr', other)])).toEqual([]);
  });

  it('does not take a file given twice for a second version', () => {
    expect(translationProblems([version('otan-fr', 'fr'), version('otan-fr', 'fr')])).toEqual([]);
  });

  it('warns about the version whose photos differ from the others, naming them and their counts', () => {
    const files = [version('otan-fr', 'fr'), version('otan-de', 'de', { photoCount: 12 }), version('otan-en', 'en')];
    expect(translationProblems(files)).toEqual([
      {
        file: 'events/otan-de.json',
        path: 'translationKey',
        level: 'warning',
        message: `"${KEY}" has 12 photos here but 14 in events/otan-fr.json and events/otan-en.json; expected the same photos in every version, as the language switch keeps the photo's number`,
      },
    ]);
  });

  it('warns the later of two versions that disagree, and words a single photo as one', () => {
    const files = [version('otan-fr', 'fr', { photoCount: 2 }), version('otan-de', 'de', { photoCount: 1 })];
    expect(translationProblems(files).map(({ file, level, message }) => [file, level, message])).toEqual([
      [
        'events/otan-de.json',
        'warning',
        `"${KEY}" has 1 photo here but 2 in events/otan-fr.json; expected the same photos in every version, as the language switch keeps the photo's number`,
      ],
    ]);
  });

  it('names each other count when versions disagree in several ways', () => {
    const files = [
      version('otan-fr', 'fr'),
      version('otan-de', 'de', { photoCount: 12 }),
      version('otan-en', 'en', { photoCount: 10 }),
    ];
    expect(translationProblems(files).map(({ file, message }) => [file, message.split(';')[0]])).toEqual([
      ['events/otan-de.json', `"${KEY}" has 12 photos here but 14 in events/otan-fr.json, 10 in events/otan-en.json`],
      ['events/otan-en.json', `"${KEY}" has 10 photos here but 14 in events/otan-fr.json, 12 in events/otan-de.json`],
    ]);
  });

  it('lists the problems in the order of the files, errors and warnings together', () => {
    const files = [
      version('otan-de', 'de', { photoCount: 3 }),
      version('otan-fr', 'fr'),
      version('otan-bis', 'de'),
      version('otan-en', 'en'),
    ];
    expect(translationProblems(files).map(({ file, level }) => [file, level])).toEqual([
      ['events/otan-de.json', 'warning'],
      ['events/otan-bis.json', 'error'],
    ]);
  });
});
