import { act, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, StaticRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { hydrateInTwoSteps } from '../../src/gallery/hydrateLater';
import { DEMO, demoPageData } from '../support/demoPage';
import { fakeServer } from '../support/fakeServer';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('a prerendered event page hydrating in two steps', () => {
  const data = demoPageData();
  const app = <App siteLanguage="fr" data={data} />;
  const lead = data.event?.event.lead;
  // The lead links the people it names: its text spans several elements.
  const isLead = (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent === lead;
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={DEMO}>{app}</StaticRouter>
    </StrictMode>,
  );
  let root: HTMLElement;
  let hydrated: Root | undefined;

  afterEach(() => {
    act(() => hydrated?.unmount());
    root.remove();
  });

  it('answers "next" at once, keeps the rest as prerendered, then brings it to life in place', async () => {
    fakeServer();
    root = document.createElement('div');
    root.innerHTML = html;
    document.body.append(root);
    const page = within(root);
    const article = page.getByText(isLead);
    const thumbnail = page.getByRole('button', { name: 'Photo 3' });

    await act(async () => {
      hydrateInTwoSteps(() => {
        hydrated = hydrateRoot(
          root,
          <StrictMode>
            <MemoryRouter initialEntries={[DEMO]}>{app}</MemoryRouter>
          </StrictMode>,
        );
      });
    });
    const next = page.getByRole('button', { name: 'Photo suivante' });
    expect(next.getAttribute('aria-disabled')).toBe('false');
    // The thumbnails wait for the second step, still the prerendered, unavailable buttons.
    expect(thumbnail.getAttribute('aria-disabled')).toBe('true');
    act(() => next.click());
    expect(page.getByRole('group', { name: '2 sur 14' })).toBeTruthy();
    // Moving re-rendered the page around the waiting parts: their HTML stayed.
    expect(page.getByText(isLead)).toBe(article);
    expect(thumbnail.isConnected).toBe(true);

    await act(nextFrame);
    expect(page.getByText(isLead)).toBe(article);
    expect(page.getByRole('button', { name: 'Photo 3' })).toBe(thumbnail);
    expect(thumbnail.getAttribute('aria-disabled')).toBeNull();
    act(() => thumbnail.click());
    expect(page.getByRole('group', { name: '3 sur 14' })).toBeTruthy();
  });
});
