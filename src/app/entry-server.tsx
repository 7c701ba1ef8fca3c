import { renderToStringAsync } from 'preact-render-to-string';
import { type ReactNode, StrictMode } from 'react';
import { StaticRouter } from 'react-router';
import { listTerms } from '../gallery/listTerms.tsx';
import { ListTermsContext } from '../gallery/PhotoList.tsx';
import { recordFormatted } from '../i18n/format.ts';
import { loadMessages, UI_LANGUAGES } from '../i18n/messages.ts';
import { App } from './App.tsx';
import type { PageData } from './AppRoutes.tsx';

// The build renders pages in every language: all their messages are there before the first.
await Promise.all(UI_LANGUAGES.map(loadMessages));

export { site } from 'virtual:site-config';
export { pageCount, pageOf } from '../event/archive.ts';
export { parseEvent } from '../event/parseEvent.ts';
export { eventFileUrl } from '../event/urls.ts';
export { listingFor, listingLanguages, versionsOf } from '../event/versions.ts';
export { photoViews } from '../gallery/photos.ts';
export { archiveMessages } from '../i18n/archive.ts';
export { messagesFor, UI_LANGUAGES, uiLanguage } from '../i18n/messages.ts';
export { accessibilityHead } from '../routes/AccessibilityPage.tsx';
export { eventAlternates, listingAlternates, peopleAlternates, statementAlternates } from '../routes/alternates.ts';
export { eventHead, headHtml, indexHead, notFoundHead, searchHead, withOrigin } from '../routes/head.ts';
export { peopleHead, personHead } from '../routes/people/head.ts';
export { peopleLanguages } from '../routes/people/languages.ts';
export { searchAlternates } from '../routes/search/alternates.ts';
export { eventStructuredData, photoStructuredData } from '../routes/structuredData.ts';
export { yearHead } from '../routes/YearPage.tsx';
export { PAGE_DATA_ID, serializePageData } from './pageData.ts';

// The app runs on preact/compat (scripts/vite/preact.ts) but is typed against React.
const renderToString = renderToStringAsync as unknown as (element: ReactNode) => Promise<string>;

/**
 * Renders one address to HTML at build time, with the same components the browser hydrates.
 * The async renderer waits for the pages loaded lazily (the accessibility statement) where a
 * synchronous one would write their fallback. Only here does the no-script list get its terms.
 * With the HTML come the dates and lists it formatted, for the page data: hydrating formats none.
 */
export async function render(
  url: string,
  siteLanguage: string,
  data: PageData,
): Promise<{ html: string; formatted: Record<string, string> }> {
  const basename = import.meta.env.BASE_URL;
  const formatted = recordFormatted();
  const html = await renderToString(
    <StrictMode>
      <StaticRouter location={basename.replace(/\/$/, '') + url} basename={basename}>
        <ListTermsContext value={listTerms}>
          <App siteLanguage={siteLanguage} data={data} />
        </ListTermsContext>
      </StaticRouter>
    </StrictMode>,
  );
  return { html, formatted: formatted() };
}
