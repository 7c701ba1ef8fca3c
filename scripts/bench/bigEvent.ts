import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GalleryEvent, Person, Photo } from '../../src/event/schema.ts';

export const BIG_EVENT_ID = 'bench-2000';
const PHOTO_COUNT = 2000;
const DEMO_ID = 'otan-bucarest-2022';

// Names, roles and captions are combined from parts: a file of 2,000 photos naming the same
// 20 people would compress forty-fold, far better than a real release, and hide its weight.
const FIRST_NAMES = list(`Jean, Marie, Luc, Sophie, Tomás, Ingrid, Dmytro, Aylin, Pekka, Hadja, Bogdan, Mélanie,
  Zbigniew, Annalena, Wopke, Catherine, Mircea, Josep, Nicolas, Yuriko, Kaja, Gabrielius, Edgars, Nikos, Simonetta,
  Xavier, Ivan, Dagmar, Olaf, Teodora`);
const LAST_NAMES = list(`Asselborn, Stoltenberg, Aurescu, Lahbib, Çavuşoğlu, Blinken, Baerbock, Colonna, Hoekstra,
  Haavisto, Billström, Kuleba, Joly, Rau, Geoană, Borrell, Mackel, Rinkēvičs, Landsbergis, Kallas, Dendias, Sommaruga,
  Bettel, Lipavský, Kamikawa, Tajani, Albares, Szijjártó, Grlić Radman, Fischer, Marinescu, Novák`);
const PORTFOLIOS = list(`ministre des Affaires étrangères, ministre de la Défense, ambassadeur, directeur politique,
  secrétaire d’État aux Affaires européennes, représentant permanent auprès de l’OTAN, conseiller diplomatique,
  chef de cabinet du ministre des Affaires étrangères`);
const COUNTRIES = list(`de la Roumanie, de la Belgique, de la Turquie, des États-Unis, de l’Allemagne, de la France,
  des Pays-Bas, de la Finlande, de la Suède, de l’Ukraine, du Canada, du Royaume-Uni, de la Pologne, de la Lettonie,
  de la Lituanie, de l’Estonie, de la Grèce, de l’Italie, de l’Espagne, de la Hongrie, de la Croatie, de la Tchéquie,
  du Japon, du Luxembourg`);
const MOMENTS = list(`Arrivée des délégations, Photo de famille, Entretien bilatéral, Échange en marge de la réunion,
  Conférence de presse, Dîner informel, Séance de travail, Signature d’une déclaration commune`);
const SUBJECTS = list(`le soutien à l’Ukraine, l’élargissement de l’Alliance, la sécurité énergétique, la Chine,
  la résilience des infrastructures, le concept stratégique, les Balkans occidentaux, la cybersécurité`);
const PLACES = list(`au Palais du Parlement, dans la salle plénière, au centre de presse, à l’ambassade du Luxembourg,
  devant le siège du gouvernement, à l’aéroport Henri-Coandă`);
const CREDITS = list(
  'MAEE, NATO, MAEE / Luc Deflorenne, SIP / Emmanuel Claude, Ministère roumain des Affaires étrangères',
);

function list(text: string): string[] {
  return text.split(',').map((item) => item.trim());
}

/** A fixed seed keeps the file identical from run to run, so runs compare. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(list: readonly T[], random: () => number): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function person(random: () => number): Person {
  const name = `${pick(FIRST_NAMES, random)} ${pick(LAST_NAMES, random)}`;
  return random() < 0.1 ? { name } : { name, role: `${pick(PORTFOLIOS, random)} ${pick(COUNTRIES, random)}` };
}

/**
 * The demo photo's image fields (file, size, and any encoded sizes or thumbnail the schema has)
 * with new texts: the big event then differs from the demo in photo count only, not in the
 * image files a visitor downloads.
 */
function bigPhoto(demo: Photo, random: () => number): Photo {
  const people = Array.from({ length: 1 + Math.floor(random() * 4) }, () => person(random));
  const caption =
    random() < 0.4
      ? `${pick(MOMENTS, random)} ${pick(PLACES, random)} : échanges sur ${pick(SUBJECTS, random)}`
      : undefined;
  // JSON.stringify leaves out the undefined fields: the demo's own caption and alt go.
  return { ...demo, credit: pick(CREDITS, random), people, caption, alt: undefined };
}

/** The demo event's texts with 2,000 photos: a large release is where a gallery's costs show. */
export function bigEvent(demo: GalleryEvent): GalleryEvent {
  const random = seededRandom(2000);
  const photos = Array.from({ length: PHOTO_COUNT }, (_, index) => {
    const source = demo.photos[index % demo.photos.length];
    if (!source) throw new Error('the demo event has no photos');
    return bigPhoto(source, random);
  });
  // An event of its own: with the demo's translationKey it would be a second French version of it.
  const { translationKey: _, ...texts } = demo;
  return { ...texts, id: BIG_EVENT_ID, lang: 'fr', title: `${demo.title} (2 000 photos)`, photos };
}

/**
 * Copies public/ afresh into `target` and adds the big event; the photos stay the demo's files,
 * referenced as `otan-bucarest-2022/NN.jpg` (and its encoded sizes) from the events folder.
 */
export function preparePublicDir(source: string, target: string): { file: string; bytes: number } {
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
  const demo = JSON.parse(readFileSync(join(source, 'events', `${DEMO_ID}.json`), 'utf8')) as GalleryEvent;
  const text = `${JSON.stringify(bigEvent(demo), null, 2)}\n`;
  const file = join(target, 'events', `${BIG_EVENT_ID}.json`);
  writeFileSync(file, text);
  return { file, bytes: Buffer.byteLength(text) };
}
