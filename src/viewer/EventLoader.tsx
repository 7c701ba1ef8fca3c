import { type ReactNode, useMemo } from 'react';
import type { DisplayEvent } from '../event/forDisplay.ts';
import { isEventId } from '../event/ids.ts';
import { useEvent } from '../event/useEvent.ts';
import { type PhotoView, photoViews } from '../gallery/photos.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { LoadErrorView } from './LoadErrorView.tsx';

/** An event ready to show and its photos, as the loader hands them to what shows them. */
export interface LoadedEvent {
  shown: DisplayEvent;
  photos: readonly PhotoView[];
  /** The event file's address, against which photo addresses resolve. */
  file: string;
}

interface EventLoaderProps {
  file: string;
  /** The id the file must carry (the name it was asked for); the element loads any file. */
  id?: string;
  /** The event already in a prerendered page. */
  prerendered?: DisplayEvent;
  /** The interface language; the event's own by default. */
  lang?: string;
  /** Shown for an impossible id or a missing file; the error view by default. */
  notFound?: ReactNode;
  children: (loaded: LoadedEvent) => ReactNode;
}

function Loaded({
  shown,
  file,
  lang,
  loading,
  children,
}: { shown: DisplayEvent; file: string; lang?: string; loading: ReactNode } & Pick<EventLoaderProps, 'children'>) {
  const messages = useMessages(shown.event.lang);
  const photos = useMemo(() => messages && photoViews(shown.event, file, messages, shown), [shown, file, messages]);
  if (!photos) return loading;
  return <I18nProvider lang={lang ?? shown.event.lang}>{children({ shown, photos, file })}</I18nProvider>;
}

/** Loads an event file and shows it, or says why it cannot: the one way every screen gets its event. */
export function EventLoader({ file, id, prerendered, lang, notFound, children }: EventLoaderProps) {
  if (id !== undefined && !isEventId(id)) return notFound ?? <LoadErrorView error={{ kind: 'not-found', file }} />;
  return (
    <Loading key={file} file={file} id={id} prerendered={prerendered} lang={lang} notFound={notFound}>
      {children}
    </Loading>
  );
}

function Loading({ file, id, prerendered, lang, notFound, children }: EventLoaderProps) {
  const { messages } = useI18n();
  const { state, retry } = useEvent(file, id, prerendered);
  const loading = (
    <p className="eg-loading" role="status">
      {messages.loading}
    </p>
  );
  if (state.status === 'loading') return loading;
  if (state.status === 'failed') {
    if (state.error.kind === 'not-found' && notFound) return notFound;
    return <LoadErrorView error={state.error} onRetry={retry} />;
  }
  // An event in a language not yet spoken on the page waits for its messages, still loading.
  return (
    <Loaded shown={state.data} file={file} lang={lang} loading={loading}>
      {children}
    </Loaded>
  );
}
