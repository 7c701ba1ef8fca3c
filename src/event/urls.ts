// A stand-in origin lets `URL` resolve paths that have none, as during prerendering at build time.
const NO_ORIGIN = 'https://no-origin.invalid';

// Every photo of an event resolves against the same file address, a dozen times each.
let lastBase: { fileUrl: string; url: URL } | null = null;

function baseFor(fileUrl: string): URL {
  if (lastBase?.fileUrl !== fileUrl) lastBase = { fileUrl, url: new URL(fileUrl, NO_ORIGIN) };
  return lastBase.url;
}

/** Resolves a photo's `src` against the event file's address, keeping same-origin results as paths. */
export function resolveUrl(src: string, fileUrl: string): string {
  const resolved = new URL(src, baseFor(fileUrl));
  return resolved.origin === NO_ORIGIN ? resolved.pathname + resolved.search : resolved.href;
}

/** Where the app finds an event's file: `events/<id>.json` under the base it was built for. */
export function eventFileUrl(base: string, id: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}events/${id}.json`;
}
