// Both functions run inside the page (Playwright serialises them): they may use nothing from
// this module's scope.

/** One request as the page saw it, times from navigation start. */
export interface RequestRecord {
  path: string;
  initiator: string;
  startMs: number;
  endMs: number;
  bytes: number;
}

export interface PageFacts {
  lcpMs: number;
  /** What the last LCP entry painted, to check it is the photo and not a heading. */
  lcpUrl: string;
  lcpElement: string;
  fcpMs: number;
  /** responseEnd of the first photo's request. */
  photoMs: number;
  photoUrl: string;
  /** The photo element's box in CSS pixels, which the baseline page copies. */
  photoBox: { width: number; height: number };
  cls: number;
  /** Navigation plus every resource finished by the time the photo was. */
  bytesBeforePhoto: number;
  /** Image requests started before the photo finished, the photo included. */
  imagesBeforePhoto: number;
  domElements: number;
  imgElements: number;
  /**
   * Bytes on the wire of every script fetched before the page settled (network idle), with no
   * tap: what starts the page, a module imported after load included; a lightbox's code loaded
   * on first open is not.
   */
  startupJsBytes: number;
  /** Requests started before LCP, the page's own included. */
  requestsBeforeLcp: number;
  requests: RequestRecord[];
}

interface Watched {
  lcp: { time: number; url: string; element: string } | null;
  cls: number;
}

/** Init script: starts watching before any page script can shift or paint anything. */
export function watchPaints(): void {
  // 2,000-photo pages exceed the default 250-entry buffer, losing late requests.
  performance.setResourceTimingBufferSize(10_000);
  const watched: Watched = { lcp: null, cls: 0 };
  (window as unknown as { __bench: Watched }).__bench = watched;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LargestContentfulPaint[]) {
      const element = entry.element;
      watched.lcp = {
        time: entry.startTime,
        url: entry.url,
        element: element ? `${element.tagName.toLowerCase()}.${element.className}` : '',
      };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) watched.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Reads every metric once the page has settled. `photoSelector` names the first photo on a page
 * that marks it otherwise than ours (a peer's carousel renders its neighbours' images first).
 */
export async function readPage(photoSelector: string | null): Promise<PageFacts> {
  const watched = (window as unknown as { __bench: Watched }).__bench;
  // At CPU 4× a client-rendered page's paint entries can reach the observer after network idle
  // and the settling pause: wait for them a while rather than report no LCP at all.
  const painted = () => watched.lcp !== null && performance.getEntriesByName('first-contentful-paint').length > 0;
  for (let waited = 0; !painted() && waited < 5_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const img =
    (photoSelector && document.querySelector<HTMLImageElement>(photoSelector)) ||
    document.querySelector<HTMLImageElement>('img[fetchpriority="high"]') ||
    document.querySelector('img');
  const photoUrl = img?.currentSrc || img?.src || watched.lcp?.url || '';
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const photo = resources.find((entry) => entry.name === photoUrl);
  const photoEnd = photo ? photo.responseEnd : Number.NaN;
  const bytes = (entry: PerformanceResourceTiming) => entry.transferSize || entry.encodedBodySize;
  const isImage = (entry: PerformanceResourceTiming) =>
    entry.initiatorType === 'img' || /\.(jpe?g|png|webp|avif|gif|svg)(\?|$)/i.test(entry.name);
  const finished = resources.filter((entry) => entry.responseEnd <= photoEnd);
  const box = img?.getBoundingClientRect();
  const lcpTime = watched.lcp?.time ?? Number.NaN;
  const isScript = (entry: PerformanceResourceTiming) => /\.m?js$/i.test(new URL(entry.name).pathname);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    lcpMs: watched.lcp ? round(watched.lcp.time) : Number.NaN,
    lcpUrl: watched.lcp?.url ?? '',
    lcpElement: watched.lcp?.element ?? '',
    fcpMs: round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN),
    photoMs: round(photoEnd),
    photoUrl,
    photoBox: { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) },
    cls: Math.round(watched.cls * 10_000) / 10_000,
    bytesBeforePhoto: (navigation ? bytes(navigation) : 0) + finished.reduce((sum, entry) => sum + bytes(entry), 0),
    imagesBeforePhoto: resources.filter((entry) => isImage(entry) && entry.startTime < photoEnd).length,
    domElements: document.getElementsByTagName('*').length,
    imgElements: document.getElementsByTagName('img').length,
    startupJsBytes: resources.filter(isScript).reduce((sum, entry) => sum + bytes(entry), 0),
    requestsBeforeLcp: 1 + resources.filter((entry) => entry.startTime < lcpTime).length,
    requests: [navigation, ...resources].flatMap((entry) =>
      entry
        ? [
            {
              path: new URL(entry.name).pathname,
              initiator: entry.initiatorType,
              startMs: round(entry.startTime),
              endMs: round(entry.responseEnd),
              bytes: bytes(entry),
            },
          ]
        : [],
    ),
  };
}
