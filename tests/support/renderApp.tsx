import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { MemoryRouter } from 'react-router';
import { App } from '../../src/app/App';
import type { PageData } from '../../src/app/AppRoutes';
import { type Answer, fakeServer } from './fakeServer';

export interface RenderAppOptions {
  /** The site's language, as the browser entry reads it from the page. */
  lang?: string;
  /** What the server answers at given addresses instead of its files (see `fakeServer`). */
  answers?: Map<string, Answer>;
  /** What a prerendered page carries, as the browser entry hands it over. */
  data?: PageData;
}

/**
 * The whole app as the browser entry renders it (StrictMode, router, site language, error
 * boundary, `.eg-root`), at one address, over a fake server holding public/events.
 */
export function renderApp(address: string, { lang = 'fr', answers, data }: RenderAppOptions = {}) {
  // The document outlives each render: start from values no page sets, so every check on them can fail.
  document.title = 'before the test';
  document.documentElement.lang = 'xx';
  for (const meta of document.head.querySelectorAll('meta')) meta.remove();

  const server = fakeServer({ answers });
  const user = userEvent.setup();
  render(
    <StrictMode>
      <MemoryRouter initialEntries={[address]}>
        <App siteLanguage={lang} data={data} />
      </MemoryRouter>
    </StrictMode>,
  );
  return { user, ...server };
}
