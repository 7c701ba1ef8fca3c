// A stand-in origin lets `URL` resolve paths that have none, as during prerendering at build time.
const NO_ORIGIN = 'https://no-origin.invalid';

/** Resolves a photo's `src` against the event file's address, keeping same-origin results as paths. */
export function resolveUrl(src: string, fileUrl: string): string {
  const resolved = new URL(src, new URL(fileUrl, NO_ORIGIN));
  return resolved.origin === NO_ORIGIN ? resolved.pathname + resolved.search : resolved.href;
}

/** Where the app finds an event's file: `events/<id>.json` under the base it was built for. */
export function eventFileUrl(base: string, id: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}events/${id}.json`;
}
