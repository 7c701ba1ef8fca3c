import type { PageData } from '../../src/app/AppRoutes.tsx';
import type { Head } from '../../src/routes/head.ts';

export interface Page {
  /** The address, without the base. */
  url: string;
  /** The file under dist/ that answers it. */
  file: string;
  head: Head;
  /** Data for prerendered content; a page without it is a shell the app fills in. */
  data?: PageData;
  /** The search page runs Pagefind, which compiles WebAssembly: its CSP allows that, no other's does. */
  webAssembly?: boolean;
}

/** A page at an address of the paths table, in the folder a server without rewrite rules looks in. */
export function page(url: string, head: Head, data?: PageData): Page {
  return { url, file: `${url.replace(/^\//, '')}/index.html`, head, data };
}
