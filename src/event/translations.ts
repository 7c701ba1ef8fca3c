// Checks across event files that only a set of files can fail: the versions of one event in
// several languages. Pure, so that the validator and the build tell editors the same thing.

/** One event file, as far as the checks across versions need it. */
export interface TranslationFile {
  /** The file's name as the editor gave it, for messages. */
  file: string;
  /** The event's id. */
  id: string;
  /** The event's language tag, `fr`, `fr-LU`… */
  lang: string;
  /** The key its versions share, when it has any. */
  translationKey?: string;
  /** How many photos the file lists. */
  photoCount: number;
}

/** A problem with a file's place among the versions of its event. */
export interface TranslationProblem {
  file: string;
  path: 'translationKey';
  /** Two versions in one language is an error; versions that show different photos only a warning. */
  level: 'error' | 'warning';
  message: string;
}

/** The language a visitor chooses: `fr` and `fr-LU` are one entry in a language switch. */
const languageOf = (lang: string) => (lang.split('-')[0] ?? lang).toLowerCase();
const photos = (n: number) => `${n} photo${n === 1 ? '' : 's'}`;

function versionsByKey(files: readonly TranslationFile[]): TranslationFile[][] {
  const groups = new Map<string, TranslationFile[]>();
  for (const file of files) {
    if (file.translationKey === undefined) continue;
    groups.set(file.translationKey, [...(groups.get(file.translationKey) ?? []), file]);
  }
  return [...groups.values()];
}

function sameLanguage(versions: readonly TranslationFile[]): TranslationProblem[] {
  const first = new Map<string, TranslationFile>();
  const problems: TranslationProblem[] = [];
  for (const version of versions) {
    const language = languageOf(version.lang);
    const earlier = first.get(language);
    if (!earlier) {
      first.set(language, version);
      continue;
    }
    const tags = earlier.lang === version.lang ? '' : ` (${earlier.lang} and ${version.lang} are one language)`;
    const message = `"${version.translationKey}" already has a version in ${language}: ${earlier.file}${tags}; expected one version per language`;
    problems.push({ file: version.file, path: 'translationKey', level: 'error', message });
  }
  return problems;
}

/**
 * The language switch keeps the photo's number, so versions should show the same photos. The
 * count most versions share (the earliest one on a tie) stands as right; the others are named.
 */
function photoCounts(versions: readonly TranslationFile[]): TranslationProblem[] {
  const tally = new Map<number, number>();
  for (const { photoCount } of versions) tally.set(photoCount, (tally.get(photoCount) ?? 0) + 1);
  if (tally.size < 2) return [];
  const [usual] = [...tally].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  return versions
    .filter((version) => version.photoCount !== usual)
    .map((version) => {
      const byCount = new Map<number, string[]>();
      for (const other of versions)
        if (other.photoCount !== version.photoCount)
          byCount.set(other.photoCount, [...(byCount.get(other.photoCount) ?? []), other.file]);
      const others = [...byCount].map(([count, names]) => `${count} in ${names.join(' and ')}`).join(', ');
      const message = `"${version.translationKey}" has ${photos(version.photoCount)} here but ${others}; expected the same photos in every version, as the language switch keeps the photo's number`;
      return { file: version.file, path: 'translationKey', level: 'warning', message };
    });
}

/**
 * What is wrong between the versions of each event among `files`: a second version in a
 * language that already has one (an error on each later file), and versions that disagree on
 * the number of photos (a warning). Problems come in the order of the files; a file given
 * twice is one version.
 */
export function translationProblems(files: readonly TranslationFile[]): TranslationProblem[] {
  const position = new Map<string, number>();
  for (const [i, { file }] of files.entries()) if (!position.has(file)) position.set(file, i);
  const distinct = files.filter((file, i) => position.get(file.file) === i);
  const found = versionsByKey(distinct).flatMap((versions) => [...sameLanguage(versions), ...photoCounts(versions)]);
  return found.sort((a, b) => (position.get(a.file) ?? 0) - (position.get(b.file) ?? 0));
}
