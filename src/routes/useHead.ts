import { useContext, useEffect } from 'react';
import type { Alternate } from './alternates.ts';
import { type Head, type LinkTag, linkTags, type MetaTag, metaTags } from './head.ts';
import { PageFrameContext } from './pageFrame.ts';

function setMeta({ attribute, key, content }: MetaTag) {
  let meta = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`);
  if (content === undefined) {
    meta?.remove();
    return;
  }
  if (!meta) {
    meta = document.createElement('meta');
    meta.setAttribute(attribute, key);
    document.head.append(meta);
  }
  if (meta.content !== content) meta.content = content;
}

function setLinks(tags: readonly LinkTag[]) {
  const olds = [
    ...document.head.querySelectorAll<HTMLLinkElement>(
      'link[rel="canonical"], link[rel="prev"], link[rel="next"], link[rel="alternate"][hreflang]',
    ),
  ];
  const wanted = tags.map(({ rel, hreflang, href }) => ({ rel, hreflang, href: new URL(href, document.baseURI).href }));
  const same =
    olds.length === wanted.length &&
    olds.every((old, index) => {
      const tag = wanted[index];
      return (
        tag && old.rel === tag.rel && old.hreflang === (tag.hreflang ?? '') && old.getAttribute('href') === tag.href
      );
    });
  // A page prerendered with the site's address has them already: its head is left alone as the
  // app takes over. Without that address its links are relative, and made absolute here.
  if (same) return;
  for (const old of olds) old.remove();
  for (const { rel, hreflang, href } of wanted) {
    const link = document.createElement('link');
    link.rel = rel;
    if (hreflang) link.hreflang = hreflang;
    link.href = href;
    document.head.append(link);
  }
}

/** Keeps the document's title, language, meta and link tags, and the site's frame, in step with the page. */
export function useHead(head: Head) {
  const { title, description, lang, image, siteName } = head;
  const setFrame = useContext(PageFrameContext);
  // Pages build their alternates at each render: their text says whether they changed.
  const alternates = JSON.stringify(head.alternates ?? []);
  const links = JSON.stringify(linkTags(head, import.meta.env.BASE_URL));
  useEffect(() => {
    setFrame?.({ lang, alternates: JSON.parse(alternates) as Alternate[] });
    if (document.title !== title) document.title = title;
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
    const tags = metaTags(
      { title, description, lang, image, siteName },
      (address) => new URL(address, document.baseURI).href,
    );
    for (const tag of tags) setMeta(tag);
    setLinks(JSON.parse(links) as LinkTag[]);
  }, [title, description, lang, image, siteName, alternates, links, setFrame]);
}
