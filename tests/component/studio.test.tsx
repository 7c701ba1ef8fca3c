import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { type Draft, type DraftPhoto, emptyDraft } from '../../src/studio/draft';
import { memoryDraftStore } from '../../src/studio/draftStore';
import { Studio } from '../../src/studio/Studio';
import { toEventFile } from '../../src/studio/toEvent';
import { draftPhoto } from '../support/studioDraft';

const photo = (fileName: string, change: Partial<DraftPhoto> = {}) =>
  draftPhoto(fileName, { credit: 'MAEE', ...change });

function draftWith(photos: DraftPhoto[], fields: Partial<Draft['fields']> = {}): Draft {
  const draft = emptyDraft('fr');
  return { photos, fields: { ...draft.fields, title: 'Visite à Bucarest', date: '2022-11-29', ...fields } };
}

/** The studio in French over a draft already kept, as after a reload. */
async function renderStudio(draft: Draft) {
  const store = memoryDraftStore(draft);
  const user = userEvent.setup();
  render(<Studio store={store} lang="fr" onLanguage={() => {}} eventLanguage="fr" />);
  await screen.findByRole('heading', { level: 1, name: 'Studio' });
  return { user, store };
}

/** What a screen reader says after the field's name: the texts its aria-describedby points to. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

const photoRegion = (n: number) => screen.getByRole('region', { name: `Photo ${n}` });
const preview = () => screen.getByRole('region', { name: 'Aperçu' });

beforeEach(() => {
  // jsdom has no object URLs; the photos' bytes do not matter to these tests.
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:photo', revokeObjectURL: () => {} }));
});

describe('the draft as an event file', () => {
  it('keeps typed fields, splits paragraphs at blank lines, renames photos in order and leaves out empty fields', () => {
    const people = [
      { name: ' Jean Asselborn ', role: 'ministre' },
      { name: 'Jens Stoltenberg', role: ' ' },
    ];
    const draft = draftWith(
      [photo('b.jpg', { people }), photo('a.png', { blob: new Blob([], { type: 'image/png' }) })],
      {
        body: 'Premier paragraphe,\nsur deux lignes.\n  \nSecond.\n\n\n',
        lead: '   ',
      },
    );
    expect(toEventFile(draft)).toEqual({
      $schema: '../event.schema.json',
      id: 'visite-a-bucarest-2022',
      lang: 'fr',
      title: 'Visite à Bucarest',
      date: '2022-11-29',
      body: ['Premier paragraphe,\nsur deux lignes.', 'Second.'],
      photos: [
        {
          src: 'visite-a-bucarest-2022/01.jpg',
          width: 1200,
          height: 800,
          credit: 'MAEE',
          people: [{ name: 'Jean Asselborn', role: 'ministre' }, { name: 'Jens Stoltenberg' }],
        },
        { src: 'visite-a-bucarest-2022/02.png', width: 1200, height: 800, credit: 'MAEE' },
      ],
    });
  });

  it('takes the id typed over the one suggested, and shows the suggestion as the placeholder', async () => {
    expect(toEventFile(draftWith([], { id: 'mon-id' })).id).toBe('mon-id');
    await renderStudio(draftWith([photo('a.jpg')]));
    expect(screen.getByRole('textbox', { name: 'Identifiant (nom du fichier)' })).toHaveProperty(
      'placeholder',
      'visite-a-bucarest-2022',
    );
  });
});

describe('the studio form', () => {
  it('moves a person left and right, and the preview names them in the new order', async () => {
    const people = [
      { name: 'Jens Stoltenberg', role: '' },
      { name: 'Jean Asselborn', role: 'ministre' },
    ];
    const { user } = await renderStudio(draftWith([photo('a.jpg', { people })]));
    const first = photoRegion(1);
    await user.click(within(first).getByRole('button', { name: 'Déplacer Jean Asselborn vers la gauche' }));
    const person1 = within(first).getByRole('group', { name: 'Personne 1' });
    expect(within(person1).getByRole('textbox', { name: 'Nom' })).toHaveProperty('value', 'Jean Asselborn');
    expect(within(person1).getByRole('textbox', { name: 'Fonction' })).toHaveProperty('value', 'ministre');
    // jsdom does not name a figure by its caption, as browsers do.
    expect(preview().querySelector('figcaption')?.textContent).toBe(
      '1. (de g. à dr.) Jean Asselborn, ministre ; Jens Stoltenberg',
    );
    expect(within(first).getByRole('button', { name: 'Déplacer Jean Asselborn vers la gauche' })).toHaveProperty(
      'disabled',
      true,
    );
    await user.click(within(first).getByRole('button', { name: 'Retirer Jens Stoltenberg' }));
    expect(within(first).queryByRole('group', { name: 'Personne 2' })).toBeNull();
    await user.click(within(first).getByRole('button', { name: 'Ajouter une personne' }));
    expect(
      within(within(first).getByRole('group', { name: 'Personne 2' })).getByRole('textbox', { name: 'Nom' }),
    ).toHaveProperty('value', '');
  });

  it('moves a photo down and removes one, renumbering the rest', async () => {
    const { user } = await renderStudio(draftWith([photo('a.jpg'), photo('b.jpg'), photo('c.jpg')]));
    await user.click(screen.getByRole('button', { name: 'Descendre la photo 1' }));
    expect(photoRegion(1).textContent).toContain('b.jpg');
    expect(photoRegion(2).textContent).toContain('a.jpg');
    await user.click(screen.getByRole('button', { name: 'Retirer la photo 1' }));
    expect(photoRegion(1).textContent).toContain('a.jpg');
    expect(photoRegion(2).textContent).toContain('c.jpg');
    expect(screen.queryByRole('region', { name: 'Photo 3' })).toBeNull();
  });

  it('keeps the focus on the moved photo: on its other button once the one pressed is disabled', async () => {
    const { user } = await renderStudio(draftWith([photo('a.jpg'), photo('b.jpg')]));
    await user.click(screen.getByRole('button', { name: 'Descendre la photo 1' }));
    expect(photoRegion(2).textContent).toContain('a.jpg');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Monter la photo 2' }));
    await user.click(screen.getByRole('button', { name: 'Monter la photo 2' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Descendre la photo 1' }));
  });

  it('says the draft is saved only once an edit has been written, not on opening', async () => {
    const { user } = await renderStudio(draftWith([photo('a.jpg')]));
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    await user.type(screen.getByRole('textbox', { name: 'Titre' }), ' 2');
    expect(await screen.findByText('Brouillon enregistré dans ce navigateur')).toBe(status);
  });

  it('discards a draft typed a moment ago for good: the save waiting for its pause does not write it back', async () => {
    // jsdom has no modal dialogs; an open attribute is what this test needs of one.
    const dialog = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
    dialog.showModal = function (this: HTMLDialogElement) {
      this.open = true;
    };
    dialog.close = function (this: HTMLDialogElement) {
      this.open = false;
    };
    onTestFinished(() => {
      delete dialog.showModal;
      delete dialog.close;
    });
    const { user, store } = await renderStudio(draftWith([photo('a.jpg')]));
    await user.type(screen.getByRole('textbox', { name: 'Titre' }), ' 2');
    // At once, as a quick editor does, within the pause the save waits for.
    fireEvent.click(screen.getByRole('button', { name: 'Nouvel événement' }));
    fireEvent.click(screen.getByRole('button', { name: 'Abandonner le brouillon', hidden: true }));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await store.load()).toBeUndefined();
    expect(screen.getByRole('textbox', { name: 'Titre' })).toHaveProperty('value', '');
  });

  it('says each problem next to its field and in the summary, and clears it once typed', async () => {
    const { user } = await renderStudio(
      draftWith([photo('a.jpg', { credit: '', people: [{ name: '', role: '' }] })], { title: '' }),
    );
    const credit = within(photoRegion(1)).getByRole('textbox', { name: 'Crédit' });
    expect(credit.getAttribute('aria-invalid')).toBe('true');
    expect(description(credit)).toBe('expected a non-empty credit');
    const name = within(photoRegion(1)).getByRole('textbox', { name: 'Nom' });
    expect(description(name)).toBe('expected a non-empty name');
    const title = screen.getByRole('textbox', { name: 'Titre' });
    expect(description(title)).toBe('expected a non-empty title');

    const summary = screen.getByRole('region', { name: '3 problèmes' });
    const link = within(summary).getByRole('link', { name: 'photos[0].credit: expected a non-empty credit' });
    expect(link.getAttribute('href')).toBe(`#${credit.id}`);
    await user.click(link);
    expect(document.activeElement).toBe(credit);

    await user.type(credit, 'NATO');
    expect(credit.getAttribute('aria-invalid')).toBeNull();
    expect(description(credit)).toBe('');
    expect(screen.getByRole('region', { name: '2 problèmes' })).toBeTruthy();
  });

  it('refuses to export while there are problems, saying so', async () => {
    const { user } = await renderStudio(draftWith([], { title: '' }));
    await user.click(screen.getByRole('button', { name: 'Exporter' }));
    expect(screen.getByRole('alert').textContent).toBe('Export impossible tant que l’événement a des problèmes :');
    expect(
      within(screen.getByRole('region', { name: '2 problèmes' })).getByRole('link', {
        name: /^photos: expected at least one photo/,
      }),
    ).toBeTruthy();
  });
});
