import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/renderApp';
import { weighed } from '../support/weighedEvent';

const DEMO = '/events/otan-bucarest-2022';
const FILE = '/events/otan-bucarest-2022.json';
const SITE_TERMS = 'Photos libres de droits pour un usage de presse, crédit obligatoire.';

async function openPanel(event: object, address = `${DEMO}/photos/3`, lang = 'fr') {
  const app = renderApp(address, { lang, answers: new Map([[FILE, { status: 200, body: JSON.stringify(event) }]]) });
  const dialog = await screen.findByRole('dialog', { name: 'Visionneuse de photos' });
  await within(dialog).findByRole('group', { name: '3 sur 14' });
  const button = within(dialog).getByRole('button', { name: 'Télécharger la photo' });
  expect(button.getAttribute('aria-expanded')).toBe('false');
  await app.user.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  return { ...app, dialog, button };
}

describe("the lightbox's download panel", () => {
  it('offers the web JPEG and the original with their sizes and weights, each a named download', async () => {
    const { dialog } = await openPanel(weighed());
    const web = within(dialog).getByRole('link', { name: 'Web (JPEG, 1600 × 1067 px, 310 Ko)' });
    expect(web.getAttribute('download')).toBe('otan-bucarest-2022-03-NATO-1600.jpg');
    expect(web.getAttribute('href')).toMatch(/\/events\/otan-bucarest-2022\/sizes\/03-1600\.jpg$/);
    const original = within(dialog).getByRole('link', { name: 'Haute résolution (2400 × 1600 px, 2,4 Mo)' });
    expect(original.getAttribute('download')).toBe('otan-bucarest-2022-03-NATO.jpg');
  });

  it('writes the sizes in the page language, Luxembourgish too', async () => {
    const event = weighed((e) => Object.assign(e, { lang: 'lb' }));
    const app = renderApp(`${DEMO}/photos/3`, {
      lang: 'lb',
      answers: new Map([[FILE, { status: 200, body: JSON.stringify(event) }]]),
    });
    const dialog = await screen.findByRole('dialog');
    await app.user.click(await within(dialog).findByRole('button', { name: 'Foto eroflueden' }));
    within(dialog).getByRole('link', { name: 'Héich Opléisung (2400 × 1600 px, 2,4 MB)' });
    within(dialog).getByRole('link', { name: 'Web (JPEG, 1600 × 1067 px, 310 KB)' });
  });

  it("states the credit, the site's terms and its licence by name", async () => {
    const { dialog } = await openPanel(weighed());
    const terms = within(dialog).getByText((_, element) => element?.classList.contains('eg-downloads__terms') ?? false);
    expect(terms.textContent).toBe(`Crédit obligatoire : ©NATO · ${SITE_TERMS} · CC BY 4.0`);
    expect(within(terms).getByRole('link', { name: 'CC BY 4.0' }).getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
  });

  it("names a photo's own licence by its host and states its own terms", async () => {
    const event = weighed((e) => {
      Object.assign(e.photos[2] as object, { license: 'https://www.nato.int/terms', usageTerms: 'Usage éditorial' });
    });
    const { dialog } = await openPanel(event);
    const link = within(dialog).getByRole('link', { name: 'Licence (www.nato.int)' });
    expect(link.closest('p')?.textContent).toBe(
      'Crédit obligatoire : ©NATO · Usage éditorial · Licence (www.nato.int)',
    );
  });

  it('shows the credit and caption to copy by hand when there is no clipboard', async () => {
    const { dialog, user } = await openPanel(weighed());
    // As on a page served over plain http: the browser offers no clipboard at all.
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    await user.click(within(dialog).getByRole('button', { name: 'Copier le crédit et la légende' }));
    const said = within(dialog).getByText('Copie impossible : sélectionnez le texte ci-dessous.');
    expect(said.getAttribute('role')).toBe('status');
    within(dialog).getByText(
      "©NATO – (de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; Jens Stoltenberg, secrétaire général de l'OTAN",
    );
  });

  it('closes on Escape, back to its button, and the lightbox stays', async () => {
    const { dialog, button, user } = await openPanel(weighed());
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    expect(screen.getByRole('dialog')).toBe(dialog);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
