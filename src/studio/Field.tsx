import type { ClipboardEvent } from 'react';
import type { FileProblem } from '../../scripts/validator/event-checks.ts';

interface FieldProps {
  /** The control's id, from the problem paths (see fieldId). */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onPaste?: (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  problems: readonly FileProblem[];
  type?: 'text' | 'date' | 'url';
  multiline?: boolean;
  hint?: string;
  placeholder?: string;
  lang?: string;
}

/** A labelled control with its problems beside it, tied to it for screen readers. */
export function Field({
  id,
  label,
  value,
  onChange,
  onPaste,
  problems,
  type = 'text',
  multiline,
  hint,
  placeholder,
  lang,
}: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problems.length > 0 ? `${id}-problem` : undefined;
  const shared = {
    id,
    value,
    placeholder,
    lang,
    onPaste,
    'aria-invalid': problems.some((problem) => problem.level === 'error') || undefined,
    'aria-describedby': [hintId, problemId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className="eg-studio-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={5} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint && (
        <span className="eg-studio-field__hint" id={hintId}>
          {hint}
        </span>
      )}
      {problemId && (
        <span className="eg-studio-field__problem" id={problemId}>
          {problems.map((problem) => problem.message).join(' · ')}
        </span>
      )}
    </div>
  );
}
