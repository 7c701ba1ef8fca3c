import type { Person, Photo } from '../../src/event/schema.ts';
import { type ArchivePerson, roleAt } from './people.ts';
import { between, pick, pickSome, type Random } from './random.ts';
import type { ArchiveLanguage, Texts } from './roles.ts';
import { CREDITS, MOMENTS } from './vocabulary.ts';

/** A photo's image fields: the demo's files, so the archive adds no image of its own. */
export type Image = Pick<Photo, 'src' | 'width' | 'height' | 'srcSet' | 'thumbnail'>;

/** Who a photo shows, left to right: a person of the pool, an unknown one, or one seen only here. */
export type Subject = { person: ArchivePerson } | { unknown: true } | { once: string };

/** A photo before it is written in a language: its versions show the same people, in their own words. */
export interface PhotoPlan {
  image: Image;
  credit: string;
  subjects: Subject[];
  moment?: Texts;
}

/**
 * The demo's photos in turn; past the last, each again under one of its encoded JPEG files (the
 * largest first), since one event may not show one file twice.
 */
export function imageFor(demo: readonly Photo[], index: number): Image {
  const source = demo[index % demo.length];
  if (!source) throw new Error('the demo event has no photos');
  const { src, width, height, srcSet, thumbnail } = source;
  const round = Math.floor(index / demo.length);
  if (round === 0) return { src, width, height, srcSet, thumbnail };
  const jpegs = (srcSet ?? []).filter((file) => file.type === 'image/jpeg').sort((a, b) => b.width - a.width);
  const file = jpegs[round - 1];
  if (!file) throw new Error(`the demo's photo ${src} has too few JPEG sizes for photo ${index + 1}`);
  return { src: file.src, width: file.width, height: file.height, srcSet, thumbnail };
}

/** The people of one photo: mostly the host and one to three of the event's guests. */
function subjects(random: Random, host: ArchivePerson, guests: readonly ArchivePerson[]): Subject[] {
  const people: Subject[] = pickSome(random, guests, between(random, 1, 3)).map((person) => ({ person }));
  if (random() < 0.6) people.splice(between(random, 0, people.length), 0, { person: host });
  if (random() < 0.06) people.splice(between(random, 0, people.length), 0, { unknown: true });
  return people;
}

export function planPhotos(
  random: Random,
  images: readonly Image[],
  host: ArchivePerson,
  guests: readonly ArchivePerson[],
): PhotoPlan[] {
  const credit = pick(random, CREDITS);
  return images.map((image) => {
    // One photo in seven is a room or a crowd, with a free caption and nobody named.
    const plain = random() < 0.14;
    return {
      image,
      credit: random() < 0.85 ? credit : pick(random, CREDITS),
      subjects: plain ? [] : subjects(random, host, guests),
      moment: plain || random() < 0.1 ? pick(random, MOMENTS) : undefined,
    };
  });
}

function person(subject: Subject, date: string, lang: ArchiveLanguage): Person {
  if ('unknown' in subject) return { name: 'n.n.' };
  if ('once' in subject) return { name: subject.once };
  const role = roleAt(subject.person, date, lang);
  return role ? { name: subject.person.name, role } : { name: subject.person.name };
}

export function writePhoto(plan: PhotoPlan, date: string, place: Texts, lang: ArchiveLanguage): Photo {
  const photo: Photo = { ...plan.image, credit: plan.credit };
  if (plan.subjects.length > 0) photo.people = plan.subjects.map((subject) => person(subject, date, lang));
  if (plan.moment) photo.caption = `${plan.moment[lang]}, ${place[lang]}`;
  return photo;
}
