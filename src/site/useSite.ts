import { useContext } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import { inLanguage } from './localized.ts';
import { SiteContext } from './SiteProvider.tsx';
import type { AppSite } from './schema.ts';

export function useSite(): AppSite {
  const context = useContext(SiteContext);
  if (!context) throw new Error('useSite must be used inside <SiteProvider>');
  return context;
}

/** The site's name in the interface's language, or its default language's. */
export function useSiteName(): string {
  const site = useSite();
  return inLanguage(site.name, useI18n().lang, site) ?? '';
}
