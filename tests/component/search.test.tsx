import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/renderApp';

describe('/search and /<lang>/search', () => {
  it('offers a labelled field in the page’s language, as a GET form to its own search page', async () => {
    const { requested } = renderApp('/de/search');
    await screen.findByRole('heading', { level: 1, name: 'Suche' });
    const field = screen.getByRole('searchbox', { name: 'Veranstaltung, Ort oder Person suchen' });
    expect(field).toHaveProperty('name', 'q');
    // jsdom does not know <search> as the landmark it is.
    const form = field.closest('form');
    expect(form?.parentElement?.localName).toBe('search');
    expect(form?.getAttribute('action')).toBe('/de/search');
    expect(form?.getAttribute('method')).toBe('get');
    within(form as HTMLFormElement).getByRole('button', { name: 'Suchen' });
    // No query, no search: nothing of the index is asked for.
    expect(screen.getByRole('status').textContent).toBe('');
    expect(requested().filter((address) => address.includes('pagefind'))).toEqual([]);
    // useHead sets it in an effect, after the heading shows.
    await waitFor(() => expect(document.title).toBe('Suche'));
  });

  it('says in words that search is unavailable when the index cannot be loaded', async () => {
    renderApp('/search?q=Asselborn');
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'La recherche n’est pas disponible pour le moment. Réessayez plus tard.',
    );
    expect(screen.getByRole('searchbox', { name: 'Rechercher un événement, un lieu, une personne' })).toHaveProperty(
      'value',
      'Asselborn',
    );
  });
});
