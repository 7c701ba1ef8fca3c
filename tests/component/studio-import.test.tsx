import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Draft, type DraftPhoto, emptyDraft } from '../../src/studio/draft';
import { memoryDraftStore } from '../../src/studio/draftStore';
import { Studio } from '../../src/studio/Studio';
import { draftPhoto } from '../support/studioDraft';

const RELEASE = readFileSync('tests/fixtures/releases/otan-bucarest-2022.txt', 'utf8');
const EVENT = 'public/events/otan-bucarest-2022.json';

const photo = (fileName: string, change: Partial<DraftPhoto> = {}) => draftPhoto(fileName, { ...change });

async function renderStudio(draft: Draft = emptyDraft('fr')) {
  const user = userEvent.setup();
  render(<Studio store={memoryDraftStore(draft)} lang="fr" onLanguage={() => {}} eventLanguage="fr" />);
  await screen.findByRole('heading', { level: 1, name: 'Studio' });
  return user;
}

const file = (path: string, type: string, name = path.slice(path.lastIndexOf('/') + 1)) =>
  new File([readFileSync(path)], name, { type });
const photoRegion = (n: number) => screen.getByRole('region', { name: `Photo ${n}` });
const title = () => screen.getByRole('textbox', { name: 'Titre' });
const names = (n: number) =>
  within(photoRegion(n))
    .getAllByRole('textbox', { name: 'Nom' })
    .map((input) => (input as HTMLInputElement).value);

beforeEach(() => {
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:photo', revokeObjectURL: () => {} }));
});

describe('"Coller le texte du communiqué"', () => {
  it('fills the event and, by number, the photos there are, whose pixels stay and whose texts the text replaces', async () => {
    const people = [{ name: 'Quelqu’un', role: '' }];
    const user = await renderStudio({
      ...emptyDraft('fr'),
      photos: [photo('a.jpg', { credit: 'X', people }), photo('b.jpg')],
    });
    await user.click(screen.getByRole('textbox', { name: 'Coller le texte du communiqué' }));
    await user.paste(RELEASE);
    await user.click(screen.getByRole('button', { name: 'Remplir à partir du texte' }));
    expect(title()).toHaveProperty(
      'value',
      "Jean Asselborn à la réunion des ministres des Affaires étrangères de l'OTAN à Bucarest",
    );
    expect(screen.getByRole('textbox', { name: 'Lieu' })).toHaveProperty('value', 'Bucarest');
    expect(screen.getByLabelText('Date')).toHaveProperty('value', '2022-11-29');
    expect(screen.getByLabelText('Date de fin')).toHaveProperty('value', '2022-11-30');
    expect(within(photoRegion(1)).getByRole('textbox', { name: 'Crédit' })).toHaveProperty('value', 'MAEE');
    expect(names(1)).toEqual(['Jean Asselborn', 'Hadja Lahbib']);
    expect(names(2)).toEqual(['Klaus Iohannis', 'Bogdan Aurescu', 'Jean Asselborn', 'Mevlüt Çavuşoğlu']);
    expect(photoRegion(1).textContent).toContain('1200 × 800 pixels');
    expect(screen.getByText('L’événement a été rempli à partir du texte.').closest('[role="status"]')).toBeTruthy();
    expect(screen.getByText(/^Photos du texte sans fichier : 3, 4, 5/)).toBeTruthy();
  });

  it('refuses a text the importer cannot read, saying why, and leaves the draft as it was', async () => {
    const user = await renderStudio({
      ...emptyDraft('fr'),
      fields: { ...emptyDraft('fr').fields, title: 'Mon titre' },
    });
    await user.type(screen.getByRole('textbox', { name: 'Coller le texte du communiqué' }), 'Un titre seul');
    await user.click(screen.getByRole('button', { name: 'Remplir à partir du texte' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Le texte n’a pas pu être lu ; rien n’a changé :');
    expect(alert.textContent).toContain('found no numbered photos ("1. ©credit")');
    expect(title()).toHaveProperty('value', 'Mon titre');
  });
});

describe('"Ouvrir un événement"', () => {
  it('loads an event file with some of its photos, matched by name, and names those not given', async () => {
    const user = await renderStudio();
    const photos = ['02.jpg', '01.jpg'].map((name) => file(`public/events/otan-bucarest-2022/${name}`, 'image/jpeg'));
    await user.upload(screen.getByLabelText('Ouvrir un événement'), [file(EVENT, 'application/json'), ...photos]);
    expect(await screen.findByText('otan-bucarest-2022.json est ouvert.')).toBeTruthy();
    expect(title()).toHaveProperty(
      'value',
      "Jean Asselborn à la réunion des ministres des Affaires étrangères de l'OTAN à Bucarest",
    );
    expect(photoRegion(1).textContent).toContain('01.jpg');
    expect(photoRegion(2).textContent).toContain('02.jpg');
    expect(names(1)).toEqual(['Jean Asselborn', 'Hadja Lahbib']);
    expect(screen.queryByRole('region', { name: 'Photo 3' })).toBeNull();
    expect(
      screen.getByText(/^Photos listées mais pas données, laissées de côté : otan-bucarest-2022\/03\.jpg, /),
    ).toBeTruthy();
  });

  it('shows the problems of a file that does not validate, path and message, and keeps the draft', async () => {
    const user = await renderStudio({
      ...emptyDraft('fr'),
      fields: { ...emptyDraft('fr').fields, title: 'Mon titre' },
    });
    const broken = file('tests/fixtures/hostile/missing-title-and-photo-invalid.json', 'application/json');
    await user.upload(screen.getByLabelText('Ouvrir un événement'), [broken]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'missing-title-and-photo-invalid.json n’est pas un événement valable ; le brouillon actuel est gardé :',
    );
    expect(alert.textContent).toContain('title: required, but missing');
    expect(title()).toHaveProperty('value', 'Mon titre');
  });
});
