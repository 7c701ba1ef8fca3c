import { describe, expect, it } from 'vitest';
import { preloadFirstPhoto } from '../../scripts/build/preload-photo.ts';

const SIZES = '(min-width: 1024px) min(60vw, 760px), calc(100vw - 2rem)';

function picture(sources: string, img: string): string {
  return `<div class="eg-slide"><picture>${sources}${img}</picture></div>`;
}

const AVIF = `<source type="image/avif" srcset="/e/sizes/01-480.avif 480w, /e/sizes/01-960.avif 960w" sizes="${SIZES}"/>`;
const WEBP = `<source type="image/webp" srcset="/e/sizes/01-480.webp 480w" sizes="${SIZES}"/>`;
const PRIORITY_IMG =
  '<img class="eg-slide__image" src="/e/01.jpg" alt="A" width="2000" height="1334" fetchpriority="high"/>';
const LAZY_IMG = '<img class="eg-slide__image" src="/e/02.jpg" alt="B" width="2000" height="1334" decoding="async"/>';

describe('preloadFirstPhoto', () => {
  it('reads attribute names in any case, as HTML does', () => {
    const camel = picture(AVIF.replace('srcset=', 'srcSet='), PRIORITY_IMG.replace('fetchpriority=', 'fetchPriority='));
    expect(preloadFirstPhoto(camel)).toContain('imagesrcset="/e/sizes/01-480.avif 480w, /e/sizes/01-960.avif 960w"');
  });

  it("preloads the priority photo's best source with the same candidates and sizes", () => {
    expect(preloadFirstPhoto(picture(AVIF + WEBP, PRIORITY_IMG))).toBe(
      '<link rel="preload" as="image" fetchpriority="high" type="image/avif"' +
        ` imagesrcset="/e/sizes/01-480.avif 480w, /e/sizes/01-960.avif 960w" imagesizes="${SIZES}">`,
    );
  });

  it('preloads the photo file itself when the photo has no smaller sizes', () => {
    expect(preloadFirstPhoto(picture('', PRIORITY_IMG))).toBe(
      '<link rel="preload" as="image" fetchpriority="high" href="/e/01.jpg">',
    );
  });

  it('skips pictures that are not the priority photo', () => {
    const html = picture(WEBP, LAZY_IMG) + picture(AVIF, PRIORITY_IMG);
    expect(preloadFirstPhoto(html)).toContain('01-960.avif');
    expect(preloadFirstPhoto(html)).not.toContain('webp');
  });

  it('keeps attribute values as the renderer escaped them', () => {
    const escaped = `<source type="image/avif" srcset="/e/a&amp;b.avif 480w" sizes="${SIZES}"/>`;
    expect(preloadFirstPhoto(picture(escaped, PRIORITY_IMG))).toContain('imagesrcset="/e/a&amp;b.avif 480w"');
  });

  it('adds nothing to a page without a photo', () => {
    expect(preloadFirstPhoto('<h1>Page introuvable</h1>')).toBe('');
    expect(preloadFirstPhoto(picture(WEBP, LAZY_IMG))).toBe('');
  });
});
