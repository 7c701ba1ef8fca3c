import type { FileProblem } from '../../scripts/validator/event-checks.ts';
import { type DraftPerson, move } from './draft.ts';
import { Field } from './Field.tsx';
import type { StudioMessages } from './messages.ts';
import { fieldId, problemsFor } from './problems.ts';

interface PeopleFieldsProps {
  /** The photo's index in the draft, for the problems' paths. */
  photo: number;
  people: readonly DraftPerson[];
  onChange: (people: DraftPerson[]) => void;
  problems: readonly FileProblem[];
  messages: StudioMessages;
  lang?: string;
}

/** The people of a photo from left to right, one row each, in the order the caption names them. */
export function PeopleFields({ photo, people, onChange, problems, messages, lang }: PeopleFieldsProps) {
  const path = `photos[${photo}].people`;
  const set = (index: number, change: Partial<DraftPerson>) =>
    onChange(people.map((person, i) => (i === index ? { ...person, ...change } : person)));
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
                    problems={problemsFor(problems, fieldId(`${at}.${key}`))}
                    lang={lang}
                  />
                ))}
                <div className="eg-studio-buttons">
                  <button type="button" disabled={index === 0} onClick={() => onChange(move(people, index, -1))}>
                    {messages.moveLeft(label)}
                  </button>
                  <button
                    type="button"
                    disabled={index === people.length - 1}
                    onClick={() => onChange(move(people, index, 1))}
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
