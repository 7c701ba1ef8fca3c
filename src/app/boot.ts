import '../styles/index.css';
import '../styles/site.css';
import { loadMessages } from '../i18n/messages.ts';
import { APP_PRELOAD_ID } from './pageData.ts';

/** Past this, the app starts even if the first photo is still arriving. */
const PHOTO_WAIT_MS = 2500;

/**
 * A prerendered page already shows its first photo; starting the app (downloading, running and
 * hydrating it) at the same time would take bandwidth and the main thread from that photo. So
 * the app waits until the photo has loaded and had a frame to paint, then loads. Pages with no
 * such photo start at once. The stylesheet is imported here so it stays a <link> in the HTML.
 * Once the photo has arrived the network is free: the app is fetched and compiled, not yet run,
 * while the photo is decoded and painted.
 */
function firstPhotoShown(): Promise<void> {
  const photo = document.querySelector<HTMLImageElement>('#root img[fetchpriority="high"]');
  const loaded =
    !photo || photo.complete
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          photo.addEventListener('load', () => resolve(), { once: true });
          photo.addEventListener('error', () => resolve(), { once: true });
          setTimeout(resolve, PHOTO_WAIT_MS);
        });
  // Loaded is not yet painted: decoding comes first, then a frame must show it.
  const decoded = loaded.then(() => {
    fetchApp();
    return photo?.decode().catch(() => {});
  });
  const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return decoded.then(painted);
}

function fetchApp(): void {
  const links = document.getElementById(APP_PRELOAD_ID);
  if (links instanceof HTMLTemplateElement) document.head.append(links.content);
}

// The page's messages are small and the app cannot start without them: they come at once.
loadMessages(document.documentElement.lang);
firstPhotoShown().then(() => import('./main.tsx'));
