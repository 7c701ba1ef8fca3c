import type { FileProblem } from '../../scripts/validator/event-checks.ts';
import type { DraftFields, FieldName } from './draft.ts';
import { Field } from './Field.tsx';
import type { StudioMessages } from './messages.ts';
import { fieldId, problemsFor } from './problems.ts';

const DATES: readonly FieldName[] = ['date', 'endDate', 'updated'];
const LONG: readonly FieldName[] = ['lead', 'body', 'usageTerms'];
// In the order an editor reads a release: what it is, when and where, then its text and terms.
const ORDER: readonly FieldName[] = [
  'title',
  'id',
  'lang',
  'date',
  'endDate',
  'location',
  'lead',
  'body',
  'source',
  'updated',
  'translationKey',
  'license',
  'usageTerms',
];

interface EventFieldsProps {
  fields: DraftFields;
  onChange: (name: FieldName, value: string) => void;
  problems: readonly FileProblem[];
  messages: StudioMessages;
  /** The id offered when none is typed. */
  suggestedId: string;
}

/** Every field of the event file but its photos, each with its problems. */
export function EventFields({ fields, onChange, problems, messages, suggestedId }: EventFieldsProps) {
  return (
    <fieldset className="eg-studio-fields">
      <legend>{messages.eventSection}</legend>
      {ORDER.map((name) => {
        const id = fieldId(name);
        return (
          <Field
            key={name}
            id={id}
            label={messages.fields[name]}
            value={fields[name]}
            onChange={(value) => onChange(name, value)}
            problems={problemsFor(problems, id)}
            type={DATES.includes(name) ? 'date' : name === 'license' ? 'url' : 'text'}
            multiline={LONG.includes(name)}
            hint={name === 'body' ? messages.fields.bodyHint : undefined}
            placeholder={name === 'id' ? suggestedId : undefined}
            lang={['title', 'location', 'lead', 'body', 'source'].includes(name) ? fields.lang || undefined : undefined}
          />
        );
      })}
    </fieldset>
  );
}
