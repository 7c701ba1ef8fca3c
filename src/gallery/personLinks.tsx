import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

/** Where the names of a caption lead. */
export interface PersonLinkOptions {
  /** A person's page from their slug: `/people/jean-asselborn`, or a full URL. */
  href: (slug: string) => string;
  /** Open in a new tab: an embed's links leave the host page where it is. */
  newTab?: boolean;
  /**
   * Name → slug of every person the event names, from a prerendered page: its first render (and
   * so its hydration) links them at once. Without it the slug library loads after the first render.
   */
  slugs?: Readonly<Record<string, string>>;
}

/** The attributes of the link for a name; nothing for an unknown person (`n.n.`) or a slug not yet known. */
type LinkFor = (name: string) => { href: string; target?: string; rel?: string } | undefined;

const PersonLinksContext = createContext<LinkFor | undefined>(undefined);

/** Links every name in the captions below it to that person's page. */
export function PersonLinksProvider({ href, newTab, slugs, children }: PersonLinkOptions & { children: ReactNode }) {
  // The slug library stays out of the start-up bundle: names are plain text until it arrives, or
  // for good if it cannot (offline).
  const [slugOf, setSlugOf] = useState<(name: string) => string | undefined>();
  useEffect(() => {
    if (!slugs)
      import('../event/slug.ts').then(
        (module) => setSlugOf(() => module.personSlug),
        () => {},
      );
  }, [slugs]);
  const linkFor: LinkFor = (name) => {
    const slug = slugOf ? slugOf(name) : slugs && Object.hasOwn(slugs, name) ? slugs[name] : undefined;
    return slug === undefined ? undefined : { href: href(slug), ...(newTab && { target: '_blank', rel: 'noopener' }) };
  };
  return <PersonLinksContext value={linkFor}>{children}</PersonLinksContext>;
}

/** The link for each name, or undefined outside a PersonLinksProvider: names stay plain text. */
export function usePersonLinks(): LinkFor | undefined {
  return useContext(PersonLinksContext);
}
