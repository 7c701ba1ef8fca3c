import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dataScript,
  peerContent,
  peerPageHtml,
  photoSwipeGridHtml,
  THUMBNAIL_SIZES,
} from '../../scripts/bench/peers/content.ts';
import { SLIDE_SIZES } from '../../src/gallery/Picture.tsx';

const FILE = '/events/otan-bucarest-2022.json';
const event = JSON.parse(readFileSync('public/events/otan-bucarest-2022.json', 'utf8'));
const content = peerContent(event, FILE);

describe('peerContent (what every peer page shows)', () => {
  it('has the event title, every paragraph of the article and all 14 photos', () => {
    expect(content.title).toBe(event.title);
    expect(content.paragraphs).toEqual([event.lead, ...event.body]);
    expect(content.photos).toHaveLength(14);
  });

  it('offers the same AVIF files at the same sizes as our carousel, resolved against the event file', () => {
    const first = content.photos[0];
    expect(first?.sizes).toBe(SLIDE_SIZES);
    expect(first?.srcSet.split(', ')[0]).toBe('/events/otan-bucarest-2022/sizes/01-480.avif 480w');
    expect(first?.entries.every((entry) => entry.src.endsWith('.avif'))).toBe(true);
    expect(first?.large).toMatchObject({
      src: '/events/otan-bucarest-2022/sizes/01-2000.avif',
      width: 2000,
      height: 1334,
    });
  });

  it('captions photo 11 with its eight people left to right and the credit, as ours does', () => {
    const caption = content.photos[10]?.caption ?? '';
    expect(caption.startsWith('(de g. à dr.) Þórdís Kolbrún R. Gylfadóttir,')).toBe(true);
    expect(caption.split(' ; ')).toHaveLength(8);
    expect(caption.endsWith('Pekka Haavisto, ministre des Affaires étrangères de la Finlande ©MAEE')).toBe(true);
  });

  it('names the file and the field when the event is not valid', () => {
    expect(() => peerContent({ ...event, photos: 'none' }, FILE)).toThrow(
      /\/events\/otan-bucarest-2022\.json: .*photos/,
    );
  });
});

describe('peer pages', () => {
  it('gives PhotoSwipe a link to the large file per photo, the first at our size and fetched first', () => {
    const html = photoSwipeGridHtml(content);
    expect(html.match(/<a class="pswp-gallery__item"/g)).toHaveLength(14);
    expect(html).toContain(
      'href="/events/otan-bucarest-2022/sizes/01-2000.avif" data-pswp-width="2000" data-pswp-height="1334"',
    );
    const images = html.match(/<img[^>]*>/g) ?? [];
    expect(images[0]).toContain(`sizes="${SLIDE_SIZES}"`);
    expect(images[0]).toContain('fetchpriority="high"');
    expect(images[1]).toContain(`sizes="${THUMBNAIL_SIZES}"`);
    expect(images[1]).toContain('loading="lazy"');
  });

  it('escapes text in the markup and keeps the data script unbreakable', () => {
    const hostile = { ...content, title: 'A <b>"x"</b> & </script>' };
    const page = peerPageHtml(hostile, dataScript(hostile), '../entry.tsx');
    expect(page).toContain('<title>A &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; &lt;/script&gt;</title>');
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    const json = /<script type="application\/json" id="peer-data">(.*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(JSON.parse(json).title).toBe(hostile.title);
  });
});
