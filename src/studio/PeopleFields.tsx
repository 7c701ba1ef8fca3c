import { type ClipboardEvent, useLayoutEffect, useRef } from 'react';
import type { FileProblem } from '../../scripts/validator/event-checks.ts';
import { hasLeftToRightMarker, parseCaption } from '../importer/captions.ts';
import { type DraftPerson, move } from './draft.ts';
import { Field } from './Field.tsx';
import type { StudioMessages } from './messages.ts';
import { fieldId, problemsFor } from './problems.ts';

interface PeopleFieldsProps {
  /** The photo's index in the draft, for the problems' paths. */
  photo: number;
  people: readonly DraftPerson[];
  onChange: (people: DraftPerson[]) => void;
  /** A pasted caption read as people, with the sentence that led in to them when it says more. */
  onCaption: (people: DraftPerson[], caption?: string) => void;
  problems: readonly FileProblem[];
  messages: StudioMessages;
  lang?: string;
}

/** The people of a photo from left to right, one row each, in the order the caption names them. */
export function PeopleFields({ photo, people, onChange, onCaption, problems, messages, lang }: PeopleFieldsProps) {
  const path = `photos[${photo}].people`;
  const buttonId = (index: number, side: -1 | 1) => fieldId(`${path}[${index}]`) + (side === -1 ? '-left' : '-right');
  const moved = useRef<{ to: number; by: -1 | 1 } | undefined>(undefined);
  // Rows are places, not people: after a move the row pressed holds the other person, so the
  // focus follows the one moved, to the other button when the pressed one is now disabled.
  useLayoutEffect(() => {
    const last = moved.current;
    moved.current = undefined;
    if (!last) return;
    const atEnd = last.by === -1 ? last.to === 0 : last.to === people.length - 1;
    document.getElementById(buttonId(last.to, atEnd ? (-last.by as -1 | 1) : last.by))?.focus();
  });
  const set = (index: number, change: Partial<DraftPerson>) =>
    onChange(people.map((person, i) => (i === index ? { ...person, ...change } : person)));
  const moveBy = (index: number, by: -1 | 1) => {
    moved.current = { to: index + by, by };
    onChange(move(people, index, by));
  };
  // A whole caption pasted into a name: the importer's parser splits it as `npm run import` would.
  const paste = (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!hasLeftToRightMarker(text)) return;
    const parsed = parseCaption(text);
    if (!('people' in parsed)) return;
    event.preventDefault();
    onCaption(
      parsed.people.map(({ name, role }) => ({ name, role: role ?? '' })),
      parsed.caption,
    );
  };
  return (
    <fieldset className="eg-studio-people">
      <legend>{messages.people}</legend>
      <ol>
        {people.map((person, index) => {
          const label = person.name.trim() || messages.person(index + 1);
          const at = `${path}[${index}]`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the list; names change as they are typed.
            <li key={index} className="eg-studio-person">
              <fieldset>
                <legend>{messages.person(index + 1)}</legend>
                {(['name', 'role'] as const).map((key) => (
                  <Field
                    key={key}
                    id={fieldId(`${at}.${key}`)}
                    label={messages[key]}
                    value={person[key]}
                    onChange={(value) => set(index, { [key]: value })}
                    onPaste={key === 'name' ? paste : undefined}
                    problems={problemsFor(problems, fieldId(`${at}.${key}`))}
                    lang={lang}
                  />
                ))}
                <div className="eg-studio-buttons">
                  <button
                    type="button"
                    id={buttonId(index, -1)}
                    disabled={index === 0}
                    onClick={() => moveBy(index, -1)}
                  >
                    {messages.moveLeft(label)}
                  </button>
                  <button
                    type="button"
                    id={buttonId(index, 1)}
                    disabled={index === people.length - 1}
                    onClick={() => moveBy(index, 1)}
                  >
                    {messages.moveRight(label)}
                  </button>
                  <button type="button" onClick={() => onChange(people.filter((_, i) => i !== index))}>
                    {messages.removePerson(label)}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" id={fieldId(`${path}`)} onClick={() => onChange([...people, { name: '', role: '' }])}>
        {messages.addPerson}
      </button>
    </fieldset>
  );
}
