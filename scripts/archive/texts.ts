import type { Person } from '../../src/event/schema.ts';
import { between, pick, type Random } from './random.ts';
import type { ArchiveLanguage, Texts } from './roles.ts';
import { OPENERS, QUOTES, TAILS, TOPICS, VERBS } from './sentences.ts';

/** What an event's texts are about, the same in each of its languages. */
export interface Story {
  host: string;
  kind: Texts;
  place: Texts;
  date: string;
  endDate?: string;
}

const formatters = new Map<ArchiveLanguage, Intl.DateTimeFormat>();
function longDate(date: string, lang: ArchiveLanguage): string {
  let format = formatters.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(lang, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

function when({ date, endDate }: Story, lang: ArchiveLanguage): string {
  const [start, end] = [date, endDate].map((day) => day && longDate(day, lang));
  const words = { fr: ['le', 'du', 'au'], de: ['am', 'vom', 'bis'], en: ['on', 'from', 'to'] }[lang];
  return end ? `${words[1]} ${start} ${words[2]} ${end}` : `${words[0]} ${start}`;
}

export function title(story: Story, lang: ArchiveLanguage): string {
  return `${story.host} ${story.kind[lang]} ${lang === 'fr' ? 'à' : 'in'} ${story.place[lang]}`;
}

export function lead(story: Story, hostRole: string | undefined, lang: ArchiveLanguage): string {
  const host = hostRole ? `${story.host}, ${hostRole},` : story.host;
  const at = `${story.kind[lang]} ${lang === 'fr' ? 'à' : 'in'} ${story.place[lang]}`;
  const verb = { fr: 'était', de: 'war', en: 'was' }[lang];
  return `${host} ${verb} ${at}${lang === 'de' ? ',' : ''} ${when(story, lang)}.`;
}

function statement(random: Random, lang: ArchiveLanguage): string {
  const [opener, verb, topic, tail] = [OPENERS, VERBS, TOPICS, TAILS].map((list) => pick(random, list)[lang]);
  if (lang === 'de') return `${opener} ${verb} der Minister ${topic}${tail}.`;
  return `${opener}, ${lang === 'fr' ? 'le ministre' : 'the Minister'} ${verb} ${topic}${tail}.`;
}

function meeting(random: Random, person: Person, lang: ArchiveLanguage): string {
  const opener = pick(random, OPENERS)[lang];
  const who = person.role ? `${person.name}, ${person.role}` : person.name;
  if (lang === 'de') return `${opener} traf der Minister ${who}.`;
  return `${opener}, ${lang === 'fr' ? 'le ministre s’est entretenu avec' : 'the Minister met'} ${who}.`;
}

function quote(random: Random, lang: ArchiveLanguage): string {
  const words = pick(random, QUOTES)[lang];
  if (lang === 'fr') return `« ${words} », a déclaré le ministre.`;
  if (lang === 'de') return `„${words}“, erklärte der Minister.`;
  return `“${words}”, the Minister said.`;
}

/** `à` before a French topic, contracted with its article as French wants it: `au soutien`. */
function toTopic(topic: string): string {
  if (topic.startsWith('le ')) return `au ${topic.slice(3)}`;
  if (topic.startsWith('les ')) return `aux ${topic.slice(4)}`;
  return `à ${topic}`;
}

/** The sentence that holds the event file's own word, which no other file has. */
function coined(random: Random, word: string, lang: ArchiveLanguage): string {
  const topic = pick(random, TOPICS)[lang];
  if (lang === 'fr') return `Le ministre a également présenté le programme ${word}, consacré ${toTopic(topic)}.`;
  if (lang === 'de') return `Der Minister stellte zudem das Programm ${word} vor, das ${topic} stärken soll.`;
  return `The Minister also presented the ${word} programme on ${topic}.`;
}

/** Four to eight paragraphs; one names the file's own word, some the people of its photos. */
export function body(random: Random, word: string, guests: readonly Person[], lang: ArchiveLanguage): string[] {
  const count = between(random, 4, 8);
  const wordAt = between(random, 0, count - 1);
  return Array.from({ length: count }, (_, index) => {
    const sentences = Array.from({ length: between(random, 2, 4) }, () =>
      random() < 0.2 ? quote(random, lang) : statement(random, lang),
    );
    const guest = guests[index];
    if (guest) sentences.splice(between(random, 0, sentences.length), 0, meeting(random, guest, lang));
    if (index === wordAt) sentences.push(coined(random, word, lang));
    return sentences.join(' ');
  });
}
