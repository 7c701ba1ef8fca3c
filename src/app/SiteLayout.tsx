import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { PageLanguageContext } from '../routes/pageLanguage.ts';
import { SiteFooter } from './SiteFooter.tsx';
import { SiteHeader } from './SiteHeader.tsx';

/**
 * The site's frame around every page but the embed: header, the page, footer. The frame speaks
 * the page's language, which starts as the prerendered page's and follows the page's head.
 */
export function SiteLayout() {
  const { lang } = useI18n();
  const [pageLanguage, setPageLanguage] = useState<string>(lang);
  return (
    <PageLanguageContext value={setPageLanguage}>
      <I18nProvider lang={pageLanguage}>
        <SiteHeader />
      </I18nProvider>
      <main className="eg-site-main">
        {/* A page in a language whose messages have not arrived waits for them, the last page kept. */}
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </main>
      <I18nProvider lang={pageLanguage}>
        <SiteFooter />
      </I18nProvider>
    </PageLanguageContext>
  );
}
