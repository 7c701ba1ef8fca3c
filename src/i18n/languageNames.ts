/**
 * Languages by their own names, as a visitor looks for theirs in a language switch. Written
 * here rather than asked of Intl.DisplayNames: browsers lack some (Luxembourgish among them),
 * and the prerendered page must say what the browser says.
 */
const AUTONYMS: Readonly<Record<string, string>> = {
  fr: 'Français',
  de: 'Deutsch',
  en: 'English',
  lb: 'Lëtzebuergesch',
  nl: 'Nederlands',
  it: 'Italiano',
  es: 'Español',
  pt: 'Português',
};

/** `de-CH` → `Deutsch`; a language not in the table shows its tag. */
export function languageName(tag: string): string {
  const base = tag.toLowerCase().split('-')[0] ?? tag;
  return Object.hasOwn(AUTONYMS, base) ? (AUTONYMS[base] ?? tag) : tag;
}
