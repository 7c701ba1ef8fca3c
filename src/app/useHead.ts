import { useEffect } from 'react';
import type { Head } from './head.ts';

function setMeta(attribute: 'name' | 'property', key: string, content: string | undefined) {
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

/** Keeps the document's title, language and description tags in step with the page shown. */
export function useHead(head: Head) {
  const { title, description, lang, image } = head;
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = lang;
    setMeta('name', 'description', description);
    setMeta('property', 'og:title', title);
    setMeta('property', 'og:description', description);
    setMeta('property', 'og:type', 'article');
    setMeta('property', 'og:image', image && new URL(image, document.baseURI).href);
  }, [title, description, lang, image]);
}
