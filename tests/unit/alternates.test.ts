import { describe, expect, it } from 'vitest';
import type { Version } from '../../src/event/versions';
import { eventAlternates, listingAlternates } from '../../src/routes/alternates';
import { type Head, headHtml, linkTags } from '../../src/routes/head';

// The demo's Bucharest meeting, with a shorter English version so that a place can be clamped.
const versions: Version[] = [
  { id: 'otan-bucarest', lang: 'fr', photoCount: 14 },
  { id: 'nato-bukarest-de', lang: 'de', photoCount: 14 },
  { id: 'nato-bucharest-en', lang: 'en', photoCount: 2 },
  { id: 'nato-bukarest-lb', lang: 'lb-LU', photoCount: 14 },
];

describe('eventAlternates', () => {
  it('gives every version at the photo shown, itself included, and x-default at the French one', () => {
    expect(eventAlternates(versions, { number: 1, inLightbox: false }, 'fr')).toEqual([
      { hreflang: 'fr', to: '/events/otan-bucarest' },
      { hreflang: 'de', to: '/events/nato-bukarest-de' },
      { hreflang: 'en', to: '/events/nato-bucharest-en' },
      { hreflang: 'lb-LU', to: '/events/nato-bukarest-lb' },
      { hreflang: 'x-default', to: '/events/otan-bucarest' },
    ]);
  });

  it('keeps photo 3 of the carousel, or the last photo of a version that has fewer', () => {
    const tos = eventAlternates(versions, { number: 3, inLightbox: false }, 'fr').map((a) => a.to);
    expect(tos).toEqual([
      '/events/otan-bucarest?photo=3',
      '/events/nato-bukarest-de?photo=3',
      '/events/nato-bucharest-en?photo=2',
      '/events/nato-bukarest-lb?photo=3',
      '/events/otan-bucarest?photo=3',
    ]);
  });

  it('keeps the lightbox open on the same photo', () => {
    const tos = eventAlternates(versions, { number: 14, inLightbox: true }, 'fr').map((a) => a.to);
    expect(tos).toEqual([
      '/events/otan-bucarest/photos/14',
      '/events/nato-bukarest-de/photos/14',
      '/events/nato-bucharest-en/photos/2',
      '/events/nato-bukarest-lb/photos/14',
      '/events/otan-bucarest/photos/14',
    ]);
  });

  it('takes x-default from the site’s default language, a region tag included', () => {
    const xDefault = (lang: string) =>
      eventAlternates(versions, { number: 1, inLightbox: false }, lang).find((a) => a.hreflang === 'x-default');
    expect(xDefault('de')?.to).toBe('/events/nato-bukarest-de');
    expect(xDefault('lb')?.to).toBe('/events/nato-bukarest-lb');
    expect(xDefault('it'), 'no version stands for a language the event lacks').toBeUndefined();
  });

  it('offers nothing for an event in one language: no switch, no hreflang', () => {
    expect(eventAlternates(versions.slice(0, 1), { number: 1, inLightbox: false }, 'fr')).toEqual([]);
  });
});

describe('listingAlternates', () => {
  it('puts the default language’s listing at the front page and the others under their prefix', () => {
    expect(listingAlternates(['fr', 'de', 'en', 'lb'], 'fr')).toEqual([
      { hreflang: 'fr', to: '/' },
      { hreflang: 'de', to: '/de/' },
      { hreflang: 'en', to: '/en/' },
      { hreflang: 'lb', to: '/lb/' },
      { hreflang: 'x-default', to: '/' },
    ]);
  });

  it('follows another default language', () => {
    expect(listingAlternates(['fr', 'de'], 'de')).toEqual([
      { hreflang: 'fr', to: '/fr/' },
      { hreflang: 'de', to: '/' },
      { hreflang: 'x-default', to: '/' },
    ]);
  });

  it('offers nothing when the site lists in one language', () => {
    expect(listingAlternates(['fr'], 'fr')).toEqual([]);
  });
});

describe('the head’s links', () => {
  const head: Head = {
    title: 'Fotogalerien',
    description: 'd',
    lang: 'de',
    alternates: listingAlternates(['fr', 'de'], 'fr'),
  };
  const fr: Head = { ...head, lang: 'fr', canonical: '/' };

  it('puts the canonical first, then the alternates, under the base path', () => {
    expect(linkTags(fr, '/galleries/')).toEqual([
      { rel: 'canonical', href: '/galleries/' },
      { rel: 'alternate', hreflang: 'fr', href: '/galleries/' },
      { rel: 'alternate', hreflang: 'de', href: '/galleries/de/' },
      { rel: 'alternate', hreflang: 'x-default', href: '/galleries/' },
    ]);
    expect(linkTags(head, '/').map((tag) => tag.rel)).not.toContain('canonical');
  });

  it('writes absolute addresses in the prerendered head when the site has its address', () => {
    const html = headHtml(fr, 'https://gallery.example', '/galleries/');
    expect(html.match(/<link [^>]*>/g)).toEqual([
      '<link rel="canonical" href="https://gallery.example/galleries/">',
      '<link rel="alternate" hreflang="fr" href="https://gallery.example/galleries/">',
      '<link rel="alternate" hreflang="de" href="https://gallery.example/galleries/de/">',
      '<link rel="alternate" hreflang="x-default" href="https://gallery.example/galleries/">',
    ]);
  });

  it('writes the event’s alternates at the photo of a per-photo page', () => {
    const alternates = eventAlternates(versions, { number: 3, inLightbox: true }, 'fr');
    const html = headHtml({ ...head, alternates }, 'https://gallery.example', '/');
    expect(html).toContain(
      '<link rel="alternate" hreflang="lb-LU" href="https://gallery.example/events/nato-bukarest-lb/photos/3">',
    );
    expect(html).not.toContain('rel="canonical"');
  });
});
