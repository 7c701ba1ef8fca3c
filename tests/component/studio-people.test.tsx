import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type DraftPerson, emptyDraft } from '../../src/studio/draft';
import { memoryDraftStore } from '../../src/studio/draftStore';
import { Studio } from '../../src/studio/Studio';

/** The studio in French over a kept draft of one photo with these people. */
async function renderStudio(people: DraftPerson[], caption = '') {
  const draft = emptyDraft('fr');
  const photo = {
    key: 'a',
    fileName: 'a.jpg',
    blob: new Blob(['not really a JPEG'], { type: 'image/jpeg' }),
    width: 1200,
    height: 800,
    credit: 'MAEE',
    people,
    caption,
    alt: '',
  };
  const store = memoryDraftStore({ photos: [photo], fields: { ...draft.fields, title: 'Visite', date: '2022-11-29' } });
  const user = userEvent.setup();
  render(<Studio store={store} lang="fr" onLanguage={() => {}} eventLanguage="fr" />);
  await screen.findByRole('heading', { level: 1, name: 'Studio' });
  return { user, photo: screen.getByRole('region', { name: 'Photo 1' }) };
}

const names = (photo: HTMLElement) =>
  within(photo)
    .queryAllByRole('textbox', { name: 'Nom' })
    .map((input) => (input as HTMLInputElement).value);
const roles = (photo: HTMLElement) =>
  within(photo)
    .queryAllByRole('textbox', { name: 'Fonction' })
    .map((input) => (input as HTMLInputElement).value);

beforeEach(() => {
  // jsdom has no object URLs; the photo's bytes do not matter here.
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:photo', revokeObjectURL: () => {} }));
});

describe('moving a person', () => {
  it('keeps the focus on the person moved, on the other button once the pressed one is disabled', async () => {
    const { user, photo } = await renderStudio([
      { name: 'Jens Stoltenberg', role: '' },
      { name: 'Jean Asselborn', role: 'ministre' },
      { name: 'Hadja Lahbib', role: '' },
    ]);
    await user.click(within(photo).getByRole('button', { name: 'Déplacer Hadja Lahbib vers la gauche' }));
    expect(names(photo)).toEqual(['Jens Stoltenberg', 'Hadja Lahbib', 'Jean Asselborn']);
    expect(document.activeElement).toBe(
      within(photo).getByRole('button', { name: 'Déplacer Hadja Lahbib vers la gauche' }),
    );
    await user.keyboard('{Enter}');
    expect(names(photo)[0]).toBe('Hadja Lahbib');
    expect(document.activeElement).toBe(
      within(photo).getByRole('button', { name: 'Déplacer Hadja Lahbib vers la droite' }),
    );
    await user.keyboard('{Enter}');
    expect(names(photo)).toEqual(['Jens Stoltenberg', 'Hadja Lahbib', 'Jean Asselborn']);
    expect(document.activeElement).toBe(
      within(photo).getByRole('button', { name: 'Déplacer Hadja Lahbib vers la droite' }),
    );
  });
});

describe('pasting a caption into a name', () => {
  it('splits a left-to-right list into the rows, in order, and puts its lead-in in the caption', async () => {
    const { user, photo } = await renderStudio([{ name: '', role: '' }]);
    await user.click(within(photo).getByRole('textbox', { name: 'Nom' }));
    await user.paste(
      "Entretien bilatéral (de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; Jens Stoltenberg, secrétaire général de l'OTAN",
    );
    expect(names(photo)).toEqual(['Jean Asselborn', 'Jens Stoltenberg']);
    expect(roles(photo)).toEqual(['ministre des Affaires étrangères et européennes', "secrétaire général de l'OTAN"]);
    expect(within(photo).getByRole('textbox', { name: 'Légende libre' })).toHaveProperty(
      'value',
      'Entretien bilatéral',
    );
  });

  it('keeps the caption typed when the list has no lead-in, and pastes a plain name as it is', async () => {
    const { user, photo } = await renderStudio([{ name: '', role: '' }], 'Arrivée des délégations');
    await user.click(within(photo).getByRole('textbox', { name: 'Nom' }));
    await user.paste('(de g. à dr.) Jean Asselborn, ministre ; Jens Stoltenberg');
    expect(names(photo)).toEqual(['Jean Asselborn', 'Jens Stoltenberg']);
    expect(roles(photo)).toEqual(['ministre', '']);
    expect(within(photo).getByRole('textbox', { name: 'Légende libre' })).toHaveProperty(
      'value',
      'Arrivée des délégations',
    );
    await user.click(within(photo).getAllByRole('textbox', { name: 'Nom' })[1] as HTMLElement);
    await user.paste(', OTAN');
    expect(names(photo)).toEqual(['Jean Asselborn', 'Jens Stoltenberg, OTAN']);
  });
});
