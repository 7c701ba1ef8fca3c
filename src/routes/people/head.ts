import type { ArchiveMessages } from '../../i18n/archive.ts';
import type { Head } from '../head.ts';

/** What a people page's head takes besides its text, as the prerenderer and the app know it. */
export type PeopleHeadFrame = Pick<Head, 'siteName' | 'alternates' | 'canonical' | 'image'>;

export function peopleHead(messages: ArchiveMessages, lang: string, frame: PeopleHeadFrame = {}): Head {
  return { title: messages.people, description: messages.peopleDescription, lang, ...frame };
}

/** A person's page: titled with their name, once it is known. */
export function personHead(messages: ArchiveMessages, lang: string, name?: string, frame: PeopleHeadFrame = {}): Head {
  return name === undefined
    ? peopleHead(messages, lang, frame)
    : { title: name, description: messages.personDescription(name), lang, ...frame };
}
