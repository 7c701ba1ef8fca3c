import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths, photoIndex } from '../../src/event/paths';

/** The photo numbers of an event whose `count` photos all show. */
const all = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('photoIndex', () => {
  it('turns a photo number into a 0-based index', () => {
    expect(photoIndex('1', all(14))).toBe(0);
    expect(photoIndex('3', all(14))).toBe(2);
    expect(photoIndex('14', all(14))).toBe(13);
  });

  it.each(['0', '15', '-1', 'x', '1e3', '', ' 3', '3 ', '2.0', '0x3', '+3', '9999999'])(
    'refuses %j in an event of 14 photos',
    (text) => {
      expect(photoIndex(text, all(14))).toBeNull();
    },
  );

  it('refuses a missing number', () => {
    expect(photoIndex(null, all(14))).toBeNull();
    expect(photoIndex(undefined, all(14))).toBeNull();
  });

  it('finds a photo by its number in the file when another photo could not be shown', () => {
    const shown = [1, 2, 3, 5];
    expect(photoIndex('5', shown)).toBe(3);
    expect(photoIndex('4', shown)).toBeNull();
  });

  it('accepts large numbers in a large event', () => {
    expect(photoIndex('250', all(300))).toBe(249);
    expect(photoIndex('300', all(300))).toBe(299);
    expect(photoIndex('301', all(300))).toBeNull();
  });
});

describe('paths', () => {
  it('builds the index address', () => {
    expect(paths.index.build()).toBe('/');
  });

  it('builds an event address, with the photo in the query after the first', () => {
    expect(paths.event.build('otan-bucarest-2022')).toBe('/events/otan-bucarest-2022');
    expect(paths.event.build('otan-bucarest-2022', 1)).toBe('/events/otan-bucarest-2022');
    expect(paths.event.build('otan-bucarest-2022', 14)).toBe('/events/otan-bucarest-2022?photo=14');
  });

  it('builds a lightbox photo address', () => {
    expect(paths.photo.build('otan-bucarest-2022', 3)).toBe('/events/otan-bucarest-2022/photos/3');
  });

  it('builds addresses that the router reads back to the same event and photo', () => {
    const read = (pattern: string, address: string) => {
      const url = new URL(address, 'https://example.lu');
      return { params: matchPath(pattern, url.pathname)?.params, photo: url.searchParams.get('photo') };
    };
    expect(read(paths.event.pattern, paths.event.build('otan-bucarest-2022', 5))).toEqual({
      params: { id: 'otan-bucarest-2022' },
      photo: '5',
    });
    expect(read(paths.photo.pattern, paths.photo.build('otan-bucarest-2022', 5))).toEqual({
      params: { id: 'otan-bucarest-2022', n: '5' },
      photo: null,
    });
    expect(matchPath(paths.event.pattern, paths.photo.build('otan-bucarest-2022', 5))).toBeNull();
  });
});
