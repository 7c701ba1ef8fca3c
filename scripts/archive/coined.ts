// Words made for one event or one photo alone, so that a search for one of them has exactly one
// right answer. Each number gets its own syllables (base 16, fixed length): two numbers never
// share a word, and no word is a prefix of another, whatever a stemmer cuts off the end.
const WORD_SYLLABLES = ['ka', 'lo', 'mi', 'ru', 've', 'sa', 'ti', 'no', 'be', 'du', 'gu', 'fe', 'zo', 'pi', 'ha', 'xy'];
// With diacritics, and still distinct once they are taken off: `Cavusoglu` must find one person.
const NAME_SYLLABLES = ['Şe', 'vă', 'kö', 'lí', 'dø', 'rá', 'mé', 'tú', 'gę', 'žo', 'ný', 'þa', 'ći', 'bå', 'hô', 'pï'];

function syllables(number: number, list: readonly string[], count: number): string {
  let word = '';
  let rest = number;
  for (let i = 0; i < count; i += 1) {
    word += list[rest % list.length];
    rest = Math.floor(rest / list.length);
  }
  if (rest > 0) throw new Error(`cannot coin a word for ${number}: at most ${list.length ** count} words`);
  return word;
}

/** A made-up name of a programme or a place for one event file, `Kalomiran`: 4,096 of them. */
export function coinedWord(number: number): string {
  const word = `${syllables(number, WORD_SYLLABLES, 3)}ran`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A made-up surname for a person in one photo only, `Şevăkövić`: 4,096 of them. */
export function coinedSurname(number: number): string {
  const word = `${syllables(number, NAME_SYLLABLES, 3)}vić`.toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}
