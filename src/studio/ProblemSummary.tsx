import type { Ref } from 'react';
import type { FileProblem } from '../../scripts/validator/event-checks.ts';
import type { StudioMessages } from './messages.ts';
import { fieldId } from './problems.ts';

interface ProblemSummaryProps {
  problems: readonly FileProblem[];
  messages: StudioMessages;
  /** Export was asked for and refused: the summary says why. */
  refused: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Every problem of the draft, each a link to its field, as `npm run validate` words it. */
export function ProblemSummary({ problems, messages, refused, headingRef }: ProblemSummaryProps) {
  const goTo = (path: string) => {
    // Focus scrolls the field into view, and a screen reader reads its label and problem.
    document.getElementById(fieldId(path))?.focus();
  };
  return (
    <section className="eg-studio-summary" aria-labelledby="studio-summary-title">
      <h2 id="studio-summary-title" ref={headingRef} tabIndex={-1}>
        {problems.length > 0 ? messages.problems(problems.length) : messages.noProblems}
      </h2>
      {refused && problems.length > 0 && <p role="alert">{messages.exportRefused}</p>}
      {problems.length > 0 && (
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.path} ${problem.message}`}>
              <a
                href={`#${fieldId(problem.path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  goTo(problem.path);
                }}
              >
                <code>{problem.path}</code>
                {`: ${problem.message}`}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
