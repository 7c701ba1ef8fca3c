import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App } from './App.tsx';
import type { PageData } from './AppRoutes.tsx';

export { parseEvent } from '../event/parseEvent.ts';
export { eventFileUrl } from '../event/urls.ts';
export { photoViews } from '../gallery/photos.ts';
export { messagesFor } from '../i18n/messages.ts';
export { eventHead, headHtml, indexHead, notFoundHead } from '../routes/head.ts';
export { PAGE_DATA_ID, serializePageData } from './pageData.ts';

/** Renders one address to HTML at build time, with the same components the browser hydrates. */
export function render(url: string, siteLanguage: string, data: PageData): string {
  const basename = import.meta.env.BASE_URL;
  return renderToString(
    <StrictMode>
      <StaticRouter location={basename.replace(/\/$/, '') + url} basename={basename}>
        <App siteLanguage={siteLanguage} data={data} />
      </StaticRouter>
    </StrictMode>,
  );
}
