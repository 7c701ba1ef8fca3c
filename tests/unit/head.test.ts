import { describe, expect, it } from 'vitest';
import { type Head, headHtml, metaTags, withOrigin } from '../../src/routes/head';

const ORIGIN = 'https://www.example.lu';
const CDN_PHOTO = 'https://cdn.example.org/p/01.jpg';
const HOSTILE = `"><script>alert(1)</script> & 'single' "double" </title><b>`;

const head = (fields: Partial<Head> = {}): Head => ({
  title: 'Réunion à Bucarest',
  description: 'Le ministre a participé',
  lang: 'fr',
  ...fields,
});

/** The head as a browser reads the prerendered page's HTML. */
function parsed(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head><body></body></html>`, 'text/html');
}

function meta(document: Document, key: string): string | undefined {
  return document.head.querySelector<HTMLMetaElement>(`meta[name="${key}"], meta[property="${key}"]`)?.content;
}

describe('headHtml', () => {
  it('gives a hostile title and description back as text, creating no element from them', () => {
    const document = parsed(headHtml(head({ title: HOSTILE, description: `${HOSTILE} (lead)` }), ORIGIN));
    expect(document.title).toBe(HOSTILE);
    expect(meta(document, 'og:title')).toBe(HOSTILE);
    expect(meta(document, 'description')).toBe(`${HOSTILE} (lead)`);
    expect(meta(document, 'og:description')).toBe(`${HOSTILE} (lead)`);
    expect([...document.querySelectorAll('script, b')]).toEqual([]);
    expect([...document.head.children].map((element) => element.tagName)).toEqual([
      'TITLE',
      'META',
      'META',
      'META',
      'META',
    ]);
  });

  it('escapes &, <, > and " in the markup itself', () => {
    const html = headHtml(head({ title: 'A & B <i> "C"', description: 'x"y' }));
    expect(html).toContain('<title>A &amp; B &lt;i&gt; &quot;C&quot;</title>');
    expect(html).toContain('<meta name="description" content="x&quot;y">');
  });

  it('keeps a photo address that has its own origin as it is', () => {
    const document = parsed(headHtml(head({ image: CDN_PHOTO }), ORIGIN));
    expect(meta(document, 'og:image')).toBe(CDN_PHOTO);
  });

  it("puts the site's origin before a photo's path", () => {
    const document = parsed(headHtml(head({ image: '/events/otan-bucarest-2022/01.jpg' }), ORIGIN));
    expect(meta(document, 'og:image')).toBe(`${ORIGIN}/events/otan-bucarest-2022/01.jpg`);
  });

  it('leaves the path as it is without an origin, and has no og:image without a photo', () => {
    expect(meta(parsed(headHtml(head({ image: '/p/01.jpg' }))), 'og:image')).toBe('/p/01.jpg');
    const document = parsed(headHtml(head(), ORIGIN));
    expect(document.head.querySelector('meta[property="og:image"]')).toBeNull();
    expect(meta(document, 'og:type')).toBe('article');
  });
});

describe('metaTags', () => {
  it('gives the description, Open Graph title, description, type and the image made absolute', () => {
    const tags = metaTags(head({ image: '/p/03.jpg' }), (address) => `https://site.example${address}`);
    expect(tags).toEqual([
      { attribute: 'name', key: 'description', content: 'Le ministre a participé' },
      { attribute: 'property', key: 'og:title', content: 'Réunion à Bucarest' },
      { attribute: 'property', key: 'og:description', content: 'Le ministre a participé' },
      { attribute: 'property', key: 'og:type', content: 'article' },
      { attribute: 'property', key: 'og:site_name', content: undefined },
      { attribute: 'property', key: 'og:image', content: 'https://site.example/p/03.jpg' },
    ]);
  });

  it('leaves og:image without content, and asks for no address, when the page has no photo', () => {
    const asked: string[] = [];
    const tags = metaTags(head(), (address) => {
      asked.push(address);
      return address;
    });
    expect(tags.find((tag) => tag.key === 'og:image')?.content).toBeUndefined();
    expect(tags.find((tag) => tag.key === 'og:image')?.attribute).toBe('property');
    expect(asked).toEqual([]);
  });
});

describe('withOrigin', () => {
  it.each([
    ['/events/a/01.jpg', `${ORIGIN}/events/a/01.jpg`],
    [CDN_PHOTO, CDN_PHOTO],
    ['HTTPS://CDN.example.org/p/01.jpg', 'HTTPS://CDN.example.org/p/01.jpg'],
    ['http://cdn.example.org/p/01.jpg', 'http://cdn.example.org/p/01.jpg'],
  ])('makes %s into %s', (address, expected) => {
    expect(withOrigin(address, ORIGIN)).toBe(expected);
  });
});
