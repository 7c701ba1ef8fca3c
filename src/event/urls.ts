// A stand-in origin lets `URL` resolve paths that have none, as during prerendering at build time.
const NO_ORIGIN = 'https://no-origin.invalid';

// Every photo of an event resolves against the same file address, a dozen times each.
let lastBase: { fileUrl: string; url: URL } | null = null;

function baseFor(fileUrl: string): URL {
  if (lastBase?.fileUrl !== fileUrl) lastBase = { fileUrl, url: new URL(fileUrl, NO_ORIGIN) };
  return lastBase.url;
}

/**
 * Paths that `URL` would return unchanged: no scheme, query, fragment, escape or dot segment.
 * A large event resolves a dozen per photo; joining them by hand is ten times faster.
 */
const PLAIN_PATH = /^\/?[\w~-][\w~.-]*(?:\/[\w~-][\w~.-]*)*$/;

/** Resolves a photo's `src` against the event file's address, keeping same-origin results as paths. */
export function resolveUrl(src: string, fileUrl: string): string {
  const base = baseFor(fileUrl);
  if (PLAIN_PATH.test(src) && (base.protocol === 'https:' || base.protocol === 'http:')) {
    const path = src.startsWith('/') ? src : base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1) + src;
    return base.origin === NO_ORIGIN ? path : base.origin + path;
  }
  const resolved = new URL(src, base);
  return resolved.origin === NO_ORIGIN ? resolved.pathname + resolved.search : resolved.href;
}

/** Where the app finds an event's file: `events/<id>.json` under the base it was built for. */
export function eventFileUrl(base: string, id: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}events/${id}.json`;
}
