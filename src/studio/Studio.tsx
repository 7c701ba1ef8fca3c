import { useMemo, useRef, useState } from 'react';
import { altText } from '../gallery/photos.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import type { Draft, FieldName } from './draft.ts';
import type { DraftStore } from './draftStore.ts';
import { EventFields } from './EventFields.tsx';
import { downloadEventZip } from './exportZip.ts';
import { STUDIO_LANGUAGE_NAMES, STUDIO_LANGUAGES, STUDIO_MESSAGES, type StudioLanguage } from './messages.ts';
import { OpenEvent } from './OpenEvent.tsx';
import { PhotosSection } from './PhotosSection.tsx';
import { Preview } from './Preview.tsx';
import { ProblemSummary } from './ProblemSummary.tsx';
import { addReadPhotos } from './photoMetadata.ts';
import { previewEvent } from './previewEvent.ts';
import { draftProblems } from './problems.ts';
import { ReleasePaste } from './ReleasePaste.tsx';
import { readPhotos } from './readPhoto.ts';
import { suggestedId, toEventFile } from './toEvent.ts';
import { useDraft } from './useDraft.ts';
import { useFileDrop } from './useFileDrop.ts';
import { useObjectUrls } from './useObjectUrls.ts';
import './studio.css';

interface StudioProps {
  store: DraftStore;
  lang: StudioLanguage;
  onLanguage: (lang: StudioLanguage) => void;
  /** The language a new event is written in: the site's own. */
  eventLanguage: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The editors' studio: an event made from its photos, previewed as visitors will see it, exported as a zip. */
export function Studio({ store, lang, onLanguage, eventLanguage }: StudioProps) {
  const messages = STUDIO_MESSAGES[lang];
  const { draft, state, change, discard } = useDraft(store, eventLanguage);
  const [asking, setAsking] = useState(false);
  const [refused, setRefused] = useState(false);
  const summary = useRef<HTMLHeadingElement>(null);
  const problems = useMemo(() => draftProblems(draft), [draft]);
  const urls = useObjectUrls(draft.photos);
  const file = useMemo(() => toEventFile(draft), [draft]);
  const shown = useMemo(
    () => previewEvent(file, draft, urls, { lang: eventLanguage, date: today(), title: messages.untitled }),
    [file, draft, urls, eventLanguage, messages.untitled],
  );
  const eventMessages = useMessages(shown.event.lang);
  const defaultAlts = shown.event.photos.map((photo, i) =>
    eventMessages ? altText({ ...photo, alt: undefined }, i + 1, shown.event, eventMessages) : '',
  );

  const onFiles = (files: Iterable<File>) =>
    readPhotos(files).then((read) => change((now) => addReadPhotos(now, read)));
  useFileDrop(onFiles);
  const replace = (next: Draft) => change(() => next);
  const setField = (name: FieldName, value: string) =>
    change((now) => ({ ...now, fields: { ...now.fields, [name]: value } }));
  const exportZip = () => {
    if (problems.some((problem) => problem.level === 'error')) {
      setRefused(true);
      summary.current?.focus();
      return;
    }
    setRefused(false);
    downloadEventZip(draft);
  };

  if (state === 'restoring') return <p role="status">{messages.restoring}</p>;
  return (
    <div className="eg-studio">
      <header className="eg-studio__header">
        <h1>{messages.title}</h1>
        <p>{messages.intro}</p>
        <div className="eg-studio__tools">
          <label>
            {`${messages.interfaceLanguage} `}
            <select value={lang} onChange={(event) => onLanguage(event.target.value as StudioLanguage)}>
              {STUDIO_LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {STUDIO_LANGUAGE_NAMES[code]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setAsking(true)}>
            {messages.newEvent}
          </button>
          <button type="button" onClick={exportZip}>
            {messages.exportZip}
          </button>
          <span role="status">{state === 'saved' ? messages.saved : ''}</span>
        </div>
        <OpenEvent onDraft={replace} messages={messages} />
      </header>
      <ProblemSummary problems={problems} messages={messages} refused={refused} headingRef={summary} />
      <div className="eg-studio__layout">
        <form className="eg-studio__form" onSubmit={(event) => event.preventDefault()}>
          <ReleasePaste draft={draft} onDraft={replace} messages={messages} />
          <EventFields
            fields={draft.fields}
            onChange={setField}
            problems={problems}
            messages={messages}
            suggestedId={suggestedId(draft.fields)}
          />
          <PhotosSection
            draft={draft}
            change={change}
            onFiles={onFiles}
            urls={urls}
            defaultAlts={defaultAlts}
            problems={problems}
            messages={messages}
          />
        </form>
        <section className="eg-studio__preview" aria-labelledby="studio-preview-title">
          <h2 id="studio-preview-title">{messages.preview}</h2>
          {shown.event.photos.length > 0 && eventMessages ? (
            <Preview shown={shown} messages={eventMessages} />
          ) : (
            <p>{messages.previewEmpty}</p>
          )}
        </section>
      </div>
      <ConfirmDialog
        open={asking}
        question={messages.confirmNew}
        confirm={messages.discard}
        cancel={messages.keep}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          discard();
        }}
      />
    </div>
  );
}
