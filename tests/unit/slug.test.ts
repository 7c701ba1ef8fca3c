import { describe, expect, it } from 'vitest';
import { PERSON_PAGE_SIZE, pageCount, pageOf, YEAR_PAGE_SIZE } from '../../src/event/archive';
import { isUnknownPerson, personSlug } from '../../src/event/slug';

describe('a person’s slug', () => {
  it.each([
    ['Þórdís Kolbrún R. Gylfadóttir', 'thordis-kolbrun-r-gylfadottir'],
    ['Jean Asselborn', 'jean-asselborn'],
    ['Jean ASSELBORN', 'jean-asselborn'],
    ['João Gomes Cravinho', 'joao-gomes-cravinho'],
    ['Dmytro Kouleba', 'dmytro-kouleba'],
    ['Дмитро Кулеба', 'dmitro-kuleba'],
    ['  Hadja   Lahbib ', 'hadja-lahbib'],
  ])('%s → %s', (name, slug) => {
    expect(personSlug(name)).toBe(slug);
  });

  it.each(['n.n.', 'N.N.', 'n. n.', 'N.N'])('%s is nobody known, with no page', (name) => {
    expect(isUnknownPerson(name)).toBe(true);
    expect(personSlug(name)).toBeUndefined();
  });

  it('gives nothing for a name with nothing to write in ASCII', () => {
    expect(personSlug('—')).toBeUndefined();
  });
});

describe('pages of a listing', () => {
  const items = Array.from({ length: 2 * YEAR_PAGE_SIZE + 1 }, (_, n) => n);

  it(`cuts ${items.length} items into pages of ${YEAR_PAGE_SIZE}, the last with the one left`, () => {
    expect(pageCount(items.length)).toBe(3);
    expect(pageOf(items, 1)).toEqual(items.slice(0, YEAR_PAGE_SIZE));
    expect(pageOf(items, 3)).toEqual([2 * YEAR_PAGE_SIZE]);
  });

  it('has one page, empty, for nothing, and none before the first or past the last', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageOf([], 1)).toEqual([]);
    expect(pageOf(items, 0)).toEqual([]);
    expect(pageOf(items, 4)).toEqual([]);
    expect(pageOf(items, 1.5)).toEqual([]);
  });

  it(`takes its size: ${PERSON_PAGE_SIZE} photos a person's page`, () => {
    expect(pageCount(PERSON_PAGE_SIZE, PERSON_PAGE_SIZE)).toBe(1);
    expect(pageCount(PERSON_PAGE_SIZE + 1, PERSON_PAGE_SIZE)).toBe(2);
  });
});
