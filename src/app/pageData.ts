import type { PageData } from './AppRoutes.tsx';

/** The id of the `<script type="application/json">` that carries a prerendered page's data. */
export const PAGE_DATA_ID = 'eg-data';

/**
 * The id of the `<template>` holding the app's modulepreload links (scripts/vite/startup-chunk.ts),
 * which src/app/boot.ts puts in the page when the time comes.
 */
export const APP_PRELOAD_ID = 'eg-app';

/** Serialises page data for a script element: `<` escaped so no text can close the element. */
export function serializePageData(data: PageData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
