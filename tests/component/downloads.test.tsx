import { screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { parseEvent } from '../../src/event/parseEvent';
import { listTerms } from '../../src/gallery/listTerms';
import { ListTermsContext, PhotoList } from '../../src/gallery/PhotoList';
import { photoViews } from '../../src/gallery/photos';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { messagesFor } from '../../src/i18n/messages';
import { eventText } from '../support/fakeServer';
import { renderApp } from '../support/renderApp';

const DEMO = '/events/otan-bucarest-2022';
const FILE = '/events/otan-bucarest-2022.json';
const SITE_TERMS = 'Photos libres de droits pour un usage de presse, crédit obligatoire.';

/** The demo with photo 3 as `npm run images` leaves a 2400 px original: a 1600 px JPEG, both weighed. */
function weighed(change: (event: Record<string, never> & { photos: Record<string, unknown>[] }) => void = () => {}) {
  const event = JSON.parse(eventText('otan-bucarest-2022'));
  Object.assign(event.photos[2], {
    width: 2400,
    height: 1600,
    bytes: 2_400_000,
    srcSet: [
      { src: 'otan-bucarest-2022/sizes/03-960.jpg', width: 960, height: 640, type: 'image/jpeg', bytes: 120_000 },
      { src: 'otan-bucarest-2022/sizes/03-1600.jpg', width: 1600, height: 1067, type: 'image/jpeg', bytes: 310_000 },
    ],
  });
  change(event);
  return event;
}

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

describe("the no-script list's terms", () => {
  function prerendered(change: Parameters<typeof weighed>[0]) {
    const parsed = parseEvent(FILE, JSON.stringify(weighed(change)), 'otan-bucarest-2022');
    if (!parsed.ok) throw new Error('the event does not parse');
    const photos = photoViews(parsed.event, `https://example.org${FILE}`, messagesFor('fr'));
    const html = renderToStaticMarkup(
      <StrictMode>
        <I18nProvider lang="fr">
          <ListTermsContext value={listTerms}>
            <PhotoList photos={photos} lang="fr" />
          </ListTermsContext>
        </I18nProvider>
      </StrictMode>,
    );
    const page = document.createElement('div');
    // A browser without scripts reads the <noscript> content as markup.
    page.innerHTML = html.replace(/<\/?noscript>/g, '');
    return page;
  }

  it('gives the terms once for the list, and under a photo whose own terms differ', () => {
    const page = prerendered((e) => {
      Object.assign(e.photos[2] as object, { license: 'https://www.nato.int/terms', usageTerms: 'Usage éditorial' });
    });
    const lines = [...page.querySelectorAll('p')].map((line) => line.textContent);
    expect(lines).toEqual([
      `Crédit obligatoire : indiqué avec chaque photo · ${SITE_TERMS} · CC BY 4.0`,
      'Crédit obligatoire : ©NATO · Usage éditorial · Licence (www.nato.int)',
    ]);
    const third = within(page).getAllByRole('listitem')[1] as HTMLElement;
    expect(third.textContent).toContain('Usage éditorial');
  });

  it('names the one credit when every listed photo has it', () => {
    const page = prerendered((e) => {
      for (const photo of e.photos) photo.credit = 'MAEE';
    });
    expect(page.querySelector('p')?.textContent).toBe(`Crédit obligatoire : ©MAEE · ${SITE_TERMS} · CC BY 4.0`);
  });
});
