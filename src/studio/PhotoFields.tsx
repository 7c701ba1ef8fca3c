import { type HTMLAttributes, useLayoutEffect, useRef } from 'react';
import type { FileProblem } from '../../scripts/validator/event-checks.ts';
import type { DraftPhoto } from './draft.ts';
import { Field } from './Field.tsx';
import type { StudioMessages } from './messages.ts';
import { PeopleFields } from './PeopleFields.tsx';
import { fieldId, problemsFor } from './problems.ts';

interface PhotoFieldsProps {
  photo: DraftPhoto;
  index: number;
  total: number;
  /** The photo's object URL, for its thumbnail. */
  url: string;
  /** The alt text visitors get when none is typed. */
  defaultAlt: string;
  onChange: (change: Partial<DraftPhoto>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** What makes the file row the handle that drags the photo to another place. */
  handle?: HTMLAttributes<HTMLDivElement>;
  problems: readonly FileProblem[];
  messages: StudioMessages;
  lang?: string;
}

/** One photo's thumbnail, place in the series and texts. */
export function PhotoFields(props: PhotoFieldsProps) {
  const { photo, index, total, url, defaultAlt, onChange, onMove, onRemove, handle, problems, messages, lang } = props;
  const n = index + 1;
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const pressed = useRef<-1 | 1 | undefined>(undefined);
  // The photo's section stays the same element as it moves, but the button pressed is disabled
  // once the photo reaches an end, and a disabled button drops the focus to the page's top.
  useLayoutEffect(() => {
    const by = pressed.current;
    pressed.current = undefined;
    if (by === -1 && index === 0) down.current?.focus();
    if (by === 1 && index === total - 1) up.current?.focus();
  }, [index, total]);
  const moveBy = (by: -1 | 1) => {
    pressed.current = by;
    onMove(by);
  };
  const path = `photos[${index}]`;
  const text = (key: 'credit' | 'caption' | 'alt', multiline = false) => {
    const id = fieldId(`${path}.${key}`);
    return (
      <Field
        id={id}
        label={messages[key]}
        value={photo[key]}
        onChange={(value) => onChange({ [key]: value })}
        problems={problemsFor(problems, id)}
        multiline={multiline}
        placeholder={key === 'alt' ? defaultAlt : undefined}
        lang={key === 'credit' ? undefined : lang}
      />
    );
  };
  return (
    <section className="eg-studio-photo" aria-labelledby={`${fieldId(path)}-title`}>
      <h3 id={`${fieldId(path)}-title`}>{messages.photo(n)}</h3>
      <div className="eg-studio-photo__file" {...handle}>
        <img
          src={url}
          alt=""
          draggable={false}
          width={photo.width}
          height={photo.height}
          className="eg-studio-photo__thumb"
        />
        <p>
          {photo.fileName}
          <br />
          {messages.size(photo.width, photo.height)}
        </p>
        <div className="eg-studio-buttons">
          <button type="button" ref={up} disabled={index === 0} onClick={() => moveBy(-1)}>
            {messages.moveUp(n)}
          </button>
          <button type="button" ref={down} disabled={index === total - 1} onClick={() => moveBy(1)}>
            {messages.moveDown(n)}
          </button>
          <button type="button" onClick={onRemove}>
            {messages.removePhoto(n)}
          </button>
        </div>
      </div>
      {text('credit')}
      <PeopleFields
        photo={index}
        people={photo.people}
        onChange={(people) => onChange({ people })}
        onCaption={(people, caption) => onChange(caption === undefined ? { people } : { people, caption })}
        problems={problems}
        messages={messages}
        lang={lang}
      />
      {text('caption', true)}
      {text('alt')}
    </section>
  );
}
