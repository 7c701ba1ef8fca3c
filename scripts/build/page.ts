import type { PageData } from '../../src/app/AppRoutes.tsx';
import type { GalleryEvent } from '../../src/event/schema.ts';
import type { Head } from '../../src/routes/head.ts';

export interface Page {
  /** The address, without the base. */
  url: string;
  /** The address links and alternates give the page, when not `url` (`/de/` for `/de`). */
  address?: string;
  /** The file under dist/ that answers it. */
  file: string;
  head: Head;
  /** Data for prerendered content; a page without it is a shell the app fills in. */
  data?: PageData;
  /** The search page runs Pagefind, which compiles WebAssembly: its CSP allows that, no other's does. */
  webAssembly?: boolean;
  /** Left out of the sitemap: not a page to land on from a search engine (404, search, embed). */
  unlisted?: boolean;
  /** The event an event or photo page shows, and the photos on it: its sitemap entry and feed entry. */
  shows?: Shown;
  /** The Atom feed the page names in its head (front and year pages), an address under the base. */
  feed?: string;
}

export interface Shown {
  event: GalleryEvent;
  /** The photos' addresses, resolved against the event file, in the order the page shows them. */
  images: readonly string[];
}

/** A page at an address of the paths table, in the folder a server without rewrite rules looks in. */
export function page(url: string, head: Head, data?: PageData): Page {
  return { url, file: `${url.replace(/^\//, '')}/index.html`, head, data };
}
