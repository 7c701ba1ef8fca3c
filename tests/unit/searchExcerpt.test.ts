import { describe, expect, it } from 'vitest';
import { excerptPieces } from '../../src/routes/search/excerpt.ts';
import { searchHit } from '../../src/routes/search/hits.ts';

describe('excerptPieces', () => {
  it('splits an excerpt into marked and plain runs', () => {
    expect(excerptPieces('Mevlüt <mark>Çavuşoğlu,</mark> ministre et <mark>Jean</mark>')).toEqual([
      { text: 'Mevlüt ', marked: false },
      { text: 'Çavuşoğlu,', marked: true },
      { text: ' ministre et ', marked: false },
      { text: 'Jean', marked: true },
    ]);
  });

  it('decodes the escaped text and keeps any other tag as text, never as markup', () => {
    expect(excerptPieces('a &lt;b&gt; &amp; &#39;c&#x27; <img src=x onerror=alert(1)> <mark>d&quot;</mark>')).toEqual([
      { text: "a <b> & 'c' <img src=x onerror=alert(1)> ", marked: false },
      { text: 'd"', marked: true },
    ]);
  });
});

describe('searchHit', () => {
  it('reads a photo record as a photo', () => {
    const meta = {
      title: 'T',
      date: '2023-03-10',
      photo: '3',
      image: '/i.webp',
      imageWidth: '480',
      imageHeight: '320',
    };
    expect(searchHit({ url: '/events/e/photos/3', excerpt: 'x', meta })).toEqual({
      kind: 'photo',
      url: '/events/e/photos/3',
      excerpt: 'x',
      title: 'T',
      date: '2023-03-10',
      endDate: undefined,
      lang: undefined,
      number: 3,
      image: { src: '/i.webp', width: 480, height: 320 },
    });
  });

  it('reads an event page as an event, and drops a date Intl could not format', () => {
    const meta = { title: 'T', date: '10 mars', place: 'Vienne', image: '/01.jpg' };
    expect(searchHit({ url: '/events/e', excerpt: 'x', meta })).toMatchObject({
      kind: 'event',
      date: undefined,
      place: 'Vienne',
    });
  });
});
