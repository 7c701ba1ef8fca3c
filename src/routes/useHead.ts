import { useContext, useEffect } from 'react';
import { type Head, type MetaTag, metaTags } from './head.ts';
import { PageLanguageContext } from './pageLanguage.ts';

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

/** Keeps the document's title, language and meta tags in step with the page shown. */
export function useHead(head: Head) {
  const { title, description, lang, image, siteName } = head;
  const setPageLanguage = useContext(PageLanguageContext);
  useEffect(() => {
    setPageLanguage?.(lang);
    document.title = title;
    document.documentElement.lang = lang;
    const tags = metaTags(
      { title, description, lang, image, siteName },
      (address) => new URL(address, document.baseURI).href,
    );
    for (const tag of tags) setMeta(tag);
  }, [title, description, lang, image, siteName, setPageLanguage]);
}
