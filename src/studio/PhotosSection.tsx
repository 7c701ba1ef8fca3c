import type { FileProblem } from '../../scripts/validator/event-checks.ts';
import { type Draft, type DraftPhoto, move, moveBefore, updatePhoto } from './draft.ts';
import type { StudioMessages } from './messages.ts';
import { PhotoFields } from './PhotoFields.tsx';
import { fieldId, problemsFor } from './problems.ts';
import { usePhotoDrag } from './usePhotoDrag.ts';

interface PhotosSectionProps {
  draft: Draft;
  change: (update: (draft: Draft) => Draft) => void;
  onFiles: (files: FileList) => void;
  urls: ReadonlyMap<string, string>;
  defaultAlts: readonly string[];
  problems: readonly FileProblem[];
  messages: StudioMessages;
}

/** The photo picker and the photos in their order, each with its texts. */
export function PhotosSection({ draft, change, onFiles, urls, defaultAlts, problems, messages }: PhotosSectionProps) {
  const addId = fieldId('photos');
  const addProblems = problemsFor(problems, addId);
  const lang = draft.fields.lang || undefined;
  const drag = usePhotoDrag((from, before) =>
    change((now) => ({ ...now, photos: moveBefore(now.photos, from, before) })),
  );
  return (
    <section className="eg-studio-photos" aria-labelledby="studio-photos-title">
      <h2 id="studio-photos-title">{messages.photosSection}</h2>
      <div className="eg-studio-field">
        <label htmlFor={addId} className="eg-studio-add">
          {messages.addPhotos}
        </label>
        <input
          id={addId}
          type="file"
          multiple
          accept="image/*"
          aria-describedby={`${addId}-hint${addProblems.length > 0 ? ` ${addId}-problem` : ''}`}
          onChange={(event) => {
            if (event.target.files) onFiles(event.target.files);
            event.target.value = '';
          }}
        />
        <span className="eg-studio-field__hint" id={`${addId}-hint`}>
          {messages.dropHint}
        </span>
        {addProblems.length > 0 && (
          <span className="eg-studio-field__problem" id={`${addId}-problem`}>
            {addProblems.map((problem) => problem.message).join(' · ')}
          </span>
        )}
      </div>
      {draft.photos.length === 0 && <p>{messages.noPhotos}</p>}
      <ol className="eg-studio-photo-list">
        {draft.photos.map((photo, index) => (
          <li key={photo.key} {...drag.dropTarget(index)}>
            <PhotoFields
              handle={drag.handle(index)}
              photo={photo}
              index={index}
              total={draft.photos.length}
              url={urls.get(photo.key) ?? ''}
              defaultAlt={defaultAlts[index] ?? ''}
              onChange={(update: Partial<DraftPhoto>) => change((now) => updatePhoto(now, index, update))}
              onMove={(by) => change((now) => ({ ...now, photos: move(now.photos, index, by) }))}
              onRemove={() => change((now) => ({ ...now, photos: now.photos.filter((_, i) => i !== index) }))}
              problems={problems}
              messages={messages}
              lang={lang}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
