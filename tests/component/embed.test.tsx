import { configure, prettyDOM, waitFor, within } from '@testing-library/dom';
import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServer } from '../support/fakeServer';

const TITLE = "Jean Asselborn à la réunion des ministres des Affaires étrangères de l'OTAN à Bucarest";
const LEAD_START = 'Le ministre des Affaires étrangères et européennes, Jean Asselborn a participé';

// A failed query prints the DOM it searched, and Testing Library cannot print a shadow root.
configure({
  getElementError: (message, container) => {
    const markup = container instanceof ShadowRoot ? container.innerHTML.slice(0, 5000) : prettyDOM(container);
    const error = new Error([message, markup].filter(Boolean).join('\n\n'));
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

/** What a host page does: a `<event-gallery>` with these attributes, appended to its body. */
async function addGallery(attributes: Record<string, string>) {
  await import('../../src/embed/element.tsx');
  const element = document.createElement('event-gallery');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  act(() => document.body.append(element));
  const { shadowRoot } = element;
  if (!shadowRoot) throw new Error('the element has no open shadow root');
  // Testing Library queries a root through querySelectorAll, which a shadow root has too.
  const shadow = within(shadowRoot as unknown as HTMLElement);
  return { element, shadowRoot, shadow, user: userEvent.setup() };
}

/** Sets an attribute as a host page's script would, letting React finish the render it starts. */
function set(element: HTMLElement, name: string, value: string) {
  act(() => element.setAttribute(name, value));
}

beforeEach(() => {
  fakeServer();
});

afterEach(() => {
  // The elements live outside React Testing Library's containers: take them away ourselves.
  act(() => {
    for (const element of document.querySelectorAll('event-gallery')) element.remove();
  });
});

describe('the event-gallery element', () => {
  it('is defined once, and a second copy of the script does not throw', async () => {
    const first = await import('../../src/embed/element.tsx');
    expect(customElements.get('event-gallery')).toBe(first.EventGalleryElement);

    // The same file under another address (`embed.js?v=2` on a host page) runs again: a query
    // makes it a module of its own, sharing the rest of the graph.
    const copy = '../../src/embed/element.tsx?copy';
    const second: typeof first = await import(/* @vite-ignore */ copy);
    expect(second.EventGalleryElement).not.toBe(first.EventGalleryElement);
    expect(customElements.get('event-gallery')).toBe(first.EventGalleryElement);
  });

  it('shows the event in its shadow root, its title, article and first photo', async () => {
    const { shadow, shadowRoot } = await addGallery({ src: '/events/otan-bucarest-2022.json' });
    await shadow.findByRole('heading', { level: 1, name: TITLE });
    const carousel = shadow.getByRole('region', { name: `Photos : ${TITLE}` });
    within(carousel).getByRole('group', { name: '1 sur 14' });
    within(carousel).getByText('1 / 14');
    shadow.getByText(LEAD_START, { exact: false });
    // All of it inside the shadow root, none in the host's document.
    expect(document.body.textContent).not.toContain(TITLE);
    // jsdom has CSSStyleSheet and replaceSync but no adoptedStyleSheets: the element's assignment
    // lands as a plain property, which is enough to see that the shadow root got its stylesheet.
    expect(shadowRoot.adoptedStyleSheets).toHaveLength(1);
    expect(shadowRoot.adoptedStyleSheets[0]?.cssRules[0]?.cssText).toMatch(/^:host \{ ?all: initial/);
  });

  it('with article="none" shows the photos without the title and the text', async () => {
    const { shadow } = await addGallery({ src: '/events/otan-bucarest-2022.json', article: 'none' });
    await shadow.findByRole('region', { name: `Photos : ${TITLE}` });
    expect(shadow.queryByRole('heading', { level: 1 })).toBeNull();
    expect(shadow.queryByText(LEAD_START, { exact: false })).toBeNull();
  });

  it('with photo="3" starts on photo 3, and moves from there', async () => {
    const { shadow, user } = await addGallery({ src: '/events/otan-bucarest-2022.json', photo: '3' });
    await shadow.findByRole('group', { name: '3 sur 14' });
    shadow.getByText('3 / 14');
    await user.click(shadow.getByRole('button', { name: 'Photo suivante' }));
    await shadow.findByText('4 / 14');
  });

  it('follows its attributes as they change', async () => {
    const { element, shadow } = await addGallery({ src: '/events/nato-bucharest-2022-en.json', lang: 'en' });
    await shadow.findByRole('button', { name: 'Next photo' });
    shadow.getByText('1 / 14');

    set(element, 'photo', '5');
    await shadow.findByText('5 / 14');
    set(element, 'lang', 'fr');
    await shadow.findByRole('button', { name: 'Photo suivante' });
    expect(shadow.queryByRole('button', { name: 'Next photo' })).toBeNull();
    shadow.getByRole('heading', { level: 1 });
    set(element, 'article', 'none');
    await waitFor(() => expect(shadow.queryByRole('heading', { level: 1 })).toBeNull());
    set(element, 'src', '/events/otan-bucarest-2022.json');
    await shadow.findByRole('region', { name: `Photos : ${TITLE}` });
  });

  it('opens its lightbox inside its own shadow root', async () => {
    const { shadow, user } = await addGallery({ src: '/events/otan-bucarest-2022.json' });
    await user.click(await shadow.findByRole('button', { name: 'Agrandir la photo 1' }));
    const dialog = await shadow.findByRole('dialog', { name: 'Visionneuse de photos' });
    await within(dialog).findByRole('group', { name: '1 sur 14' });
    expect(document.body.querySelector('[role="dialog"]')).toBeNull();
  });

  describe("its lightbox's share button, on a gallery embedded from another site", () => {
    const SRC = 'https://gallery.example/galleries/events/otan-bucarest-2022.json';
    const PHOTO_PAGE = 'https://gallery.example/galleries/events/otan-bucarest-2022/photos/3';

    async function openOnPhoto3() {
      fakeServer({ base: 'https://gallery.example/galleries/' });
      const gallery = await addGallery({ src: SRC, photo: '3' });
      await gallery.user.click(await gallery.shadow.findByRole('button', { name: 'Agrandir la photo 3' }));
      const dialog = await gallery.shadow.findByRole('dialog', { name: 'Visionneuse de photos' });
      await within(dialog).findByRole('group', { name: '3 sur 14' });
      return { ...gallery, dialog };
    }

    it("opens a phone's share sheet with the photo's page on the gallery's site", async () => {
      // A phone's browser has the Web Share API; jsdom has none, so the test gives it one.
      const share = vi.fn(async (_data: ShareData) => {});
      vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { share }));
      const { dialog, user } = await openOnPhoto3();
      await user.click(within(dialog).getByRole('button', { name: 'Partager' }));
      expect(share).toHaveBeenCalledTimes(1);
      expect(share.mock.calls[0]?.[0]).toEqual({ url: PHOTO_PAGE, text: expect.stringContaining('Jens Stoltenberg') });
    });

    it("copies the photo's page on the gallery's site where there is no share sheet, and says so", async () => {
      // userEvent gives the page a clipboard that works as a desktop browser's does.
      const { dialog, user } = await openOnPhoto3();
      expect('share' in navigator).toBe(false);
      await user.click(within(dialog).getByRole('button', { name: 'Partager' }));
      await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Adresse de la photo copiée'));
      expect(await navigator.clipboard.readText()).toBe(PHOTO_PAGE);
    });
  });

  it('empties its shadow root when removed, and shows the gallery again when put back', async () => {
    const { element, shadow, shadowRoot } = await addGallery({ src: '/events/otan-bucarest-2022.json' });
    await shadow.findByText('1 / 14');

    act(() => element.remove());
    expect(shadowRoot.textContent).toBe('');
    expect(shadow.queryAllByRole('button')).toEqual([]);

    act(() => document.body.append(element));
    await shadow.findByText('1 / 14');
  });
});
