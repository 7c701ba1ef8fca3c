import { useState } from 'react';
import type { Draft } from './draft.ts';
import type { StudioMessages } from './messages.ts';
import { type Opened, openEvent } from './openEvent.ts';

interface OpenEventProps {
  onDraft: (draft: Draft) => void;
  messages: StudioMessages;
}

/** "Ouvrir un événement": an event file with its photos, as files or as their folder. */
export function OpenEvent({ onDraft, messages }: OpenEventProps) {
  const [opened, setOpened] = useState<Opened>();
  const { open } = messages;
  const onFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const result = await openEvent([...list]);
    if (result.ok) onDraft(result.draft);
    setOpened(result);
  };
  const input = (id: string, label: string, folder: boolean) => (
    <div className="eg-studio-field">
      <label htmlFor={id} className="eg-studio-add">
        {label}
      </label>
      <input
        id={id}
        type="file"
        multiple
        accept={folder ? undefined : 'application/json,.json,image/*'}
        // Not a standard prop: a non-empty string is true set as the attribute or as the property.
        {...(folder ? { webkitdirectory: 'true' } : {})}
        aria-describedby="studio-open-hint"
        onChange={(event) => {
          onFiles(event.target.files);
          event.target.value = '';
        }}
      />
    </div>
  );
  return (
    <div className="eg-studio-open">
      {input('studio-open-files', open.files, false)}
      {input('studio-open-folder', open.folder, true)}
      <span className="eg-studio-field__hint" id="studio-open-hint">
        {open.hint}
      </span>
      {opened?.ok && (
        <div role="status" className="eg-studio-notice">
          <p>{open.opened(opened.file)}</p>
          {opened.missing.length > 0 && <p>{open.missing(opened.missing.join(', '))}</p>}
        </div>
      )}
      {opened && !opened.ok && (
        <div role="alert" className="eg-studio-notice">
          {opened.file && <p>{open.refused(opened.file)}</p>}
          <ul>
            {opened.problems.map((problem) => (
              <li key={`${problem.path} ${problem.message}`}>
                <code>{problem.path}</code>
                {`: ${problem.message}`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
