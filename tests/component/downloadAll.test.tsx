import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eventText } from '../support/fakeServer';
import { renderApp } from '../support/renderApp';

interface Source {
  width: number;
  type?: string;
  bytes?: number;
}

/** The demo event with each file's weight, as `npm run images` records it: 2 MB originals (or none), 300 kB web JPEGs. */
function weighed(id: string, weighOriginals = true) {
  const event = JSON.parse(eventText(id)) as { photos: { bytes?: number; srcSet?: Source[] }[] };
  for (const photo of event.photos) {
    if (weighOriginals) photo.bytes = 2_000_000;
    else delete photo.bytes;
    for (const source of photo.srcSet ?? []) if (source.type === 'image/jpeg') source.bytes = 300_000;
  }
  return new Map([[`/events/${id}.json`, { status: 200, body: JSON.stringify(event) }]]);
}

async function openPanel(user: ReturnType<typeof renderApp>['user'], name: string) {
  await user.click(await screen.findByRole('button', { name, expanded: false }));
  expect(screen.getByRole('button', { name, expanded: true })).toBeTruthy();
}

describe('Download all', () => {
  it('offers both sizes with the count and total weight of each, web size first', async () => {
    const { user } = renderApp('/events/otan-bucarest-2022', { answers: weighed('otan-bucarest-2022') });
    await openPanel(user, 'Télécharger toutes les photos (zip)');
    const web = screen.getByRole('radio', { name: 'Format web (1600 px) · 14 photos, 4,2 Mo' });
    expect(web).toHaveProperty('checked', true);
    screen.getByRole('radio', { name: 'Originaux (haute résolution) · 14 photos, 28 Mo' });
    screen.getByRole('button', { name: 'Télécharger le zip' });
  });

  it('tells no weight for a size when one of its files has none, and speaks the page’s language', async () => {
    const { user } = renderApp('/events/nato-bukarest-2022-de', {
      answers: weighed('nato-bukarest-2022-de', false),
    });
    await openPanel(user, 'Alle Fotos herunterladen (ZIP)');
    screen.getByRole('radio', { name: /^Webformat \(1600 px\) · \d+ Fotos, [\d,]+ MB$/ });
    screen.getByRole('radio', { name: /^Originale \(hohe Auflösung\) · \d+ Fotos$/ });
    screen.getByRole('button', { name: 'ZIP herunterladen' });
  });
});
