import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { hydrateInTwoSteps } from '../gallery/hydrateLater.tsx';
import { addFormattedAhead } from '../i18n/format.ts';
import { loadMessages } from '../i18n/messages.ts';
import { App } from './App.tsx';
import type { PageData } from './AppRoutes.tsx';
import { PAGE_DATA_ID } from './pageData.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The site's own language (from index.html) speaks until an event names its own.
const siteLanguage = document.documentElement.lang;
// With its trailing slash, so that links to the index read `/galleries/`, the address the server
// answers without a redirect.
const basename = import.meta.env.BASE_URL;
const dataElement = document.getElementById(PAGE_DATA_ID);
const pageData: PageData | undefined = dataElement?.textContent ? JSON.parse(dataElement.textContent) : undefined;
// A server may answer any unknown address with a prerendered page (its SPA fallback or 404 page):
// that page's content and data belong to another address, so the app starts afresh.
const here = `/${window.location.pathname.slice(basename.length)}`.replace(/(.)\/$/, '$1');
const data = pageData?.url === here ? pageData : undefined;

const app = (
  <StrictMode>
    <BrowserRouter basename={basename}>
      <App siteLanguage={siteLanguage} data={data} />
    </BrowserRouter>
  </StrictMode>
);

// A prerendered page already shows the content: hydrating keeps it in place rather than redrawing
// it. The prerendered event page shows photo 1; a link to another photo starts afresh (with the data).
const photo = new URLSearchParams(window.location.search).get('photo');
const hydrate = data && root.firstElementChild && (photo === null || photo === '1');
if (hydrate && data.formatted) addFormattedAhead(data.formatted);
loadMessages(siteLanguage).then(() => {
  if (hydrate) hydrateInTwoSteps(() => hydrateRoot(root, app));
  else createRoot(root).render(app);
  // Both render at once: from here the page is the app's, for whoever waits on that (the browser tests).
  document.documentElement.dataset.started = '';
});
