import { site } from 'virtual:site-config';
import { press } from 'virtual:site-config/press';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { downloadAllMessages } from '../i18n/downloadAll.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { termsOf } from './downloads.ts';
import type { PhotoView } from './photos.ts';
import { saveZip } from './saveZip.ts';
import { useThrottled } from './useThrottled.ts';
import {
  creditsText,
  hasWebSize,
  PhotoFetchError,
  totalBytes,
  type ZipSize,
  zipFiles,
  zipName,
  zipStream,
} from './zip.ts';

/** A screen reader hears the count every few seconds, not at every photo of a 2,000-photo zip. */
const ANNOUNCE_EVERY_MS = 4000;

export interface DownloadAllProps {
  eventId: string;
  title: string;
  photos: readonly PhotoView[];
}

type Run =
  | { state: 'idle' }
  | { state: 'running'; done: number; stop: AbortController }
  | { state: 'ended'; message: string };

/** The event's photos as one zip, with a credits.txt, made in the browser: under the carousel, closed until asked for. */
export function DownloadAll({ eventId, title, photos }: DownloadAllProps) {
  const { lang } = useI18n();
  const texts = downloadAllMessages(lang);
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const sizes: ZipSize[] = useMemo(() => (hasWebSize(photos) ? ['web', 'original'] : ['original']), [photos]);
  const [size, setSize] = useState<ZipSize>(sizes[0] ?? 'original');
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const running = run.state === 'running' ? run : null;
  const announced = useThrottled(running ? texts.progress(running.done, photos.length) : '', ANNOUNCE_EVERY_MS);
  const runId = useRef(0);
  const startButton = useRef<HTMLButtonElement>(null);
  const wasRunning = useRef(false);

  // The cancel button goes when the run ends: a keyboard user's focus must not fall to the page's top.
  useEffect(() => {
    const button = startButton.current;
    if (wasRunning.current && !running && button) {
      const active = (button.getRootNode() as Document | ShadowRoot).activeElement;
      if (!active || active === button.ownerDocument.body) button.focus();
    }
    wasRunning.current = Boolean(running);
  });

  // Worked out once, not at each progress step of a large event, and only once asked for: the
  // sizes are the page's first numbers, and a language's first Intl formatter loads its data
  // (80 ms at CPU 4x, right after the page came to life).
  const summaries = useMemo(
    () =>
      open
        ? new Map(sizes.map((choice) => [choice, texts.summary(photos.length, totalBytes(photos, choice))]))
        : undefined,
    [open, sizes, texts, photos],
  );

  const start = async () => {
    const stop = new AbortController();
    const id = ++runId.current;
    const update = (next: Run) => id === runId.current && setRun(next);
    const files = zipFiles(photos, size, (photo) => termsOf(photo, press, lang, site.defaultLanguage));
    const name = zipName(eventId, size);
    update({ state: 'running', done: 0, stop });
    try {
      const outcome = await saveZip(
        name,
        () =>
          zipStream(files, creditsText(title, files, texts), {
            signal: stop.signal,
            onProgress: (done) => update({ state: 'running', done, stop }),
          }),
        stop.signal,
      );
      update(outcome === 'saved' ? { state: 'ended', message: texts.saved(name) } : { state: 'idle' });
    } catch (error) {
      const message = stop.signal.aborted
        ? texts.cancelled
        : error instanceof PhotoFetchError
          ? texts.photoFailed(error.number, new URL(error.url, document.baseURI).href)
          : texts.failed;
      update({ state: 'ended', message });
    }
  };

  return (
    <div className="eg-download-all">
      <button
        type="button"
        className="eg-download-all__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {texts.downloadAll}
      </button>
      <div className="eg-download-all__panel" id={panelId} hidden={!open}>
        {summaries && sizes.length > 1 && (
          <fieldset className="eg-download-all__sizes" disabled={Boolean(running)}>
            <legend>{texts.size}</legend>
            {sizes.map((choice) => (
              <label key={choice} className="eg-download-all__size">
                <input
                  type="radio"
                  name={`${panelId}-size`}
                  checked={size === choice}
                  onChange={() => setSize(choice)}
                />
                {`${choice === 'web' ? texts.web : texts.originals} · ${summaries.get(choice)}`}
              </label>
            ))}
          </fieldset>
        )}
        {summaries && sizes.length === 1 && <p className="eg-download-all__summary">{summaries.get(size)}</p>}
        {running ? (
          <div className="eg-download-all__progress">
            <progress max={photos.length} value={running.done} aria-label={texts.making} />
            <span aria-hidden="true">{texts.progress(running.done, photos.length)}</span>
            <button type="button" className="eg-button" onClick={() => running.stop.abort()}>
              {texts.cancel}
            </button>
          </div>
        ) : (
          <button type="button" className="eg-button" onClick={start} ref={startButton}>
            {texts.start}
          </button>
        )}
        <p
          // While the zip is made the bar and its count show it; the status only speaks, now and then.
          className={running ? 'eg-download-all__status eg-visually-hidden' : 'eg-download-all__status'}
          role="status"
        >
          {running ? announced : run.state === 'ended' ? run.message : ''}
        </p>
      </div>
    </div>
  );
}
