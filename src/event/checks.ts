// The checks behind the event schema that a regular expression alone gets wrong.

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date: the regex alone would accept 2022-02-31. */
export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * Image addresses may only be `https:` or relative to the event file. Anything with a scheme,
 * a protocol-relative `//host`, a backslash (browsers read `\` as `/`) or a control or
 * space character (which browsers strip, turning `java\tscript:` into `javascript:`) is refused.
 */
export function isSafeUrl(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  if (text === '' || /[\u0000-\u0020\u007f-\u009f\\]/u.test(text)) return false;
  if (text.startsWith('//')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text);
  // What the browser cannot parse (`https://`, `https://[x`) would break the page that resolves it.
  if (!scheme) return URL.canParse(text, 'https://site.invalid/events/x.json');
  return scheme[1]?.toLowerCase() === 'https' && text.slice(6, 8) === '//' && URL.canParse(text);
}

// A `..` segment, written plainly or percent-encoded (URL parsers decode `%2e` in dot segments).
const CLIMB = /\/(?:\.|%2e){2}(?:[/?#]|$)/i;

/**
 * A relative path may climb one folder, from `events/` to the site's folder beside it, and no
 * further: `../../../etc/passwd` would read outside the site in the tools that follow paths on
 * disk (`npm run images`, the validator). So: at most one leading `../`, no other `..` segment,
 * no leading `/` (outside the site when it lives under a base path). Unsafe texts pass here:
 * isSafeUrl reports them.
 */
export function staysInSite(text: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return true;
  return !text.startsWith('/') && !CLIMB.test(text);
}

/** Text a reader can see: zero-width and other format characters alone do not count. */
export function isVisible(text: string): boolean {
  return text.replace(/[\s\p{Cf}]/gu, '') !== '';
}

/** A language tag Intl accepts: the regex alone would let `fr-12` through, which Intl refuses. */
export function isLocale(tag: string): boolean {
  if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
