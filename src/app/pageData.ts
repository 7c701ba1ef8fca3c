import type { PageData } from './AppRoutes.tsx';

/** The id of the `<script type="application/json">` that carries a prerendered page's data. */
export const PAGE_DATA_ID = 'eg-data';

/** Serialises page data for a script element: `<` escaped so no text can close the element. */
export function serializePageData(data: PageData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
