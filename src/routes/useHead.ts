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
  meta.content = content;
}

function setLinks(tags: readonly LinkTag[]) {
  for (const old of document.head.querySelectorAll(
    'link[rel="canonical"], link[rel="prev"], link[rel="next"], link[rel="alternate"][hreflang]',
  )) {
    old.remove();
  }
  for (const { rel, hreflang, href } of tags) {
    const link = document.createElement('link');
    link.rel = rel;
    if (hreflang) link.hreflang = hreflang;
    link.href = new URL(href, document.baseURI).href;
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
    document.title = title;
    document.documentElement.lang = lang;
    const tags = metaTags(
      { title, description, lang, image, siteName },
      (address) => new URL(address, document.baseURI).href,
    );
    for (const tag of tags) setMeta(tag);
    setLinks(JSON.parse(links) as LinkTag[]);
  }, [title, description, lang, image, siteName, alternates, links, setFrame]);
}
