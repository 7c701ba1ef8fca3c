import { site } from 'virtual:site-config';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { SiteProvider } from '../site/SiteProvider.tsx';
import { AppRoutes, type PageData } from './AppRoutes.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

/** The whole site below its router: the browser's in the app, a static one when prerendering. */
export function App({ siteLanguage, data }: { siteLanguage: string; data?: PageData }) {
  return (
    <SiteProvider site={site}>
      <I18nProvider lang={siteLanguage}>
        <div className="eg-root eg-page">
          <ErrorBoundary>
            <AppRoutes data={data} lang={siteLanguage} />
          </ErrorBoundary>
        </div>
      </I18nProvider>
    </SiteProvider>
  );
}
