import { createContext, type ReactNode } from 'react';
import type { AppSite } from './schema.ts';

export const SiteContext = createContext<AppSite | null>(null);

/** Hands the site's configuration (site.config.json, checked at build time) to everything below. */
export function SiteProvider({ site, children }: { site: AppSite; children: ReactNode }) {
  return <SiteContext value={site}>{children}</SiteContext>;
}
