const PRIORITY_PICTURE = /<picture>((?:(?!<\/picture>)[\s\S])*?fetchpriority="high"[\s\S]*?)<\/picture>/i;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
}

/**
 * A `<link rel="preload">` for the photo a prerendered page shows first, taken from that page's
 * own markup (so it names the same candidates), or '' when the page has none. Attribute names are
 * matched in any case: renderers differ (`srcSet` or `srcset`), HTML does not.
 *
 * In the page, the `<picture>` comes after the head and the start of the body, so the photo's
 * request would leave after the script's; from the head it leaves first. Values are copied as
 * the renderer escaped them, so they need no escaping here.
 */
export function preloadFirstPhoto(bodyHtml: string): string {
  const picture = PRIORITY_PICTURE.exec(bodyHtml)?.[1];
  if (!picture) return '';
  const source = /<source\b[^>]*>/.exec(picture)?.[0];
  const srcSet = source && attribute(source, 'srcSet');
  if (source && srcSet) {
    const type = attribute(source, 'type');
    const sizes = attribute(source, 'sizes');
    return (
      `<link rel="preload" as="image" fetchpriority="high"${type ? ` type="${type}"` : ''}` +
      ` imagesrcset="${srcSet}"${sizes ? ` imagesizes="${sizes}"` : ''}>`
    );
  }
  const src = attribute(/<img\b[^>]*>/.exec(picture)?.[0] ?? '', 'src');
  return src ? `<link rel="preload" as="image" fetchpriority="high" href="${src}">` : '';
}
