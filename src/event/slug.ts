import slugify from '@sindresorhus/slugify';

/** `N.N.`, `n. n.`: a person the caption could not name, who gets no page of their own. */
const UNKNOWN = /^n\.\s*n\.?$/i;

export function isUnknownPerson(name: string): boolean {
  return UNKNOWN.test(name.trim());
}

/**
 * A person's page address, stable ASCII from the name, the person's key: `Þórdís Kolbrún R.
 * Gylfadóttir` → `thordis-kolbrun-r-gylfadottir`. Letter case is not a word boundary: a name
 * written in capitals (`Jean ASSELBORN`) is the same person. Undefined for an unknown person, or a
 * name with nothing to transliterate.
 */
export function personSlug(name: string): string | undefined {
  if (isUnknownPerson(name)) return undefined;
  return slugify(name, { decamelize: false }) || undefined;
}
